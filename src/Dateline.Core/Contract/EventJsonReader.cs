using System.Globalization;
using System.Text.Json;
using Dateline.Core.Model;

namespace Dateline.Core.Contract;

/// <summary>The events read from a contract document, and one message per event that could not be read.</summary>
/// <param name="Events">Events read, in document order.</param>
/// <param name="Errors">"events[3]: 'time.value' is missing", or one message for a document that is not the contract.</param>
public sealed record EventJsonReadResult(IReadOnlyList<Event> Events, IReadOnlyList<string> Errors);

/// <summary>
/// Reads Dateline's JSON contract (what <see cref="EventJson.Write"/> writes) back into <see cref="Event"/>s.
/// A bad event is reported by its index and skipped; the others are still read. Fields of later contract
/// versions are ignored; fields missing from older documents take their defaults.
/// </summary>
public static class EventJsonReader
{
    /// <summary>Reads a contract document.</summary>
    public static EventJsonReadResult Read(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return new EventJsonReadResult([], [$"not JSON: {ex.Message}"]);
        }

        using (doc)
        {
            var root = doc.RootElement;
            var array = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("events", out var ev) && ev.ValueKind == JsonValueKind.Array ? ev
                : default;
            if (array.ValueKind != JsonValueKind.Array)
            {
                return new EventJsonReadResult([], ["not the Dateline contract: no \"events\" array"]);
            }

            var events = new List<Event>();
            var errors = new List<string>();
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                try
                {
                    events.Add(ReadEvent(item));
                }
                catch (ContractException ex)
                {
                    errors.Add($"events[{i}]: {ex.Message}");
                }
                catch (InvalidOperationException ex)
                {
                    // A value of the wrong JSON kind (a number where a string belongs).
                    errors.Add($"events[{i}]: {ex.Message}");
                }

                i++;
            }

