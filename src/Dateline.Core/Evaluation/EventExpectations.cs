using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dateline.Core.Model;

namespace Dateline.Core.Evaluation;

/// <summary>One event a timeline must contain, as an analyst states it.</summary>
public sealed record ExpectedEvent
{
    /// <summary>What the event is, for messages.</summary>
    [JsonPropertyName("description")]
    public required string Description { get; init; }

    /// <summary>Text that one of the event's mention sentences contains.</summary>
    [JsonPropertyName("sentence")]
    public required string Sentence { get; init; }

    /// <summary>Text the trigger of that mention contains, when a sentence states several events.</summary>
    [JsonPropertyName("trigger")]
    public string? Trigger { get; init; }

    /// <summary>The TimeML value the event must have.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>The event's earliest date must be on or after this day.</summary>
    [JsonPropertyName("earliest_at_least")]
    public string? EarliestAtLeast { get; init; }

    /// <summary>The status the event must have.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Text the event's location name must contain.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; init; }

    /// <summary>ISO2 country the event's location must have.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>The lower bound of the event's fatalities.</summary>
    [JsonPropertyName("fatalities")]
    public int? Fatalities { get; init; }

    /// <summary>A provenance the event must carry (<c>dataset:acled:AFG44631</c>).</summary>
    [JsonPropertyName("provenance")]
    public string? Provenance { get; init; }

    /// <summary>The PLOVER type the event must have.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>
    /// Texts of other sentences that must be mentions of this same event: the one-event check. A truce that three
    /// reports tell of ("came into force on Friday", "has been in place since December 30") must be one event, not three.
    /// </summary>
    [JsonPropertyName("with")]
    public IReadOnlyList<string> With { get; init; } = [];

    /// <summary>The fewest distinct outlets the event's mentions must come from.</summary>
    [JsonPropertyName("min_outlets")]
    public int? MinOutlets { get; init; }

    /// <summary>
    /// Whether the sentence tells of this event alone: no other event may have a mention from it. One happening told
    /// by two words ("regained the whole city after the final evacuation convoys left") must not be two events.
    /// </summary>
    [JsonPropertyName("sole")]
    public bool Sole { get; init; }

    /// <summary>
    /// Texts of sentences of other events this one must be related to (<see cref="Event.Related"/>): the planned talks
    /// ("negotiations planned in the Kazakh capital") and the talks held.
    /// </summary>
    [JsonPropertyName("related")]
    public IReadOnlyList<string> Related { get; init; } = [];
}

/// <summary>A file of expectations: events that must be there, and text no event may come from.</summary>
public sealed record ExpectationFile
{
    /// <summary>Events that must be in the timeline.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<ExpectedEvent> Events { get; init; } = [];

    /// <summary>Text that no mention sentence may contain (boilerplate, promos).</summary>
    [JsonPropertyName("forbidden")]
    public IReadOnlyList<string> Forbidden { get; init; } = [];

    /// <summary>Reads an expectation file; a malformed one is an error naming the file.</summary>
    public static ExpectationFile Parse(string json, string name)
    {
        ExpectationFile file;
        try
        {
            file = JsonSerializer.Deserialize<ExpectationFile>(json) ?? throw new InvalidDataException($"{name}: empty expectation file");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{name}: not a valid expectation file ({ex.Message.Split('.')[0]})", ex);
        }

        for (var i = 0; i < file.Events.Count; i++)
        {
            var e = file.Events[i];
            if (e.EarliestAtLeast is { } d && !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                throw new InvalidDataException($"{name}: events[{i}].earliest_at_least: '{d}' is not a date (YYYY-MM-DD)");
            }
        }

        return file;
    }
}

/// <summary>One expectation's outcome.</summary>
/// <param name="Description">The expectation.</param>
/// <param name="Passed">Whether the timeline meets it.</param>
/// <param name="Detail">What was found, for the report.</param>
public sealed record ExpectationOutcome(string Description, bool Passed, string Detail);

