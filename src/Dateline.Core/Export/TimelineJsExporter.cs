using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dateline.Core.Model;

namespace Dateline.Core.Export;

/// <summary>
/// Writes events as TimelineJS3 JSON: <c>{"title":…,"events":[{"start_date":{"year","month","day"},"end_date":…,
/// "text":{"headline","text"},"group":type,"unique_id":id}]}</c>. Dates carry only the parts the precision knows
/// (a month-precision event has no day); end_date is written when the interval is longer than one day. Events
/// with no known day are left out (TimelineJS requires a start date). Text is HTML-encoded.
/// </summary>
public static class TimelineJsExporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The TimelineJS document.</summary>
    public static string Write(IEnumerable<Event> events, string title = "Dateline timeline")
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteStartObject("title");
            w.WriteStartObject("text");
            w.WriteString("headline", WebUtility.HtmlEncode(title));
            w.WriteString("text", string.Empty);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("events");
            foreach (var e in events)
            {
                if (e.Time.Earliest is not { } start)
                {
                    continue;
                }

                w.WriteStartObject();
                WriteDate(w, "start_date", start, e.Time.Precision);
                if (e.Time.Latest is { } end && end != start)
                {
                    WriteDate(w, "end_date", end, e.Time.Precision);
                }

                w.WriteStartObject("text");
                w.WriteString("headline", WebUtility.HtmlEncode(e.Title));
                w.WriteString("text", Body(e));
                w.WriteEndObject();
                w.WriteString("group", e.Type);
                w.WriteString("unique_id", e.Id);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly day, TimePrecision precision)
    {
        w.WriteStartObject(name);
        w.WriteString("year", day.Year.ToString(CultureInfo.InvariantCulture));
        if (precision is not (TimePrecision.Year or TimePrecision.Decade))
        {
            w.WriteString("month", day.Month.ToString(CultureInfo.InvariantCulture));
            if (precision is not TimePrecision.Month)
            {
                w.WriteString("day", day.Day.ToString(CultureInfo.InvariantCulture));
            }
        }

        w.WriteEndObject();
    }

    private static string Body(Event e)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(e.Status.ToString().ToLowerInvariant())} · {WebUtility.HtmlEncode(e.Time.Value)}</p>");
        if (e.Notes is not null)
        {
            sb.Append("<p>").Append(WebUtility.HtmlEncode(e.Notes)).Append("</p>");
        }

        if (e.Mentions.Count > 0)
        {
            sb.Append("<ul>");
            foreach (var m in e.Mentions)
            {
                var who = WebUtility.HtmlEncode(m.Outlet ?? m.Mention.ReportId);
                var link = m.Url is null ? who : $"<a href=\"{WebUtility.HtmlEncode(m.Url)}\">{who}</a>";
                sb.Append("<li>").Append(link).Append(": ").Append(WebUtility.HtmlEncode(m.Mention.Sentence)).Append("</li>");
            }

            sb.Append("</ul>");
        }

        return sb.ToString();
    }
}
