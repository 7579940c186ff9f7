using System.Globalization;
using Dateline.Core.Model;

namespace Dateline.Sources.Datasets;

/// <summary>Maps the datasets' date precision codes to <see cref="TimeValue"/>s anchored <see cref="TimeAnchor.Dataset"/>.</summary>
internal static class DatasetTime
{
    private static readonly string[] DayFormats =
    [
        "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "d-MMMM-yyyy", "d-MMM-yyyy", "yyyy-MM-dd", "yyyy/MM/dd",
    ];

    /// <summary>One day.</summary>
    public static TimeValue Day(DateOnly day) => TimeValue.OfDay(day, TimeAnchor.Dataset);

    /// <summary>A calendar month: value <c>2020-03</c>, interval the whole month.</summary>
    public static TimeValue Month(DateOnly day) =>
        TimeValue.FromTimeMl(day.ToString("yyyy-MM", CultureInfo.InvariantCulture), null, TimeAnchor.Dataset);

    /// <summary>An honest interval with the most precise TimeML value that covers it (see <see cref="TimeValue.Covering"/>).</summary>
    public static TimeValue Covering(DateOnly start, DateOnly end) => TimeValue.Covering(start, end, TimeAnchor.Dataset);

    /// <summary>
    /// A day as the datasets write it: "21 March 2020", "2020-03-21", "2013-01-03 00:00:00.000", "2020-03-21T00:00:00".
    /// </summary>
    public static DateOnly? ParseDay(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.Length > 10 && t[4] == '-' && t[7] == '-' && (t[10] == ' ' || t[10] == 'T'))
        {
            t = t[..10];
        }

        foreach (var format in DayFormats)
        {
            if (DateOnly.TryParseExact(t, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>GDELT's SQLDATE, <c>20201113</c>, parsed without allocating.</summary>
    public static DateOnly? ParseCompactDay(ReadOnlySpan<char> t)
    {
        if (t.Length != 8)
        {
            return null;
        }

        var y = 0;
        var m = 0;
        var d = 0;
        for (var i = 0; i < 8; i++)
        {
            var digit = t[i] - '0';
            if ((uint)digit > 9)
            {
                return null;
            }

            if (i < 4)
            {
                y = (y * 10) + digit;
            }
            else if (i < 6)
            {
                m = (m * 10) + digit;
            }
            else
            {
                d = (d * 10) + digit;
            }
        }

        return y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }
}
