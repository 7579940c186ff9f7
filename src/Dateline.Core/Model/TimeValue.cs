using System.Globalization;

namespace Dateline.Core.Model;

/// <summary>How fine a <see cref="TimeValue"/> is. Serialized in lower case ("day", "month", …).</summary>
public enum TimePrecision
{
    /// <summary>No calendar interval is known (PRESENT_REF, an unanchored "Monday", a duration).</summary>
    Unknown,
    /// <summary>A calendar day or a time of day (2016-12-30, 2016-12-30T14:28).</summary>
    Day,
    /// <summary>An ISO week (2017-W02) or a weekend.</summary>
    Week,
    /// <summary>A calendar month (2017-01).</summary>
    Month,
    /// <summary>A season (2016-SU).</summary>
    Season,
    /// <summary>A quarter or a half year (2017-Q1, 2017-H2).</summary>
    Quarter,
    /// <summary>A calendar year (2017).</summary>
    Year,
    /// <summary>A decade (199 as the tagger writes it, or 199X) or a century (19, or 19XX).</summary>
    Decade,
}

/// <summary>How a <see cref="TimeValue"/> got its calendar position.</summary>
public enum TimeAnchor
{
    /// <summary>The text names the date fully ("December 30, 2016").</summary>
    Explicit,
    /// <summary>Resolved against the report's publication time ("on Sunday", "last December").</summary>
    Publication,
    /// <summary>Resolved against the previous date in the text ("the next day").</summary>
    PreviousDate,
    /// <summary>Given by a dataset's own coding (ACLED's event_date).</summary>
    Dataset,
    /// <summary>No anchor was available; the value stays underspecified.</summary>
    None,
}

