using System.Globalization;

namespace Dateline.Core.Model;

/// <summary>Maps TIMEX3 values to inclusive calendar intervals. Pure functions, no state.</summary>
internal static class TimeMlInterval
{
    /// <summary>Interval and precision of a TIMEX3 value; nulls when the value names no calendar interval.</summary>
    /// <example>"2016-12-30" → day; "2017-W02" → 2017-01-09..15; "2016-SU" → 2016-06-01..08-31; "199X" → 1990..1999.</example>
    public static (DateOnly? Earliest, DateOnly? Latest, TimePrecision Precision) Parse(string value)
    {
        var none = ((DateOnly?)null, (DateOnly?)null, TimePrecision.Unknown);
        if (string.IsNullOrEmpty(value))
        {
            return none;
        }

        // TimeML's reduced forms: "199" is the 1990s, "19" the 1900s (TimeBank writes both these and 199X/19XX).
        if (value.Length is 2 or 3 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var reduced))
        {
            return value.Length == 3
                ? (new DateOnly(Math.Max(1, reduced * 10), 1, 1), new DateOnly((reduced * 10) + 9, 12, 31), TimePrecision.Decade)
                : (new DateOnly(Math.Max(1, reduced * 100), 1, 1), new DateOnly((reduced * 100) + 99, 12, 31), TimePrecision.Decade);
        }

        if (value.Length < 4)
        {
            return none;
        }

        // Times of day carry a date before the T: 2016-12-30T14:28, 2016-12-30TMO.
        var t = value.IndexOf('T', StringComparison.Ordinal);
        if (t == 10)
        {
            var day = ParseDay(value.AsSpan(0, 10));
            return day is null ? none : (day, day, TimePrecision.Day);
        }

        // Year part: 2017, 199X (decade), 19XX (century).
        var yearText = value.AsSpan(0, 4);
        if (yearText[3] == 'X' && yearText[2] != 'X' && int.TryParse(yearText[..3], NumberStyles.None, CultureInfo.InvariantCulture, out var dec) && value.Length == 4)
        {
            return (new DateOnly(Math.Max(1, dec * 10), 1, 1), new DateOnly(dec * 10 + 9, 12, 31), TimePrecision.Decade);
        }

        if (yearText[2] == 'X' && yearText[3] == 'X' && int.TryParse(yearText[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var cent) && value.Length == 4)
        {
            return (new DateOnly(Math.Max(1, cent * 100), 1, 1), new DateOnly(cent * 100 + 99, 12, 31), TimePrecision.Decade);
        }

        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return none;
        }

        if (value.Length == 4)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimePrecision.Year);
        }

        if (value[4] != '-')
        {
            return none;
        }

        var rest = value.AsSpan(5);
        switch (rest)
        {
            case "SP": return (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31), TimePrecision.Season);
            case "SU": return (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31), TimePrecision.Season);
            case "FA": return (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30), TimePrecision.Season);
            // Winter straddles the year: December of this year to February of the next.
            case "WI": return (new DateOnly(year, 12, 1), new DateOnly(year + 1, 3, 1).AddDays(-1), TimePrecision.Season);
            case "H1": return (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30), TimePrecision.Quarter);
            case "H2": return (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31), TimePrecision.Quarter);
        }

        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            var q = rest[1] - '0';
            var first = new DateOnly(year, (q - 1) * 3 + 1, 1);
            return (first, first.AddMonths(3).AddDays(-1), TimePrecision.Quarter);
        }

        if (rest.Length >= 3 && rest[0] == 'W' && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && week is >= 1 and <= 53)
        {
            if (week > ISOWeek.GetWeeksInYear(year))
            {
                // 2017 has 52 ISO weeks: "2017-W53" names no week, and no week is made up for it.
                return none;
            }

            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            if (rest.Length == 3)
            {
                return (monday, monday.AddDays(6), TimePrecision.Week);
            }

            if (rest is [_, _, _, '-', 'W', 'E'])
            {
                return (monday.AddDays(5), monday.AddDays(6), TimePrecision.Week);
            }

            return none;
        }

        if (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            var first = new DateOnly(year, month, 1);
            return (first, first.AddMonths(1).AddDays(-1), TimePrecision.Month);
        }

        if (value.Length == 10)
        {
            var day = ParseDay(value.AsSpan());
            return day is null ? none : (day, day, TimePrecision.Day);
        }

        return none;
    }

    /// <summary>Narrows (START/MID/END) or opens (BEFORE/AFTER) an interval by a TIMEX3 mod.</summary>
    /// <example>2017-01 END → 21..31 January; 2016-12-30 AFTER → 2016-12-31..open.</example>
    public static (DateOnly? Earliest, DateOnly? Latest) ApplyMod(DateOnly earliest, DateOnly latest, string mod)
    {
        var days = latest.DayNumber - earliest.DayNumber + 1;
        var third = Math.Max(1, days / 3);
        return mod switch
        {
            // Thirds of the interval: a 31-day month splits 1–10, 11–20, 21–31.
            "START" when days > 2 => (earliest, earliest.AddDays(third - 1)),
            "MID" when days > 2 => (earliest.AddDays(third), earliest.AddDays((2 * third) - 1)),
            "END" when days > 2 => (earliest.AddDays(2 * third), latest),
            "AFTER" => (latest.AddDays(1), null),
            "ON_OR_AFTER" => (earliest, null),
            "BEFORE" => (null, earliest.AddDays(-1)),
            "ON_OR_BEFORE" => (null, latest),
            _ => (earliest, latest),
        };
    }

    private static DateOnly? ParseDay(ReadOnlySpan<char> text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
