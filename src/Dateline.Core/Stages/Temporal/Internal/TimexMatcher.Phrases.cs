using Dateline.Core.Model;

namespace Dateline.Core.Stages.Temporal.Internal;

/// <summary>Fixed phrases of news and financial reporting.</summary>
internal sealed partial class TimexMatcher
{
    /// <summary>
    /// "the year" / "the full year" (the DCT's year), "the weekend" (the nearest one the sentence points at),
    /// "year-earlier" / "year-ago" (the reported period a year back), "the week of March 6", "the 1988 period".
    /// </summary>
    private Hit? Phrase(int i)
    {
        var r = R(i);
        if (SpokenYear(i) is { } spoken)
        {
            return spoken;
        }

        // "It's the second day of the offensive", "today is the eighth day of Desert Shield": the day of the report.
        {
            var o = r == Role.The ? i + 1 : i;
            if ((L(o)?.Ordinal > 0 || (o < t.Count && t[o].Kind == TokenKind.Number && t[o].Has(TokenFlags.Ordinal)))
                && L(o + 1) is { Unit: Unit.Day, Plural: false } && R(o + 2) == Role.Of && dct is { } today
                && (Word(i - 1, "is") || (Word(i - 1, "s") && P(i - 2, '\''))))
            {
                return Make(i, o + 2, TimexType.Date, Day(today), TimeAnchor.Publication);
            }
        }

        if (r == Role.The)
        {
            // "the day before last Tuesday's hearing", "the day after Christmas": one day off a named day.
            if (L(i + 1) is { Unit: Unit.Day, Plural: false } && R(i + 2) is Role.Before or Role.After && DateCore(i + 3) is { Value.Length: 10 } named
                && named.Time.Earliest is { } nd)
            {
                return Make(i, named.EndTok, TimexType.Date, Day(nd.AddDays(R(i + 2) == Role.Before ? -1 : 1)), named.Time.Anchor);
            }

            // "landed in Syria last Thursday and toured Aleppo the day after.": alone at the end of its clause, one day
            // off the date just told (Friday), like "the next day".
            if (L(i + 1) is { Unit: Unit.Day, Plural: false } && R(i + 2) is Role.Before or Role.After && lastDay is { } told
                && (i + 3 >= t.Count || P(i + 3, '.') || P(i + 3, ',') || P(i + 3, ';')))
            {
                return Make(i, i + 3, TimexType.Date, Day(told.AddDays(R(i + 2) == Role.Before ? -1 : 1)), TimeAnchor.PreviousDate);
            }

            var j = i + 1;
            if (Word(j, "full") || Word(j, "whole") || Word(j, "entire"))
            {
                j++;
            }

            // "the fiscal year" is the DCT's (fiscal) year like "the year"; "the fiscal year 1990" is left to the year rule.
            var fiscalYear = R(j) == Role.Fiscal && L(j + 1) is { Unit: Unit.Year, Plural: false } && !Year(j + 2);
            if (fiscalYear)
            {
                j++;
            }

            var e = L(j);
            if (e is { Unit: Unit.Year, Plural: false } && !P(j + 1, '-') && R(j + 1) is not (Role.Ago or Role.Earlier or Role.Before or Role.After or Role.End) && dct is { } d)
            {
                // "the year ended June 30" is a fiscal year's length; otherwise the DCT's year.
                if (Word(j + 1, "ended") || Word(j + 1, "ending"))
                {
                    return Make(i, j + 1, TimexType.Duration, "P1Y", TimeAnchor.None);
                }

                return Make(i, j + 1, TimexType.Date, YearValue(d.Year), TimeAnchor.Publication);
            }

            if (e is { Unit: Unit.Weekend, Plural: false })
            {
                if (dct is not { } wd)
                {
                    return Make(i, j + 1, TimexType.Date, "XXXX-WXX-WE", TimeAnchor.None);
                }

                var tense = Tense(i, j + 1);
                var sat = tense > 0 ? wd.AddDays(((int)DayOfWeek.Saturday - (int)wd.DayOfWeek + 7) % 7) : wd.AddDays(-(((int)wd.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7));
                return Make(i, j + 1, TimexType.Date, WeekValue(sat) + "-WE", TimeAnchor.Publication);
            }

            // "the week of March 6"
            if (e is { Unit: Unit.Week, Plural: false } && R(j + 1) == Role.Of && (MonthLed(j + 2) ?? DayLed(j + 2)) is { } day && day.Value.Length == 10 && day.Time.Earliest is { } dd)
            {
                return Make(i, day.EndTok, TimexType.Date, WeekValue(dd), day.Time.Anchor);
            }

            // "the 1988 period", "the 1989 quarter"
            if (Year(j) && (R(j + 1) == Role.Period || L(j + 1) is { Unit: Unit.Quarter, Plural: false }) && lastQuarter is { } lq)
            {
                return Make(i, j + 2, TimexType.Date, YearValue(t[j].Value) + lq[4..], TimeAnchor.PreviousDate);
            }
        }

        // "year-earlier", "year-ago" used alone as an adjective ("year-earlier results")
        if (L(i) is { Unit: Unit.Year, Plural: false } && P(i + 1, '-') && R(i + 2) is Role.Earlier or Role.Ago)
        {
            if (lastQuarter is not null)
            {
                return ReportedQuarter(i, i + 3, -4);
            }

            return dct is { } d ? Make(i, i + 3, TimexType.Date, YearValue(d.Year - 1), TimeAnchor.Publication) : Make(i, i + 3, TimexType.Date, "XXXX", TimeAnchor.None);
        }

        // "decades-long", "day-long": a length used as an adjective
        if (L(i) is { Unit: not Unit.None } lu && P(i + 1, '-') && R(i + 2) == Role.Long)
        {
            return Make(i, i + 3, TimexType.Duration, DurationValue(lu.Plural ? Many : 1, lu.Unit), TimeAnchor.None);
        }

        if (r == Role.The || r == Role.These)
        {
            // "these days", "the near term", "the short term", "the nineties"
            if (r == Role.These && L(i + 1) is { Unit: Unit.Day, Plural: true })
            {
                return Make(i, i + 2, TimexType.Date, "PRESENT_REF", TimeAnchor.Publication);
            }

            if (r == Role.The && (Word(i + 1, "near") || Word(i + 1, "short")) && Word(i + 2, "term"))
            {
                return Make(i, i + 3, TimexType.Date, "FUTURE_REF", TimeAnchor.Publication);
            }

            if (r == Role.The && DecadeWord(i + 1) is { } tens)
            {
                var century = dct is { } dd ? (dd.Year / 100 * 100) - (tens * 10 > dd.Year % 100 ? 100 : 0) : 1900;
                return Make(i, i + 2, TimexType.Date, DecadeValue(century + (tens * 10)), dct is null ? TimeAnchor.None : TimeAnchor.Publication);
            }
        }

        return null;
    }

    /// <summary>"nineties" → 9, "eighties" → 8 (decades named in words).</summary>
    private int? DecadeWord(int i)
    {
        string[] names = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (var k = 0; k < names.Length; k++)
        {
            if (Word(i, names[k]))
            {
                return k + 2;
            }
        }

        return null;
    }

    /// <summary>Years said in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand".</summary>
    private Hit? SpokenYear(int i)
    {
        var s = i;
        if (R(i) == Role.The && L(i + 1) is { Unit: Unit.Year, Plural: false })
        {
            i += 2;
            if (L(i) is { Number: 2 } && R(i + 1) == Role.Thousand)
            {
                var end = i + 2;
                var y = 2000;
                if (L(end) is { Number: > 0 and < 20 } extra)
                {
                    y += extra.Number;
                    end++;
                }

                return Make(s, end, TimexType.Date, YearValue(y), TimeAnchor.Explicit);
            }

            return null;
        }

        if (L(i) is not { Number: >= 17 and <= 20 } hundreds)
        {
            return null;
        }

        var k = i + 1;
        if (L(k) is not { Number: >= 10 and <= 90 } tens)
        {
            return null;
        }

        var year = (hundreds.Number * 100) + tens.Number;
        k++;
        if (tens.Number >= 20 && tens.Number % 10 == 0)
        {
            var m = P(k, '-') ? k + 1 : k;
            if (L(m) is { Number: > 0 and < 10 } ones)
            {
                year += ones.Number;
                k = m + 1;
            }
        }

        return Make(s, k, TimexType.Date, YearValue(year), TimeAnchor.Explicit);
    }
}
