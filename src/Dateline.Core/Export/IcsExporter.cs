using System.Globalization;
using System.Text;
using Dateline.Core.Model;

namespace Dateline.Core.Export;

/// <summary>
/// Writes events as an iCalendar file (RFC 5545): one all-day VEVENT per event spanning its earliest..latest day
/// (DTEND is exclusive, so latest + 1), UID <c>&lt;event id&gt;@dateline</c> (stable across exports), DTSTAMP from
/// the injected clock. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text is
/// escaped (\\ \; \, \n). An event open on one side is placed on its known day; one with no known day is left out.
/// </summary>
public sealed class IcsExporter(TimeProvider time)
{
    /// <summary>The calendar document.</summary>
    public string Write(IEnumerable<Event> events, string calendarName = "Dateline")
    {
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        Line(sb, "BEGIN:VCALENDAR");
        Line(sb, "VERSION:2.0");
        Line(sb, "PRODID:-//Dateline//Dateline timeline export//EN");
        Line(sb, "CALSCALE:GREGORIAN");
        Line(sb, "METHOD:PUBLISH");
        Line(sb, "X-WR-CALNAME:" + Escape(calendarName));
        foreach (var e in events)
        {
            if ((e.Time.Earliest ?? e.Time.Latest) is not { } first)
            {
                continue;
            }

            var last = e.Time.Latest ?? first;
            Line(sb, "BEGIN:VEVENT");
            Line(sb, "UID:" + Escape(e.Id) + "@dateline");
            Line(sb, "DTSTAMP:" + stamp);
            Line(sb, "DTSTART;VALUE=DATE:" + Day(first));
            Line(sb, "DTEND;VALUE=DATE:" + Day(last.AddDays(1)));
            Line(sb, "SUMMARY:" + Escape(e.Title));
            Line(sb, "DESCRIPTION:" + Escape(Description(e)));
            Line(sb, "CATEGORIES:" + Escape(e.Type));
            if (e.Location is { } place)
            {
                Line(sb, "LOCATION:" + Escape(place.Name));
                if (place is { Lat: { } lat, Lon: { } lon })
                {
                    Line(sb, string.Create(CultureInfo.InvariantCulture, $"GEO:{lat:0.#####};{lon:0.#####}"));
                }
            }

            if ((e.Mentions.Select(m => m.Url).FirstOrDefault(u => u is not null) ?? e.SourceUrl) is { } url)
            {
                Line(sb, "URL:" + url);
            }

            Line(sb, "STATUS:" + (e.Status is EventStatus.Planned or EventStatus.Announced or EventStatus.Hypothetical ? "TENTATIVE" : "CONFIRMED"));
            Line(sb, "END:VEVENT");
        }

        Line(sb, "END:VCALENDAR");
        return sb.ToString();
    }

    private static string Description(Event e)
    {
        var d = new StringBuilder();
        d.Append(CultureInfo.InvariantCulture, $"{e.Status.ToString().ToLowerInvariant()} {e.Type}; time {e.Time.Value}");
        if (e.Time.Mod is not null)
        {
            d.Append(CultureInfo.InvariantCulture, $" ({e.Time.Mod})");
        }

        if (e.Fatalities is { } q)
        {
            d.Append(CultureInfo.InvariantCulture, $"; fatalities {q.Min}{(q.Max is { } max && max != q.Min ? $"–{max}" : string.Empty)}");
        }

        foreach (var m in e.Mentions)
        {
            d.Append('\n').Append(m.Outlet ?? m.Mention.ReportId).Append(": ").Append(m.Mention.Sentence);
        }

        foreach (var p in e.Provenance)
        {
            d.Append('\n').Append(p);
        }

        return d.ToString();
    }

    private static string Day(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 TEXT escaping: backslash, semicolon, comma, and line breaks as \n.</summary>
    internal static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Appends a content line folded at 75 octets (continuations start with one space) and CRLF.</summary>
    internal static void Line(StringBuilder sb, string line)
    {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var isPair = char.IsHighSurrogate(line[i]) && i + 1 < line.Length;
            var size = isPair ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + size > limit)
            {
                sb.Append("\r\n ");
                octets = 1;
            }

            sb.Append(line, i, isPair ? 2 : 1);
            octets += size;
            if (isPair)
            {
                i++;
            }
        }

        sb.Append("\r\n");
    }
}