/// <summary>Checks a timeline against expectations: regression checks an analyst can write by hand.</summary>
public static class EventExpectations
{
    /// <summary>Checks every expectation of <paramref name="file"/> against <paramref name="events"/>.</summary>
    public static IReadOnlyList<ExpectationOutcome> Check(ExpectationFile file, IReadOnlyList<Event> events)
    {
        var outcomes = new List<ExpectationOutcome>();
        foreach (var expected in file.Events)
        {
            var candidates = events
                .Where(e => e.Mentions.Any(c => c.Mention.Sentence.Contains(expected.Sentence, StringComparison.OrdinalIgnoreCase)
                    && (expected.Trigger is null || c.Mention.Trigger.Contains(expected.Trigger, StringComparison.OrdinalIgnoreCase))))
                .ToList();
            if (candidates.Count == 0)
            {
                outcomes.Add(new(expected.Description, false, $"no event has a mention with \"{expected.Sentence}\"" + (expected.Trigger is null ? "" : $" and trigger \"{expected.Trigger}\"")));
                continue;
            }

            // For a sole sentence, the events other than the candidate that have a mention from it.
            var fromSentence = expected.Sole
                ? events.Where(e => e.Mentions.Any(c => c.Mention.Sentence.Contains(expected.Sentence, StringComparison.OrdinalIgnoreCase))).ToList()
                : [];
            var byId = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
            var good = candidates.FirstOrDefault(e => Meets(expected, e) && IsRelated(expected, e, byId) && fromSentence.All(o => o == e));
            var shown = good ?? candidates[0];
            var others = fromSentence.Where(o => o != shown);
            var detail = $"{shown.Id} value={shown.Time.Value} earliest={Day(shown.Time.Earliest)} status={shown.Status.ToString().ToLowerInvariant()}"
                + $" type={shown.Type} location={shown.Location?.Name ?? "null"}/{shown.Location?.Country ?? "null"} fatalities={shown.Fatalities?.Min.ToString(CultureInfo.InvariantCulture) ?? "null"}"
                + (expected.MinOutlets is null && expected.With.Count == 0 ? "" : $" mentions={shown.Mentions.Count} outlets={Outlets(shown)}")
                + string.Concat(expected.With.Where(text => !shown.Mentions.Any(c => c.Mention.Sentence.Contains(text, StringComparison.OrdinalIgnoreCase))).Select(text => $" without \"{text}\""))
                + string.Concat(others.Select(o => $" also {o.Id} ({o.Type})"))
                + string.Concat(expected.Related.Select(text => $" related \"{text}\": {RelationTo(shown, text, byId) ?? "none"}"));
            outcomes.Add(new(expected.Description, good is not null, detail));
        }

        foreach (var text in file.Forbidden)
        {
            var bad = events.FirstOrDefault(e => e.Mentions.Any(c => c.Mention.Sentence.Contains(text, StringComparison.OrdinalIgnoreCase)));
            outcomes.Add(new($"no event from \"{text}\"", bad is null, bad is null ? "none" : $"{bad.Id} comes from it"));
        }

        return outcomes;
    }

    private static bool Meets(ExpectedEvent expected, Event e)
    {
        if (expected.Value is not null && e.Time.Value != expected.Value)
        {
            return false;
        }

        if (expected.Status is not null && !string.Equals(e.Status.ToString(), expected.Status, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (expected.Location is not null && !(e.Location?.Name.Contains(expected.Location, StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return false;
        }

        if ((expected.Country is not null && !string.Equals(e.Location?.Country, expected.Country, StringComparison.OrdinalIgnoreCase))
            || (expected.Fatalities is { } f && e.Fatalities?.Min != f)
            || (expected.Provenance is not null && !e.Provenance.Contains(expected.Provenance))
            || (expected.Type is not null && e.Type != expected.Type)
            || (expected.MinOutlets is { } outlets && Outlets(e) < outlets)
            || !expected.With.All(text => e.Mentions.Any(c => c.Mention.Sentence.Contains(text, StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        if (expected.EarliestAtLeast is not null)
        {
            var min = DateOnly.ParseExact(expected.EarliestAtLeast, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (e.Time.Earliest is not { } earliest || earliest < min)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRelated(ExpectedEvent expected, Event e, Dictionary<string, Event> byId) =>
        expected.Related.All(text => RelationTo(e, text, byId) is not null);

    // The relation from e to a related event that has a mention with the text, or null.
    private static string? RelationTo(Event e, string text, Dictionary<string, Event> byId) =>
        e.Related.FirstOrDefault(r => byId.TryGetValue(r.Id, out var other)
            && other.Mentions.Any(c => c.Mention.Sentence.Contains(text, StringComparison.OrdinalIgnoreCase)))?.Relation;

    private static int Outlets(Event e) => e.Mentions.Select(c => c.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null";
}