            return new EventJsonReadResult(events, errors);
        }
    }

    private static Event ReadEvent(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new ContractException("not an object");
        }

        return new Event
        {
            Id = Required(e, "id"),
            Title = Required(e, "title"),
            Type = Required(e, "type"),
            Status = ParseEnum<EventStatus>(Required(e, "status"), "status"),
            Time = ReadTime(e, "time") ?? throw new ContractException("'time' is missing"),
            Actors = ReadActors(e),
            Location = ReadLocation(e),
            Mentions = ReadMentions(e),
            Fatalities = ReadQuantity(e, "fatalities"),
            AcledEventType = Optional(e, "acled_event_type"),
            AcledSubEventType = Optional(e, "acled_sub_event_type"),
            CameoCode = Optional(e, "cameo_code"),
            Notes = Optional(e, "notes"),
            SourceUrl = Optional(e, "source_url"),
            Provenance = e.TryGetProperty("provenance", out var p) && p.ValueKind == JsonValueKind.Array
                ? p.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray()
                : [],
            Related = Array(e, "related").Select(r => new RelatedEvent(Required(r, "id", "related"), Required(r, "relation", "related"))).ToArray(),
            Disagreements = Array(e, "disagreements").Select(d => new Disagreement(
                Required(d, "field", "disagreements"),
                Array(d, "claims").Select(c => new Claim(Required(c, "value", "claims"), Array(c, "sources").Select(s => s.GetString() ?? "").ToArray())).ToArray())).ToArray(),
            Evidence = Array(e, "evidence").Select(l => new MergeLink(
                Required(l, "a", "evidence"),
                Required(l, "b", "evidence"),
                Double(l, "score") ?? 0,
                Array(l, "features").Select(f => new MergeFeature(Required(f, "name", "features"), Double(f, "value") ?? 0, Double(f, "weight") ?? 0)).ToArray(),
                Optional(l, "reason") ?? "auto")).ToArray(),
        };
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    /// <summary>Reads one contract fragment (<c>{"mentions":[…]}</c> and the like) with <paramref name="read"/>; the error says why not.</summary>
    internal static (T? Value, string? Error) ReadFragment<T>(string name, string json, Func<JsonElement, T> read)
    {
        try
        {
            using var doc = JsonDocument.Parse($"{{\"{name}\":{(json.Length == 0 ? "null" : json)}}}");
            return (read(doc.RootElement), null);
        }
        catch (JsonException ex)
        {
            return (default, $"{name}: not JSON: {ex.Message}");
        }
        catch (ContractException ex)
        {
            return (default, $"{name}: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            return (default, $"{name}: {ex.Message}");
        }
    }

    internal static IReadOnlyList<CitedMention> ReadMentions(JsonElement e)
    {
        if (!e.TryGetProperty("mentions", out var ms) || ms.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<CitedMention>();
        var j = 0;
        foreach (var m in ms.EnumerateArray())
        {
            var at = $"mentions[{j++}]";
            var sentence = Required(m, "sentence", at);
            var mention = new Mention
            {
                ReportId = Required(m, "report", at),
                Ordinal = Int(m, "ordinal") ?? 0,
                Sentence = sentence,
                Start = Int(m, "start") ?? throw new ContractException($"{at}: 'start' is missing"),
                End = Int(m, "end") ?? throw new ContractException($"{at}: 'end' is missing"),
                Trigger = Optional(m, "trigger") ?? string.Empty,
                Type = Optional(m, "type") ?? Optional(e, "type") ?? string.Empty,
                Status = Optional(m, "status") is { } s ? ParseEnum<EventStatus>(s, $"{at}.status") : EventStatus.Occurred,
                Time = ReadTime(m, "time") ?? TimeValue.Unknown,
                TimeText = Optional(m, "time_text"),
                Actors = ReadActors(m),
                Location = ReadLocation(m),
                Fatalities = ReadQuantity(m, "fatalities"),
                Attribution = Optional(m, "attribution"),
                RefersTo = Optional(m, "refers_to"),
                Title = Optional(m, "title") ?? string.Empty,
            };
            DateTimeOffset? published = null;
            if (Optional(m, "published") is { } pub)
            {
                published = DateTimeOffset.TryParse(pub, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw new ContractException($"{at}: 'published' is not a date-time: '{pub}'");
            }

            list.Add(new CitedMention(mention, Optional(m, "outlet"), Optional(m, "url"), published));
        }

        return list;
    }

    internal static TimeValue? ReadTime(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var t) || t.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var value = Required(t, "value", name);
        var precision = Optional(t, "precision") is { } p ? ParseEnum<TimePrecision>(p, $"{name}.precision") : TimePrecision.Unknown;
        var anchor = Optional(t, "anchor") is { } a ? ParseEnum<TimeAnchor>(a.Replace("_", string.Empty, StringComparison.Ordinal), $"{name}.anchor") : TimeAnchor.Explicit;
        return new TimeValue(value, Day(t, "earliest", name), Day(t, "latest", name), precision, Optional(t, "mod"), anchor);
    }

    internal static IReadOnlyList<ActorRef> ReadActors(JsonElement e)
    {
        if (!e.TryGetProperty("actors", out var arr) || arr.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return arr.EnumerateArray()
            .Select(a => new ActorRef(Required(a, "name", "actors"), ParseEnum<ActorRole>(Required(a, "role", "actors"), "actors.role"), Optional(a, "id")))
            .ToArray();
    }

    internal static PlaceRef? ReadLocation(JsonElement e)
    {
        if (!e.TryGetProperty("location", out var l) || l.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var precision = Optional(l, "precision") is { } p ? ParseEnum<PlacePrecision>(p, "location.precision") : PlacePrecision.Exact;
        return new PlaceRef(Required(l, "name", "location"), Optional(l, "country"), Double(l, "lat"), Double(l, "lon"), precision, Optional(l, "anchor"));
    }

    private static Quantity? ReadQuantity(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var q) || q.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new Quantity(Int(q, "min") ?? throw new ContractException($"'{name}.min' is missing"), Int(q, "max"));
    }

    private static string Required(JsonElement e, string name, string? at = null) =>
        Optional(e, name) ?? throw new ContractException($"'{(at is null ? name : $"{at}.{name}")}' is missing");

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    private static double? Double(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static DateOnly? Day(JsonElement e, string name, string at)
    {
        var text = Optional(e, name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new ContractException($"'{at}.{name}' is not a yyyy-MM-dd date: '{text}'");
    }

    private static T ParseEnum<T>(string text, string at)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var v) && Enum.IsDefined(v) && !int.TryParse(text, out _)
            ? v
            : throw new ContractException($"'{at}' has an unknown value '{text}'");

    /// <summary>A contract violation inside one event: caught per event and turned into an error message.</summary>
    private sealed class ContractException(string message) : Exception(message);
}
