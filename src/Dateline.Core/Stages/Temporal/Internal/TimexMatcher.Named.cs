using System.Globalization;
using Dateline.Core.Model;

namespace Dateline.Core.Stages.Temporal.Internal;

/// <summary>Named days and periods: holidays, Islamic and Persian months and feasts.</summary>
internal sealed partial class TimexMatcher
{
    /// <summary>
    /// "Ramadan", "Ramadan 1438", "Eid al-Adha 2016", "Nowruz 1396", "Christmas", "Christmas Eve", "New Year's Day",
    /// "Thanksgiving", "Easter", "Election Day", "Halloween", "Independence Day", "Valentine's Day", "Farvardin 1396".
    /// </summary>
    private Hit? Named(int i)
    {
        if (!Cap(i))
        {
            return null;
        }

        if (HijriMonthAt(i, out var hm, out var j))
        {
            return HijriPeriod(i, j, hm);
        }

        var e = L(i);
        if (e is null)
        {
            return null;
        }

        if (e.PersianMonth > 0)
        {
            if (YearNumber(i + 1) is { } py && py is >= 1200 and <= 1500)
            {
                var end = SolarSuffix(i + 2);
                var span = Calendars.PersianMonth(py, e.PersianMonth);
                return span is { } sp ? Period(i, end, sp.Start, sp.End, TimeAnchor.Explicit) : null;
            }

            return null;
        }

        switch (e.Role)
        {
            case Role.Eid:
            {
                var k = i + 1;
                if (R(k) is Role.Al or Role.Ul)
                {
                    k++;
                }

                if (P(k, '-'))
                {
                    k++;
                }

                var month = R(k) switch { Role.Fitr => 10, Role.Adha => 12, _ => 0 };
                if (month == 0)
                {
                    return null;
                }

                var day = month == 10 ? 1 : 10;
                return HijriDay(i, k + 1, month, day);
            }

            case Role.Nowruz:
            {
                int? persianYear = null;
                var end = i + 1;
                if (YearNumber(i + 1) is { } y)
                {
                    persianYear = y is >= 1200 and <= 1500 ? y : y - 621;
                    end = SolarSuffix(i + 2);
                }
                else if (dct is { } d)
                {
                    // The Nowruz of the DCT's Gregorian year unless the sentence looks back and it has not come yet.
                    var candidate = d.Year - 621;
                    if (Calendars.FromPersian(candidate, 1, 1) is { } n && n > d && Tense(i, end) < 0)
                    {
                        candidate--;
                    }

                    persianYear = candidate;
                }

                if (persianYear is { } pyear && Calendars.FromPersian(pyear, 1, 1) is { } nowruz)
                {
                    return Make(i, end, TimexType.Date, Day(nowruz), YearNumber(i + 1) is null ? TimeAnchor.Publication : TimeAnchor.Explicit);
                }

                return Make(i, end, TimexType.Date, "XXXX-03-21", TimeAnchor.None);
            }

            case Role.Christmas:
            {
                var k = i + 1;
                var day = 25;
                if (R(k) == Role.Eve)
                {
                    day = 24;
                    k++;
                }
                else if (L(k) is { Unit: Unit.Day, Plural: false })
                {
                    k++;
                }

                return Holiday(i, k, 12, _ => new DateOnly(1, 12, day), day);
            }

            case Role.NewYear when L(i + 1) is { Unit: Unit.Year, Plural: false }:
            {
                var k = i + 2;
                if (P(k, '\'') && Word(k + 1, "s"))
                {
                    k += 2;
                }

                if (R(k) == Role.Eve)
                {
                    return Holiday(i, k + 1, 12, _ => new DateOnly(1, 12, 31), 31);
                }

                if (L(k) is { Unit: Unit.Day, Plural: false })
                {
                    k++;
                }

                return Holiday(i, k, 1, _ => new DateOnly(1, 1, 1), 1);
            }

            case Role.Thanksgiving:
            {
                var k = L(i + 1) is { Unit: Unit.Day, Plural: false } ? i + 2 : i + 1;
                return Holiday(i, k, 11, y => Calendars.NthWeekday(y, 11, DayOfWeek.Thursday, 4), 0);
            }

            case Role.Easter:
            {
                var k = Word(i + 1, "sunday") ? i + 2 : i + 1;
                return Holiday(i, k, 4, Calendars.Easter, 0);
            }

            case Role.Election when L(i + 1) is { Unit: Unit.Day, Plural: false }:
                return Holiday(i, i + 2, 11, y => Calendars.NthWeekday(y, 11, DayOfWeek.Monday, 1).AddDays(1), 0);
            case Role.Halloween:
                return Holiday(i, i + 1, 10, _ => new DateOnly(1, 10, 31), 31);
            case Role.Independence when L(i + 1) is { Unit: Unit.Day, Plural: false }:
                return Holiday(i, i + 2, 7, _ => new DateOnly(1, 7, 4), 4);
            case Role.Valentine when P(i + 1, '\'') && Word(i + 2, "s") && L(i + 3) is { Unit: Unit.Day, Plural: false }:
                return Holiday(i, i + 4, 2, _ => new DateOnly(1, 2, 14), 14);
            default:
                return null;
        }
    }