/// <summary>
/// A TimeML/TIMEX3 value with the inclusive calendar interval it denotes. Ambiguity is data: a month is
/// a month, not its first day. <c>2017-01</c> with mod <c>END</c> means late January (21–31).
/// </summary>
/// <param name="Value">The TIMEX3 value as TimeML writes it: <c>2016-12-30</c>, <c>2017-W02</c>, <c>PRESENT_REF</c>, <c>P3D</c>; or the
/// ISO 8601 interval of the days an event lasted, <c>2017-01-23/2017-01-24</c> (see <see cref="Lasting"/>).</param>
/// <param name="Earliest">First day the value can mean, inclusive; null when unknown.</param>
/// <param name="Latest">Last day the value can mean, inclusive; null when unknown.</param>
/// <param name="Precision">The granularity of <paramref name="Value"/>.</param>
/// <param name="Mod">TIMEX3 mod (START, MID, END, APPROX, BEFORE, AFTER, ON_OR_AFTER, …) or null.</param>
/// <param name="Anchor">How the value was anchored.</param>
public sealed record TimeValue(
    string Value,
    DateOnly? Earliest,
    DateOnly? Latest,
    TimePrecision Precision,
    string? Mod = null,
    TimeAnchor Anchor = TimeAnchor.Explicit)
{
    /// <summary>The value for "we do not know when".</summary>
    public static TimeValue Unknown { get; } = new("XXXX-XX-XX", null, null, TimePrecision.Unknown, null, TimeAnchor.None);

    /// <summary>True when the calendar interval is known on both sides.</summary>
    public bool IsBounded => Earliest is not null && Latest is not null;

    /// <summary>
    /// Builds a value from a TIMEX3 value string, computing its interval and precision, then narrowing or
    /// widening the interval by <paramref name="mod"/>. Values with no calendar interval (durations, *_REF,
    /// unanchored <c>XXXX-12-25</c>) get null bounds and <see cref="TimePrecision.Unknown"/>.
    /// </summary>
    /// <example><c>FromTimeMl("2017-01", "END")</c> → 2017-01-21..2017-01-31, month precision.</example>
    public static TimeValue FromTimeMl(string value, string? mod = null, TimeAnchor anchor = TimeAnchor.Explicit)
    {
        var (earliest, latest, precision) = TimeMlInterval.Parse(value);
        if (earliest is { } e && latest is { } l && mod is not null)
        {
            (earliest, latest) = TimeMlInterval.ApplyMod(e, l, mod);
        }

        return new TimeValue(value, earliest, latest, precision, mod, anchor);
    }

    /// <summary>A single known day.</summary>
    public static TimeValue OfDay(DateOnly day, TimeAnchor anchor = TimeAnchor.Explicit) =>
        new(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day, day, TimePrecision.Day, null, anchor);

    /// <summary>
    /// An honest interval <paramref name="start"/>..<paramref name="end"/> with the most precise TimeML value that
    /// covers it: 2020-03-18..20 → <c>2020-W12</c>; 2020-03-29..04-04 → <c>2020</c> (two months, one year);
    /// 1989-05-10..16 → <c>1989-W19</c>. Earliest/Latest stay the given interval, not the value's;
    /// a dataset's date range and "two days of talks ended on Tuesday" are such intervals.
    /// </summary>
    public static TimeValue Covering(DateOnly start, DateOnly end, TimeAnchor anchor)
    {
        if (end < start)
        {
            (start, end) = (end, start);
        }

        if (start == end)
        {
            return OfDay(start, anchor);
        }

        var s = start.ToDateTime(TimeOnly.MinValue);
        var e = end.ToDateTime(TimeOnly.MinValue);
        string value;
        TimePrecision precision;
        if (ISOWeek.GetYear(s) == ISOWeek.GetYear(e) && ISOWeek.GetWeekOfYear(s) == ISOWeek.GetWeekOfYear(e))
        {
            value = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(s):D4}-W{ISOWeek.GetWeekOfYear(s):D2}");
            precision = TimePrecision.Week;
        }
        else if (start.Year == end.Year && start.Month == end.Month)
        {
            value = start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            precision = TimePrecision.Month;
        }
        else if (start.Year == end.Year)
        {
            value = start.ToString("yyyy", CultureInfo.InvariantCulture);
            precision = TimePrecision.Year;
        }
        else if (start.Year / 10 == end.Year / 10)
        {
            // TimeML's reduced forms, as the temporal tagger writes them: 1990–1999 → "199", 1900–1999 → "19".
            value = string.Create(CultureInfo.InvariantCulture, $"{start.Year / 10:D3}");
            precision = TimePrecision.Decade;
        }
        else if (start.Year / 100 == end.Year / 100)
        {
            value = string.Create(CultureInfo.InvariantCulture, $"{start.Year / 100:D2}");
            precision = TimePrecision.Decade;
        }
        else
        {
            value = "XXXX";
            precision = TimePrecision.Unknown;
        }

        return new TimeValue(value, start, end, precision, null, anchor);
    }

    /// <summary>
    /// The days an event is told to have lasted, as the ISO 8601 interval <c>first/last</c> with the precision of the
    /// TimeML value that covers them (see <see cref="Covering"/>); one day is that day.
    /// </summary>
    /// <example>"Two days of negotiations ended on Tuesday 24 January 2017" → <c>2017-01-23/2017-01-24</c>, week precision.</example>
    public static TimeValue Lasting(DateOnly first, DateOnly last, TimeAnchor anchor) =>
        first >= last ? OfDay(last, anchor)
            : Covering(first, last, anchor) with { Value = string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM-dd}/{last:yyyy-MM-dd}") };

    /// <summary>True for the days an event lasted (<see cref="Lasting"/>), not a time known only to lie somewhere in them.</summary>
    public bool IsSpan => Value.Contains('/', StringComparison.Ordinal);

    /// <summary>True when the two intervals share at least one day (unbounded sides overlap everything).</summary>
    public bool Overlaps(TimeValue other) =>
        (Latest is null || other.Earliest is null || other.Earliest <= Latest) &&
        (Earliest is null || other.Latest is null || Earliest <= other.Latest);

    /// <summary>The precision's contract name, lower case.</summary>
    public string PrecisionName => Precision.ToString().ToLowerInvariant();
}
