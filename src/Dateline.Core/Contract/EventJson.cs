using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dateline.Core.Model;

namespace Dateline.Core.Contract;

/// <summary>
/// Writes events in Dateline's JSON contract (the shape later versions extend but never break):
/// <c>{"events":[{"id","title","type","status","time":{…},"actors":[…],"location":{…}|null,"mentions":[…]}]}</c>.
/// </summary>
public static partial class EventJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The contract document for <paramref name="events"/>.</summary>
    public static string Write(IEnumerable<Event> events)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("events");
            foreach (var e in events)
            {
                WriteEvent(w, e);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteEvent(Utf8JsonWriter w, Event e)
    {
        w.WriteStartObject();
        WriteEventProperties(w, e);
        w.WriteEndObject();
    }

    /// <summary>Writes the contract's fields of one event into the object <paramref name="w"/> is in (GeoJSON properties reuse it).</summary>
    internal static void WriteEventProperties(Utf8JsonWriter w, Event e)
    {
        w.WriteString("id", e.Id);
        w.WriteString("title", e.Title);
        w.WriteString("type", e.Type);
        w.WriteString("status", e.Status.ToString().ToLowerInvariant());
        w.WriteStartObject("time");
        w.WriteString("value", e.Time.Value);
        WriteDay(w, "earliest", e.Time.Earliest);
        WriteDay(w, "latest", e.Time.Latest);
        w.WriteString("precision", e.Time.PrecisionName);
        WriteNullable(w, "mod", e.Time.Mod);
        w.WriteString("anchor", AnchorName(e.Time.Anchor));
        w.WriteEndObject();
        WriteActors(w, e.Actors);
        WriteLocation(w, e.Location);

        w.WriteStartArray("mentions");
        foreach (var c in e.Mentions)
        {
            var m = c.Mention;
            w.WriteStartObject();
            w.WriteString("report", m.ReportId);
            WriteNullable(w, "outlet", c.Outlet);
            WriteNullable(w, "url", c.Url);
            WriteNullable(w, "published", c.Published?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
            w.WriteString("sentence", m.Sentence);
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            WriteNullable(w, "time_text", m.TimeText);
            WriteMentionExtension(w, m);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteEventExtension(w, e);
    }

    private static void WriteDay(Utf8JsonWriter w, string name, DateOnly? day) =>
        WriteNullable(w, name, day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 5));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