    /// <summary>A holiday with an optional year after it ("Christmas 2016"); without one, resolved like a month and day.</summary>
    private Hit Holiday(int s, int e, int month, Func<int, DateOnly> inYear, int fixedDay)
    {
        DateOnly At(int y)
        {
            var d = inYear(y);
            return new DateOnly(y, d.Month, d.Day);
        }

        if (Year(e))
        {
            return Make(s, e + 1, TimexType.Date, Day(At(t[e].Value)), TimeAnchor.Explicit);
        }

        var approxDay = fixedDay > 0 ? fixedDay : 20;
        var year = MonthYear(month, approxDay, 0, s, e);
        if (year is { } y2)
        {
            return Make(s, e, TimexType.Date, Day(At(y2)), TimeAnchor.Publication);
        }

        return fixedDay > 0
            ? Make(s, e, TimexType.Date, FormatInv($"XXXX-{month:D2}-{fixedDay:D2}"), TimeAnchor.None)
            : Make(s, e, TimexType.Date, FormatInv($"XXXX-{month:D2}"), TimeAnchor.None);
    }

    /// <summary>An Islamic month name at i: "Ramadan", "Shawwal", "Dhu al-Hijjah", "Dhul-Qadah".</summary>
    private bool HijriMonthAt(int i, out int month, out int next)
    {
        month = L(i)?.HijriMonth ?? 0;
        next = i + 1;
        if (month > 0)
        {
            return Cap(i);
        }

        if (!(Word(i, "dhu") || Word(i, "dhul") || Word(i, "zul") || Word(i, "thul")))
        {
            return false;
        }

        var k = i + 1;
        while (k < i + 4 && (P(k, '-') || R(k) == Role.Al))
        {
            k++;
        }

        if (Word(k, "hijjah") || Word(k, "hijja") || Word(k, "hijah"))
        {
            month = 12;
        }
        else if (Word(k, "qadah") || Word(k, "qidah") || Word(k, "qa'dah") || Word(k, "qada"))
        {
            month = 11;
        }
        else
        {
            return false;
        }

        next = k + 1;
        return true;
    }

    /// <summary>A four-digit number usable as a Hijri, Persian or Gregorian year.</summary>
    private int? YearNumber(int i) => Num(i) && t[i].Digits == 4 && t[i].Value is >= 1200 and <= 2199 ? t[i].Value : null;

    private int LunarSuffix(int i) => R(i) == Role.Ah || Word(i, "ah") ? i + 1 : i;

    private int SolarSuffix(int i) => R(i) is Role.Hs || Word(i, "ap") ? i + 1 : i;

