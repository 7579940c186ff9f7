using System.Text.Json;
using Dateline.Core.Model;

namespace Dateline.Core.Contract;

// Additive fields of the contract (v1 readers ignore them): what an export → import round trip needs so that no
// field of an Event is lost. Event level: time.anchor (also in mention times), fatalities, acled_event_type, acled_sub_event_type,
// cameo_code, notes, source_url, provenance, related (stated relations), disagreements (who said what), evidence (why
// the mentions were merged), mode (PLOVER's). Mention level: ordinal, title, trigger, type, status, time,
// actors, location, fatalities, attribution, refers_to, mode. Actors carry their resolved id.
public static partial class EventJson
{
    private static void WriteEventExtension(Utf8JsonWriter w, Event e)
    {
        WriteQuantity(w, "fatalities", e.Fatalities);
        if (e.AcledEventType is not null)
        {
            w.WriteStartObject("acled");
            w.WriteString("event_type", e.AcledEventType);
            WriteNullable(w, "sub_event_type", e.AcledSubEventType);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("acled");
        }

        WriteNullable(w, "acled_event_type", e.AcledEventType);
        WriteNullable(w, "acled_sub_event_type", e.AcledSubEventType);
        WriteNullable(w, "cameo_code", e.CameoCode);
        WriteNullable(w, "notes", e.Notes);
        WriteNullable(w, "source_url", e.SourceUrl);
        w.WriteStartArray("provenance");
        foreach (var p in e.Provenance)
        {
            w.WriteStringValue(p);
        }

        w.WriteEndArray();
        w.WriteStartArray("related");
        foreach (var r in e.Related)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("relation", r.Relation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("disagreements");
        foreach (var d in e.Disagreements)
        {
            w.WriteStartObject();
            w.WriteString("field", d.Field);
            w.WriteStartArray("claims");
            foreach (var c in d.Claims)
            {
                w.WriteStartObject();
                w.WriteString("value", c.Value);
                w.WriteStartArray("sources");
                foreach (var s in c.Sources)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("evidence");
        foreach (var link in e.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("a", link.A);
            w.WriteString("b", link.B);
            w.WriteNumber("score", link.Score);
            w.WriteString("reason", link.Reason);
            w.WriteStartArray("features");
            foreach (var f in link.Features)
            {
                w.WriteStartObject();
                w.WriteString("name", f.Name);
                w.WriteNumber("value", f.Value);
                w.WriteNumber("weight", f.Weight);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteNullable(w, "mode", e.Mode);
    }

    private static void WriteMentionExtension(Utf8JsonWriter w, Mention m)
    {
        w.WriteNumber("ordinal", m.Ordinal);
        w.WriteString("title", m.Title);
        w.WriteString("trigger", m.Trigger);
        w.WriteString("type", m.Type);
        w.WriteString("status", m.Status.ToString().ToLowerInvariant());
        WriteTime(w, "time", m.Time);
        WriteActors(w, m.Actors);
        WriteLocation(w, m.Location);
        WriteQuantity(w, "fatalities", m.Fatalities);
        WriteNullable(w, "attribution", m.Attribution);
        WriteNullable(w, "refers_to", m.RefersTo);
        WriteNullable(w, "mode", m.Mode);
    }

    /// <summary>The contract name of an anchor ("dataset", "previous_date").</summary>
    internal static string AnchorName(TimeAnchor anchor) => anchor switch
    {
        TimeAnchor.PreviousDate => "previous_date",
        _ => anchor.ToString().ToLowerInvariant(),
    };

    private static void WriteTime(Utf8JsonWriter w, string name, TimeValue t)
    {
        w.WriteStartObject(name);
        w.WriteString("value", t.Value);
        WriteDay(w, "earliest", t.Earliest);
        WriteDay(w, "latest", t.Latest);
        w.WriteString("precision", t.PrecisionName);
        WriteNullable(w, "mod", t.Mod);
        w.WriteString("anchor", AnchorName(t.Anchor));
        w.WriteEndObject();
    }

    private static void WriteActors(Utf8JsonWriter w, IReadOnlyList<ActorRef> actors)
    {
        w.WriteStartArray("actors");
        foreach (var a in actors)
        {
            w.WriteStartObject();
            w.WriteString("name", a.Name);
            w.WriteString("role", a.Role.ToString().ToLowerInvariant());
            if (a.Id is not null)
            {
                w.WriteString("id", a.Id);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter w, PlaceRef? location)
    {
        if (location is { } l)
        {
            w.WriteStartObject("location");
            w.WriteString("name", l.Name);
            WriteNullable(w, "country", l.Country);
            WriteNumber(w, "lat", l.Lat);
            WriteNumber(w, "lon", l.Lon);
            if (l.Precision != PlacePrecision.Exact)
            {
                // Approximate coordinates say so, and whose they are, so that a map can draw them differently.
                w.WriteString("precision", l.Precision.ToString().ToLowerInvariant());
                WriteNullable(w, "anchor", l.Anchor);
            }

            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("location");
        }
    }

    private static void WriteQuantity(Utf8JsonWriter w, string name, Quantity? q)
    {
        if (q is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("min", q.Min);
        if (q.Max is { } max)
        {
            w.WriteNumber("max", max);
        }
        else
        {
            w.WriteNull("max");
        }

        w.WriteEndObject();
    }
}

// Pieces of the contract as standalone JSON texts, for formats that carry them in a cell (the ACLED-layout CSV).
public static partial class EventJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The contract's "mentions" array of an event, compact.</summary>
    internal static string MentionsJson(Event e) => Fragment(w =>
    {
        // Reuse the event writer and keep only its mentions: one code path for the contract's mention shape.
        w.WriteStartObject();
        WriteEventProperties(w, e);
        w.WriteEndObject();
    }, "mentions");

    /// <summary>The contract's "actors" array, compact.</summary>
    internal static string ActorsJson(IReadOnlyList<ActorRef> actors) => Fragment(w =>
    {
        w.WriteStartObject();
        WriteActors(w, actors);
        w.WriteEndObject();
    }, "actors");

    /// <summary>The contract's "location" object (or null), compact.</summary>
    internal static string LocationJson(PlaceRef? location) => Fragment(w =>
    {
        w.WriteStartObject();
        WriteLocation(w, location);
        w.WriteEndObject();
    }, "location");

    /// <summary>The contract's "time" object, compact.</summary>
    internal static string TimeJson(TimeValue time) => Fragment(w =>
    {
        w.WriteStartObject();
        WriteTime(w, "time", time);
        w.WriteEndObject();
    }, "time");

    private static string Fragment(Action<Utf8JsonWriter> write, string property)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Compact))
        {
            write(w);
        }

        using var doc = JsonDocument.Parse(stream.ToArray());
        return doc.RootElement.GetProperty(property).GetRawText();
    }
}
