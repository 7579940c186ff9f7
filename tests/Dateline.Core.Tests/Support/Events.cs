using Dateline.Core.Model;

namespace Dateline.Core.Tests.Support;

/// <summary>Events built by hand for contract and evaluation tests.</summary>
internal static class Events
{
    public static Event Truce(string sentence = "A nationwide ceasefire came into effect on December 30, 2016.", string value = "2016-12-30",
        EventStatus status = EventStatus.Occurred, string trigger = "ceasefire")
    {
        var mention = new Mention
        {
            ReportId = "abc123def456",
            Ordinal = 0,
            Sentence = sentence,
            Start = 10,
            End = 10 + sentence.Length,
            Trigger = trigger,
            Type = "agree",
            Status = status,
            Time = TimeValue.FromTimeMl(value),
            TimeText = "December 30, 2016",
            Actors = [new ActorRef("Russia", ActorRole.Mediator)],
            Title = "A nationwide ceasefire came into effect",
        };
        return new Event
        {
            Id = "ev-0123456789",
            Title = mention.Title,
            Type = "agree",
            Status = status,
            Time = mention.Time,
            Actors = [new ActorRef("Syrian government", ActorRole.Participant), new ActorRef("Russia", ActorRole.Mediator)],
            Location = new PlaceRef("Syria", "SY", 34.80207491, 38.99681519),
            Mentions = [new CitedMention(mention, "Levant Wire", "https://example.test/truce", new DateTimeOffset(2017, 1, 9, 14, 28, 0, TimeSpan.Zero))],
        };
    }

    /// <summary>A mention of <paramref name="report"/> whose title is its sentence, dated <paramref name="value"/>.</summary>
    public static Mention Mention(string report, string trigger, string type, string sentence, string value = "2019-11-03") => new()
    {
        ReportId = report,
        Ordinal = 0,
        Sentence = sentence,
        Start = 0,
        End = sentence.Length,
        Trigger = trigger,
        Type = type,
        Status = EventStatus.Occurred,
        Time = TimeValue.FromTimeMl(value),
        Actors = [],
        Title = sentence,
    };

    /// <summary>An event of <paramref name="mentions"/>, typed and dated as the first.</summary>
    public static Event Of(string id, params Mention[] mentions) => new()
    {
        Id = id,
        Title = id,
        Type = mentions[0].Type,
        Status = EventStatus.Occurred,
        Time = mentions[0].Time,
        Mentions = mentions.Select(m => new CitedMention(m, "Outlet", null, null)).ToList(),
    };
}
