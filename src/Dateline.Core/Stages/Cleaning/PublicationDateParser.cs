using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Core.Stages.Cleaning;

/// <summary>
/// Finds a publication time in a dateline or header line. Expected failures return null, never throw.
/// </summary>
public static partial class PublicationDateParser
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Parses the first publication time in <paramref name="line"/>. Times without an offset are taken as UTC.
    /// </summary>
    /// <example>"Sun Jan 8, 2017 2:28PM", "January 8, 2017", "8 January 2017", "2017-01-08T14:28Z", "Jan. 8, 2017".</example>
    public static DateTimeOffset? Parse(string line)
    {
        var iso = IsoDateTime().Match(line);
        if (iso.Success)
        {
            return ParseIso(iso.Value);
        }

        // "Sun Jan 8, 2017 2:28PM", "January 8, 2017 at 10:05 am", "Jan. 8, 2017"
        var mdy = MonthDayYear().Match(line);
        if (mdy.Success)
        {
            return Build(mdy.Groups["y"].Value, mdy.Groups["m"].Value, mdy.Groups["d"].Value, mdy.Groups["time"].Value);
        }

        // "8 January 2017", "Sunday 8 January 2017 14.28 GMT"
        var dmy = DayMonthYear().Match(line);
        if (dmy.Success)
        {
            return Build(dmy.Groups["y"].Value, dmy.Groups["m"].Value, dmy.Groups["d"].Value, dmy.Groups["time"].Value);
        }

        return null;
    }

    /// <summary>
    /// A wire-service dateline at the start of a story: "DAMASCUS, Jan 8 (Reuters) -". The year is not in the
    /// text, so the caller supplies a fallback year; the date is null when none is known.
    /// </summary>
    public static WireDateline? ParseWire(string paragraph, int? year)
    {
        var m = WireDatelinePattern().Match(paragraph);
        if (!m.Success)
        {
            return null;
        }

        DateTimeOffset? date = null;
        if (m.Groups["m"].Success && year is { } y)
        {
            date = Build(y.ToString(CultureInfo.InvariantCulture), m.Groups["m"].Value, m.Groups["d"].Value, "");
        }

        return new WireDateline(m.Groups["place"].Value.Trim(), m.Groups["outlet"].Value.Trim(), date, m.Length);
    }

    private static DateTimeOffset? ParseIso(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var v)
            ? v
            : null;

    private static DateTimeOffset? Build(string year, string month, string day, string time)
    {
        var monthIndex = Array.IndexOf(MonthNames, month[..3].ToLowerInvariant()) + 1;
        if (monthIndex == 0 || !int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        if (d < 1 || d > DateTime.DaysInMonth(y, monthIndex))
        {
            return null;
        }

        var (hour, minute) = ParseTime(time);
        return new DateTimeOffset(y, monthIndex, d, hour, minute, 0, TimeSpan.Zero);
    }

    /// <example>"2:28PM" → (14, 28); "10:05 am" → (10, 5); "14.28" → (14, 28); "" → (0, 0).</example>
    private static (int Hour, int Minute) ParseTime(string time)
    {
        var m = ClockTime().Match(time);
        if (!m.Success)
        {
            return (0, 0);
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture);
        var ampm = m.Groups["ampm"].Value.ToLowerInvariant();
        if (ampm.StartsWith('p') && hour < 12)
        {
            hour += 12;
        }
        else if (ampm.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? (hour, minute) : (0, 0);
    }

    // "2017-01-08", "2017-01-08T14:28Z", "2017-01-08 14:28:00+03:00"
    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    // "Sun Jan 8, 2017 2:28PM", "January 8, 2017", "Jan. 8, 2017, 10:05 a.m."
    [GeneratedRegex(@"\b(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})\b(?<time>[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    // "8 January 2017", "Sunday 8 January 2017 14.28 GMT"
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?<y>(?:19|20)\d{2})\b(?<time>[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<h>\d{1,2})[:.](?<min>\d{2})\s*(?<ampm>[ap]\.?m\.?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    // "DAMASCUS, Jan 8 (Reuters) -", "ASTANA, Jan 23 (Caspian Daily) —", "KABUL (AP) —"
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z .'\-]{2,40}(?:,\s*[A-Z][A-Za-z .]+)?),?\s*(?:(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2})\s*)?\((?<outlet>[^)]{2,40})\)\s*[-–—]+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex WireDatelinePattern();
}

/// <summary>A wire dateline found at the start of a story.</summary>
/// <param name="Place">The dateline's place ("DAMASCUS").</param>
/// <param name="Outlet">The agency in brackets ("Reuters").</param>
/// <param name="Date">The date, when a year was known.</param>
/// <param name="Length">Characters the dateline takes at the start of the paragraph.</param>
public sealed record WireDateline(string Place, string Outlet, DateTimeOffset? Date, int Length);
