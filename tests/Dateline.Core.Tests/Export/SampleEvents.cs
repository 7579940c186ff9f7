using Dateline.Core.Model;

namespace Dateline.Core.Tests.Export;

/// <summary>Events that use every field, with awkward text (commas, quotes, formulas, line breaks, non-ASCII).</summary>
public static class SampleEvents
{
    public static Event Ceasefire { get; } = new()
    {
        Id = "ev-0001",
        Title = "Countrywide ceasefire in Syria takes effect, \"negotiated\" by Russia; Turkey",
        Type = "agree",
        Status = EventStatus.Occurred,
        Time = new TimeValue("2016-12-30", new DateOnly(2016, 12, 30), new DateOnly(2016, 12, 30), TimePrecision.Day, null, TimeAnchor.Publication),
        Actors = [new ActorRef("Russia", ActorRole.Mediator, "RUS"), new ActorRef("Turkey", ActorRole.Mediator), new ActorRef("Syrian government", ActorRole.Initiator)],
        Location = new PlaceRef("Syria", "SY", 35.0, 38.5),
        Mentions =
        [
            new CitedMention(
                new Mention
                {
                    ReportId = "a1b2c3d4e5f6",
                    Ordinal = 3,
                    Sentence = "A countrywide ceasefire took effect on December 30, brokered by Russia and Turkey.",
                    Start = 120,
                    End = 203,
                    Trigger = "ceasefire",
                    Type = "agree",
                    Status = EventStatus.Occurred,
                    Time = TimeValue.FromTimeMl("2016-12-30"),
                    TimeText = "December 30",
                    Actors = [new ActorRef("Russia", ActorRole.Mediator)],
                    Location = new PlaceRef("Syria", "SY", null, null),
                    Fatalities = null,
                    Attribution = "SANA",
                    Title = "Ceasefire takes effect",
                },
                "Press TV",
                "https://example.org/story?id=1&x=2",
                new DateTimeOffset(2017, 1, 8, 14, 28, 0, TimeSpan.FromHours(3))),
        ],
        Notes = "=HYPERLINK(\"http://evil\") and a comma, then\na line break — ünïcödé",
        Provenance = ["dataset:acled:SYR1"],
        Fatalities = new Quantity(12, 30),
        AcledEventType = "Strategic developments",
        AcledSubEventType = "Agreement",
        CameoCode = "057",
        SourceUrl = "https://example.org/gdelt",
    };

    public static Event Talks { get; } = new()
    {
        Id = "ev-0002",
        Title = "-Peace talks in Astana",
        Type = "consult",
        Status = EventStatus.Planned,
        Time = TimeValue.FromTimeMl("2017-01", "END", TimeAnchor.Publication),
        Actors = [],
        Location = new PlaceRef("Astana", "KZ", 51.16052, 71.47041),
        Mentions = [],
    };

    public static Event Undated { get; } = new()
    {
        Id = "ev-0003",
        Title = "@UN Security Council ratifies the ceasefire",
        Type = "agree",
        Status = EventStatus.Occurred,
        Time = new TimeValue("XXXX-XX-XX", null, null, TimePrecision.Unknown, "AFTER", TimeAnchor.None),
        Mentions = [],
    };

    public static IReadOnlyList<Event> All { get; } = [Ceasefire, Talks, Undated];
}