    /// <summary>"15 Ramadan 1438", "1 Farvardin 1396" (the day number already read, the month at <paramref name="j"/>).</summary>
    private Hit? HijriOrPersianDay(int s, int day, int j)
    {
        if (HijriMonthAt(j, out var hm, out var k))
        {
            return HijriDay(s, k, hm, day);
        }

        if (L(j) is { PersianMonth: > 0 } pe && Cap(j))
        {
            if (YearNumber(j + 1) is { } py && py is >= 1200 and <= 1500 && Calendars.FromPersian(py, pe.PersianMonth, day) is { } pd)
            {
                return Make(s, SolarSuffix(j + 2), TimexType.Date, Day(pd), TimeAnchor.Explicit);
            }

            if (dct is { } d && Calendars.FromPersian(d.Year - 621 - (d.Month < 3 || (d.Month == 3 && d.Day < 21) ? 1 : 0), pe.PersianMonth, day) is { } pd2)
            {
                return Make(s, j + 1, TimexType.Date, Day(pd2), TimeAnchor.Publication);
            }
        }

        return null;
    }

    /// <summary>A single Hijri day (feast or dated), its year read after <paramref name="e"/> or taken from the DCT.</summary>
    private Hit? HijriDay(int s, int e, int month, int day)
    {
        if (YearNumber(e) is { } y)
        {
            var hy = y <= 1500 ? y : Calendars.HijriYearFor(y, month);
            if (hy is { } h && Calendars.FromHijri(h, month, day) is { } g)
            {
                return Make(s, LunarSuffix(e + 1), TimexType.Date, Day(g), TimeAnchor.Explicit);
            }

            return null;
        }

        if (dct is not { } d)
        {
            return Make(s, e, TimexType.Date, "XXXX-XX-XX", TimeAnchor.None);
        }

        var baseYear = Calendars.HijriYearOf(d);
        var tense = Tense(s, e);
        DateOnly? best = null;
        for (var hy = baseYear - 1; hy <= baseYear + 1; hy++)
        {
            if (Calendars.FromHijri(hy, month, day) is not { } g)
            {
                continue;
            }

            if ((tense < 0 && g > d) || (tense > 0 && g < d))
            {
                continue;
            }

            if (best is null || Math.Abs(g.DayNumber - d.DayNumber) < Math.Abs(best.Value.DayNumber - d.DayNumber))
            {
                best = g;
            }
        }

        return best is { } b ? Make(s, e, TimexType.Date, Day(b), TimeAnchor.Publication) : null;
    }

    /// <summary>A whole Hijri month ("Ramadan 2016"): value is its first day, <see cref="Hit.Time"/> the whole month.</summary>
    private Hit? HijriPeriod(int s, int e, int month)
    {
        (DateOnly Start, DateOnly End)? span = null;
        var anchor = TimeAnchor.Explicit;
        var end = e;
        if (YearNumber(e) is { } y)
        {
            var hy = y <= 1500 ? y : Calendars.HijriYearFor(y, month);
            span = hy is { } h ? Calendars.HijriMonth(h, month) : null;
            end = LunarSuffix(e + 1);
        }
        else if (dct is { } d)
        {
            anchor = TimeAnchor.Publication;
            var baseYear = Calendars.HijriYearOf(d);
            var tense = Tense(s, e);
            for (var hy = baseYear + 1; hy >= baseYear - 1; hy--)
            {
                if (Calendars.HijriMonth(hy, month) is not { } m)
                {
                    continue;
                }

                var ok = tense < 0 ? m.Start <= d : tense > 0 ? m.End >= d : true;
                if (ok && (span is null || Math.Abs(m.Start.DayNumber - d.DayNumber) < Math.Abs(span.Value.Start.DayNumber - d.DayNumber) || (m.Start <= d && d <= m.End)))
                {
                    span = m;
                    if (m.Start <= d && d <= m.End)
                    {
                        break;
                    }
                }
            }
        }
        else
        {
            return Make(s, e, TimexType.Date, "XXXX-XX-XX", TimeAnchor.None);
        }

        return span is { } sp ? Period(s, end, sp.Start, sp.End, anchor) : null;
    }

    private static Hit Period(int s, int e, DateOnly start, DateOnly end, TimeAnchor anchor)
    {
        var value = Day(start);
        var time = new TimeValue(value, start, end, TimePrecision.Month, null, anchor);
        return new Hit(s, e, TimexType.Date, value, null, time);
    }
}
