using Dateline.Core.Model;

namespace Dateline.Core.Evaluation;

/// <summary>
/// Synthetic mentions for scale benchmarks: <c>n</c> mentions of about <c>n/4</c> events spread over a year, in a
/// fixed pseudo-random order (seeded), with the types, places, actors and sentence variety merging sees in news.
/// </summary>
public static class SyntheticMentions
{
    private static readonly string[] Triggers = ["bombed", "air raid", "clashes", "attacked", "car bomb", "protest", "talks", "agreed", "arrested", "killed"];
    private static readonly string[] Types = ["assault", "assault", "assault", "assault", "assault", "protest", "consult", "agree", "coerce", "assault"];
    private static readonly string[] Words = ["town", "village", "army", "rebels", "market", "checkpoint", "convoy", "hospital", "district", "province", "police", "militants", "civilians", "council", "envoy", "border"];

    /// <summary>Makes <paramref name="n"/> mentions, the same for the same <paramref name="seed"/>.</summary>
    public static IReadOnlyList<CitedMention> Make(int n, int seed = 17)
    {
        var random = new Random(seed);
        var start = new DateOnly(2019, 1, 1);
        var events = Math.Max(1, n / 4);
        var list = new List<CitedMention>(n);
        for (var i = 0; i < n; i++)
        {
            var e = random.Next(events);
            var kind = e % Triggers.Length;
            var day = start.AddDays(e % 365);
            var reported = day.AddDays(random.Next(0, 3));
            var place = new PlaceRef($"Place{e % 2000}", (e % 7) switch { 0 => "SY", 1 => "IQ", 2 => "YE", 3 => "AF", 4 => "ML", 5 => "UA", _ => "LY" },
                30 + (e % 2000) * 0.01, 40 + (e % 1000) * 0.01);
            var sentence = $"{Words[e % Words.Length]} {Triggers[kind]} {Words[(e / 3) % Words.Length]} {Words[random.Next(Words.Length)]} near {place.Name} {Words[random.Next(Words.Length)]}";
            var time = random.Next(4) == 0 ? TimeValue.FromTimeMl($"{day:yyyy-MM}") : TimeValue.OfDay(day);
            list.Add(new CitedMention(
                new Mention
                {
                    ReportId = $"r{i / 5}", Ordinal = i % 5, Sentence = sentence, Start = 0, End = sentence.Length, Trigger = Triggers[kind],
                    Type = Types[kind], Status = EventStatus.Occurred, Time = time, TimeText = "on day", Location = place,
                    Actors = [new ActorRef($"Actor{e % 300}", ActorRole.Initiator)], Title = sentence,
                },
                $"Outlet{random.Next(40)}", null, new DateTimeOffset(reported.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        }

        return list;
    }
}
