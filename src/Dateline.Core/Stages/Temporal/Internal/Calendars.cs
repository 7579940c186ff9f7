using System.Globalization;

namespace Dateline.Core.Stages.Temporal.Internal;

/// <summary>
/// Islamic (Umm al-Qura, tabular Hijri as fallback) and Persian (Solar Hijri) conversions and the Christian and
/// civic holidays news mentions. Calendar instances are only read, which is safe across threads.
/// </summary>
internal static class Calendars
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Hijri = new();
    private static readonly PersianCalendar Persian = new();

    /// <summary>Gregorian day of a Hijri date; null when out of range.</summary>
    /// <example>15 Ramadan 1438 → 2017-06-10.</example>
    public static DateOnly? FromHijri(int year, int month, int day)
    {
        try
        {
            if (year >= 1318 && year <= 1500)
            {
                return DateOnly.FromDateTime(UmAlQura.ToDateTime(year, month, Math.Min(day, UmAlQura.GetDaysInMonth(year, month)), 0, 0, 0, 0));
            }

            return DateOnly.FromDateTime(Hijri.ToDateTime(year, month, Math.Min(day, Hijri.GetDaysInMonth(year, month)), 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The Gregorian interval of a Hijri month.</summary>
    /// <example>Ramadan 1437 → 2016-06-06..2016-07-05.</example>
    public static (DateOnly Start, DateOnly End)? HijriMonth(int year, int month)
    {
        var start = FromHijri(year, month, 1);
        if (start is null)
        {
            return null;
        }

        int days;
        try
        {
            days = year is >= 1318 and <= 1500 ? UmAlQura.GetDaysInMonth(year, month) : Hijri.GetDaysInMonth(year, month);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }

        return (start.Value, start.Value.AddDays(days - 1));
    }

    /// <summary>The Hijri year whose given month starts in Gregorian <paramref name="gregorianYear"/> (the first, if twice).</summary>
    /// <example>Ramadan in 2016 → 1437.</example>
    public static int? HijriYearFor(int gregorianYear, int month)
    {
        var guess = (int)Math.Round((gregorianYear - 622) * 1.0307) - 1;
        for (var hy = guess; hy <= guess + 3; hy++)
        {
            if (FromHijri(hy, month, 1) is { } s && s.Year == gregorianYear)
            {
                return hy;
            }
        }

        return null;
    }

    /// <summary>The Hijri year of a Gregorian day.</summary>
    public static int HijriYearOf(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        try
        {
            return UmAlQura.GetYear(dt);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Hijri.GetYear(dt);
        }
    }

    /// <summary>Gregorian day of a Solar Hijri date.</summary>
    /// <example>1 Farvardin 1396 → 2017-03-21.</example>
    public static DateOnly? FromPersian(int year, int month, int day)
    {
        try
        {
            return DateOnly.FromDateTime(Persian.ToDateTime(year, month, Math.Min(day, Persian.GetDaysInMonth(year, month)), 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The Gregorian interval of a Persian month.</summary>
    public static (DateOnly Start, DateOnly End)? PersianMonth(int year, int month)
    {
        var start = FromPersian(year, month, 1);
        if (start is null)
        {
            return null;
        }

        return (start.Value, start.Value.AddDays(Persian.GetDaysInMonth(year, month) - 1));
    }

    /// <summary>Western Easter Sunday (anonymous Gregorian computus).</summary>
    /// <example>2017 → 2017-04-16.</example>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The n-th given weekday of a month (n = 4 for US Thanksgiving).</summary>
    public static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var shift = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(shift + (7 * (n - 1)));
    }
}
