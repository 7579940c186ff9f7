using System.Globalization;
using Dateline.Core.Model;

namespace Dateline.Core.Stages.Temporal.Internal;

/// <summary>Day ranges and pairs that share one month: each day is its own DATE, as TimeBank tags them.</summary>
internal sealed partial class TimexMatcher
{
    /// <summary>
    /// Adds the bare day of a range or pair to the date it shares a month with. TimeBank tags "April 24 and 25" as two
    /// DATEs (1999-04-24, 1999-04-25); without this pass "19-20 December 2011" yielded only 20 December.
    /// </summary>
    /// <example>"19-20 December 2011" → "19" (2011-12-19) + "20 December 2011"; "April 24 and 25" → "April 24" + "25".</example>
    private List<Hit> AddRangeDays(List<Hit> hits)
    {
        List<Hit>? result = null;
        for (var n = 0; n < hits.Count; n++)
        {
            var h = hits[n];
            var prevEnd = n > 0 ? hits[n - 1].EndTok : 0;
            var nextStart = n + 1 < hits.Count ? hits[n + 1].StartTok : t.Count;
            if (SameMonthDay(h) is not { } day)
            {
                result?.Add(h);
                continue;
            }

            result ??= hits.GetRange(0, n);
            // Day first: "19-20 December", "between 3 and 5 May 2012", "from 19 to 21 December".
            // A list walks back over commas: "19, 20 and 21 December".
            var k = h.StartTok - 2;
            var first = result.Count;
            for (var later = day.Day; h.StartTok == RangeDayStart(h) && k >= prevEnd && DayNum(k) && t[k].Value < later
                && (RangeLink(k + 1) || (P(k + 1, ',') && result.Count > first)); k -= 2)
            {
                later = t[k].Value;
                result.Insert(first, Make(k, k + 1, TimexType.Date, Day(new DateOnly(day.Year, day.Month, later)), h.Time.Anchor));
            }

            // Month first: "April 24 and 25", "Dec. 19-20, 2011" (the year after the second day dates both).
            var j = h.EndTok;
            if (DayNum(h.EndTok - 1) && MonthAt(h.EndTok - 2) != 0 && j + 1 < nextStart && RangeLink(j) && DayNum(j + 1))
            {
                var yearTok = P(j + 2, ',') && Year(j + 3) ? j + 3 : Year(j + 2) ? j + 2 : -1;
                var y = yearTok >= 0 ? t[yearTok].Value : day.Year;
                var last = t[j + 1].Value;
                if (last > day.Day && last <= DateTime.DaysInMonth(y, day.Month) && day.Day <= DateTime.DaysInMonth(y, day.Month)
                    && (yearTok >= 0 || RangeEnds(j + 2)))
                {
                    if (yearTok >= 0)
                    {
                        h = Make(h.StartTok, h.EndTok, TimexType.Date, Day(new DateOnly(y, day.Month, day.Day)), TimeAnchor.Explicit);
                        // The year alone was tagged as its own DATE; it now belongs to the second day.
                        if (n + 1 < hits.Count && hits[n + 1].StartTok > j + 1 && hits[n + 1].EndTok <= yearTok + 1)
                        {
                            n++;
                        }
                    }

                    result.Add(h);
                    var anchor = yearTok >= 0 ? TimeAnchor.Explicit : h.Time.Anchor;
                    result.Add(Make(j + 1, yearTok >= 0 ? yearTok + 1 : j + 2, TimexType.Date, Day(new DateOnly(y, day.Month, last)), anchor));
                    continue;
                }
            }

            result.Add(h);
        }

        return result ?? hits;
    }

    /// <summary>The day of a single-day DATE with a known year, else null.</summary>
    private static DateOnly? SameMonthDay(Hit h) =>
        h.Type == TimexType.Date && h.Mod is null && h.Value.Length == 10 && h.Time.Precision == TimePrecision.Day
        && DateOnly.TryParseExact(h.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The token where a day-first date's day number sits: the hit's start, or after "the".</summary>
    private int RangeDayStart(Hit h) => DayNum(h.StartTok) && MonthAt(h.StartTok + 1) != 0 ? h.StartTok : -1;

    /// <summary>A word or dash joining two days: "-", "–", "and", "to", "through", "until", "or".</summary>
    private bool RangeLink(int i) =>
        P(i, '-') || P(i, '\u2013') || Word(i, "and") || Word(i, "to") || Word(i, "through") || Word(i, "until") || Word(i, "till") || Word(i, "or");

    /// <summary>
    /// True when a second bare day ends the phrase: punctuation, the end of text or a linking word. "March 3 and 40 people"
    /// has a count, not a day.
    /// </summary>
    private bool RangeEnds(int i) =>
        i >= t.Count || (t[i].Kind == TokenKind.Punct && t[i].Value != '%') || Word(i, "in") || Word(i, "at") || Word(i, "when")
        || Word(i, "as") || Word(i, "after") || Word(i, "before") || Word(i, "with") || Word(i, "for") || Word(i, "that");
}
