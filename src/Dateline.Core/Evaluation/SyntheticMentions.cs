using Dateline.Core.Model;

namespace Dateline.Core.Evaluation;

/// <summary>
/// Synthetic mentions for scale benchmarks: <c>n</c> mentions of about <c>n/4</c> events spread over a year, in a
/// fixed pseudo-random order (seeded), with the types, places, actors and sentence variety merging sees in news.
/// Reports are shaped like news: five sentences one after another (each mention at its own sentence offset), the
/// first telling the report's event with its date, most of the rest restating it (a third of those without a date
/// of their own, as "the attack" or "the blast" are), and about one in four telling a background event.
/// </summary>
public static class SyntheticMentions
{
    private static readonly string[] Triggers = ["bombed", "air raid", "clashes", "attacked", "car bomb", "protest", "talks", "agreed", "arrested", "killed"];
    private static readonly string[] Types = ["assault", "assault", "assault", "assault", "assault", "protest", "consult", "agree", "coerce", "assault"];
    private static readonly string[] Words = ["town", "village", "army", "rebels", "market", "checkpoint", "convoy", "hospital", "district", "province", "police", "militants", "civilians", "council", "envoy", "border"];

    /// <summary>Sentences per synthetic report.</summary>
    private const int PerReport = 5;

    /// <summary>Makes <paramref name="n"/> mentions, the same for the same <paramref name="seed"/>.</summary>
    public static IReadOnlyList<CitedMention> Make(int n, int seed = 17)
    {
        var random = new Random(seed);
        var start = new DateOnly(2019, 1, 1);
        var events = Math.Max(1, n / 4);
        var list = new List<CitedMention>(n);
        var lead = 0;
        var offset = 0;
        var outlet = "";
        DateTimeOffset published = default;
        for (var i = 0; i < n; i++)
        {
            var ordinal = i % PerReport;
            if (ordinal == 0)
            {
                lead = random.Next(events);
                offset = 0;
                outlet = $"Outlet{random.Next(40)}";
                published = new DateTimeOffset(start.AddDays(lead % 365).AddDays(random.Next(0, 3)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }

            var background = ordinal > 0 && random.Next(4) == 0;
            var e = background ? random.Next(events) : lead;
            var kind = e % Triggers.Length;
            var day = start.AddDays(e % 365);
            var place = new PlaceRef($"Place{e % 2000}", (e % 7) switch { 0 => "SY", 1 => "IQ", 2 => "YE", 3 => "AF", 4 => "ML", 5 => "UA", _ => "LY" },
                30 + (e % 2000) * 0.01, 40 + (e % 1000) * 0.01);
            var sentence = $"{Words[e % Words.Length]} {Triggers[kind]} {Words[(e / 3) % Words.Length]} {Words[random.Next(Words.Length)]} near {place.Name} {Words[random.Next(Words.Length)]}.";

            // The lead and background events are dated; a third of the restatements are not ("the attack killed nine").
            var dated = ordinal == 0 || background || random.Next(3) > 0;
            var time = !dated ? new TimeValue("PAST_REF", null, DateOnly.FromDateTime(published.DateTime), TimePrecision.Unknown, null, TimeAnchor.Publication)
                : random.Next(4) == 0 ? TimeValue.FromTimeMl($"{day:yyyy-MM}") : TimeValue.OfDay(day);
            list.Add(new CitedMention(
                new Mention
                {
                    ReportId = $"r{i / PerReport}", Ordinal = ordinal, Sentence = sentence, Start = offset, End = offset + sentence.Length, Trigger = Triggers[kind],
                    Type = Types[kind], Status = EventStatus.Occurred, Time = time, TimeText = dated ? "on day" : null, Location = dated ? place : null,
                    Actors = [new ActorRef($"Actor{e % 300}", ActorRole.Initiator)], Title = sentence,
                },
                outlet, null, published));
            offset += sentence.Length + 1;
        }

        return list;
    }
}
