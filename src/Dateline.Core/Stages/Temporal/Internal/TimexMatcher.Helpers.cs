using System.Globalization;
using Dateline.Core.Model;

namespace Dateline.Core.Stages.Temporal.Internal;

/// <summary>Token tests, value formatting and calendar arithmetic shared by the rules.</summary>
internal sealed partial class TimexMatcher
{
    /// <summary>An unknown count ("several years" → PXY).</summary>
    private const double Many = -1;

    private readonly string text;
    private readonly List<Token> t;
    private readonly DateOnly? dct;
    private DateOnly? lastDay;
    private TimeValue? lastRef;
    private string? lastQuarter;

    // The fiscal year of a span of months reported after a quarter ("For the nine months, …"): "a year earlier" then
    // means the year before it.
    private int? spanYear;

    private readonly bool wholePhraseOffsets;

    public TimexMatcher(string text, List<Token> tokens, DateOnly? dct, bool wholePhraseOffsets = false)
    {
        this.wholePhraseOffsets = wholePhraseOffsets;
        this.text = text;
        t = tokens;
        this.dct = dct;
    }

    private LexEntry? L(int i) => i >= 0 && i < t.Count && t[i].Lex >= 0 ? Lexicon.Entries[t[i].Lex] : null;

    private Role R(int i) => L(i)?.Role ?? Role.None;

    private bool P(int i, char c) => i >= 0 && i < t.Count && t[i].Kind == TokenKind.Punct && t[i].Value == c;

    private bool Word(int i, string w) => i >= 0 && i < t.Count && t[i].Kind == TokenKind.Word
        && text.AsSpan(t[i].Start, t[i].Length).TrimEnd('.').Equals(w, StringComparison.OrdinalIgnoreCase);

    private bool Cap(int i) => i >= 0 && i < t.Count && t[i].Has(TokenFlags.Capital);

    private const TokenFlags Special = TokenFlags.Clock | TokenFlags.Slash | TokenFlags.Formatted | TokenFlags.PluralS | TokenFlags.Ordinal;

    /// <summary>A plain integer token ("30", "2017").</summary>
    private bool Num(int i) => i >= 0 && i < t.Count && t[i].Kind == TokenKind.Number && (t[i].Flags & Special) == 0 && t[i].Value >= 0;

    /// <summary>A day of month: "30", "5th".</summary>
    private bool DayNum(int i) => i >= 0 && i < t.Count && t[i].Kind == TokenKind.Number && (t[i].Flags & (Special & ~TokenFlags.Ordinal)) == 0
        && t[i].Digits <= 2 && t[i].Value is >= 1 and <= 31 && !P(i + 1, '%') && L(i + 1) is not { Unit: not Unit.None };

    /// <summary>A four-digit year, 1800–2199 (earlier years only after "in"/"of"/"since").</summary>
    private bool Year(int i)
    {
        if (!Num(i) || t[i].Digits != 4)
        {
            return false;
        }

        var v = t[i].Value;
        if (v is >= 1800 and <= 2199)
        {
            return !P(i - 1, '$') && !P(i + 1, '%') && !Word(i + 1, "percent");
        }

        return v is >= 1000 and < 1800 && (R(i - 1) is Role.In or Role.Of or Role.Since || Word(i - 1, "by") || Word(i - 1, "until"));
    }

    /// <summary>A Gregorian month name at a position where it names a month ("May" only in date context).</summary>
    private int MonthAt(int i)
    {
        var e = L(i);
        if (e is null || e.Month == 0 || !Cap(i))
        {
            return 0;
        }

        var hasDot = text[t[i].End - 1] == '.';
        var word = t[i].Length;
        var dateFollows = DayNum(i + 1) || Year(i + 1) || (P(i + 1, ',') && Year(i + 2));
        // Short forms without a period ("Mar", "Jun") and "May"/"March" need a day or year after, or a preposition before.
        if (e.Month == 5 || e.Month == 3 || (word <= 4 && !hasDot && e.Month is not (6 or 7)))
        {
            if (!dateFollows && !DayNum(i - 1) && !(R(i - 1) is Role.In or Role.Of or Role.Since or Role.Last or Role.Next or Role.This or Role.Early or Role.Late
                    or Role.Mid or Role.Until or Role.FutureCue or Role.Before or Role.After or Role.Until)
                && !Word(i - 1, "by") && !Word(i - 1, "from") && !Word(i - 1, "through") && !Word(i - 1, "during") && !P(i - 1, '-'))
            {
                return 0;
            }
        }

        return e.Month;
    }

    /// <summary>A cardinal count at i: "two", "twenty-four", "30", "a", "several", "a few", "1 1/2". Returns the index after it.</summary>
    private int Count(int i, out double value)
    {
        value = 0;
        if (i >= t.Count)
        {
            return i;
        }

        var e = L(i);
        if (Num(i) && t[i].Digits <= 4)
        {
            value = t[i].Value;
            // "1 1/2"
            if (i + 1 < t.Count && t[i + 1].Has(TokenFlags.Slash) && t[i + 1].Value3 < 0 && t[i + 1].Value2 > 0 && t[i + 1].Value < t[i + 1].Value2)
            {
                value += (double)t[i + 1].Value / t[i + 1].Value2;
                return i + 2;
            }

            return i + 1;
        }

        if (t[i].Kind == TokenKind.Number && t[i].Has(TokenFlags.Formatted))
        {
            var s = text.AsSpan(t[i].Start, t[i].Length);
            if (s.IndexOf(',') < 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                value = d;
                return i + 1;
            }

            return i;
        }

        if (e is null)
        {
            return i;
        }

        if (e.Number >= 0)
        {
            value = e.Number;
            var j = i + 1;
            // "twenty-four", "twenty four"
            if (e.Number >= 20 && e.Number % 10 == 0)
            {
                var k = P(j, '-') ? j + 1 : j;
                if (L(k) is { Number: > 0 and < 10 } u)
                {
                    value += u.Number;
                    j = k + 1;
                }
            }

            if (R(j) == Role.Hundred)
            {
                value *= 100;
                j++;
            }

            return j;
        }

        switch (e.Role)
        {
            case Role.A:
                if (R(i + 1) == Role.Few)
                {
                    value = Many;
                    return i + 2;
                }

                if (R(i + 1) == Role.Couple && R(i + 2) == Role.Of && L(i + 3) is { Unit: not Unit.None })
                {
                    value = 2;
                    return i + 3;
                }

                if (R(i + 1) == Role.Dozen)
                {
                    value = 12;
                    return i + 2;
                }

                if (R(i + 1) == Role.Hundred)
                {
                    value = 100;
                    return i + 2;
                }

                value = 1;
                return i + 1;
            case Role.Several or Role.Few or Role.Many:
                value = Many;
                return i + 1;
            case Role.Half when R(i + 1) == Role.A:
                value = 0.5;
                return i + 2;
            case Role.Dozen:
                value = 12;
                return i + 1;
            case Role.Couple when R(i + 1) == Role.Of:
                value = 2;
                return i + 2;
            default:
                return i;
        }
    }

    /// <summary>
    /// Which way an unanchored expression points, read from the cue words nearest to it in its sentence:
    /// -1 past ("was", "-ed"), +1 future ("will", "scheduled"), 0 no cue.
    /// </summary>
    /// <example>"talks are scheduled to be held in Astana later this month" → +1; "implemented an accord in December" → -1.</example>
    private int Tense(int start, int end, bool prepositions = true)
    {
        // "since March" looks back; "until March 6", "effective Feb. 1", "payable Jan. 2" and (except for weekdays,
        // where the verb decides: "had filed reports by Wednesday") "by August" look ahead.
        if (R(start - 1) == Role.Since)
        {
            return -1;
        }

        if ((prepositions && Word(start - 1, "by")) || Word(start - 1, "effective") || Word(start - 1, "payable") || R(start - 1) == Role.Until
            || Word(start - 1, "till") || (R(start - 1) == Role.To && Word(start - 2, "extended")))
        {
            // "Until Thursday, they had not called him a suspect": a past perfect puts the limit behind.
            return PastPerfectAfter(end) ? -1 : 1;
        }

        var best = int.MaxValue;
        var dir = 0;
        for (var k = start - 1; k >= 0 && start - k <= 20; k--)
        {
            if (IsBoundary(k))
            {
                break;
            }

            var c = Cue(k);
            if (c != 0)
            {
                best = start - k;
                dir = c;
                break;
            }
        }

        for (var k = end; k < t.Count && k - end + 1 < Math.Min(best, 12); k++)
        {
            if (IsBoundary(k) || P(k, ',') || R(k) == Role.And || Word(k, "but"))
            {
                break;
            }

            var c = Cue(k);
            if (c != 0)
            {
                return c;
            }
        }

        return dir;
    }

    /// <summary>"had" + a verb within the clause after <paramref name="end"/>: "until May, they had not …".</summary>
    private bool PastPerfectAfter(int end)
    {
        for (var k = end; k < t.Count && k - end < 8; k++)
        {
            if (IsBoundary(k))
            {
                return false;
            }

            if (Word(k, "had") && k + 1 < t.Count && t[k + 1].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSentenceStart(int i) => i == 0 || IsBoundary(i - 1) || t[i].Has(TokenFlags.ParagraphBefore) || P(i - 1, '"') || P(i - 1, '`');

    private bool IsBoundary(int k) =>
        (t[k].Kind == TokenKind.Punct && (t[k].Value is '!' or '?' or ';' || (t[k].Value == '.' && !AbbreviationBefore(k)))) || t[k].Has(TokenFlags.ParagraphBefore);

    /// <summary>A period after an initial or a title ("P.", "Mr.", "Inc.") does not end the sentence.</summary>
    private bool AbbreviationBefore(int k)
    {
        if (k == 0 || t[k - 1].Kind != TokenKind.Word || t[k - 1].End != t[k].Start)
        {
            return false;
        }

        var w = text.AsSpan(t[k - 1].Start, t[k - 1].Length);
        if (w.Length == 1 && char.IsUpper(w[0]))
        {
            return true;
        }

        return w is "Mr" or "Mrs" or "Ms" or "Dr" or "Inc" or "Corp" or "Co" or "Ltd" or "Jr" or "Sr" or "St" or "Gen" or "Gov" or "Sen" or "Rep"
            or "Lt" or "Col" or "Sgt" or "Capt" or "Prof" or "No" or "vs" or "Calif" or "Mass" or "Conn" or "Fla" or "Wis" or "Ill" or "Mich";
    }

    private int Cue(int k)
    {
        var tok = t[k];
        if (tok.Kind != TokenKind.Word)
        {
            return 0;
        }

        var r = R(k);
        // "next to the embassy" is a place.
        if (r == Role.Next && R(k + 1) == Role.To)
        {
            return 0;
        }

        if (r == Role.FutureCue || r == Role.Upcoming || r == Role.Next || r == Role.Tomorrow || r == Role.Coming || r == Role.Until
            || (r is Role.Soon or Role.Early && R(k - 1) == Role.As))
        {
            return 1;
        }

        if (r == Role.PastCue || r == Role.Ago || r == Role.Yesterday || r == Role.Last)
        {
            return -1;
        }

        // "is to resume trading Tuesday"
        if (r == Role.PresentCue && R(k + 1) == Role.To)
        {
            return 1;
        }

        if (r == Role.PresentCue)
        {
            return 0;
        }

        // "set to resume Monday", "due to expire"
        if ((Word(k, "set") || Word(k, "due") || Word(k, "plan") || Word(k, "plans") || Word(k, "going")) && R(k + 1) == Role.To)
        {
            return 1;
        }

        // Regular past tense: "implemented", "arrived" (not capitalized names).
        if (tok.Lex < 0 && tok.Length > 4 && text[tok.End - 1] == 'd' && text[tok.End - 2] == 'e'
            && (!tok.Has(TokenFlags.Capital) || k == 0 || IsBoundary(k - 1) || t[k].Has(TokenFlags.ParagraphBefore))
            && R(k - 1) is not (Role.PresentCue or Role.FutureCue) && !Word(k - 1, "to"))
        {
            return -1;
        }

        return 0;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MonthValue(int y, int m) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}");

    private static string YearValue(int y) => y.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>
    /// A decade in TimeML's reduced form, the year's first three digits: the TimeML guidelines write the 1990s as "199"
    /// and most of TimeBank's decades follow them (TBAQ: 7 of 11 decade names).
    /// </summary>
    /// <example>1994 → "199"; 1980 → "198".</example>
    private static string DecadeValue(int y) => (y / 10).ToString("D3", CultureInfo.InvariantCulture);

    private static string WeekValue(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    private static string QuarterValue(int y, int q) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-Q{q}");

    private static int QuarterOf(DateOnly d) => ((d.Month - 1) / 3) + 1;

    /// <summary>The value naming the <paramref name="unit"/> that contains <paramref name="d"/>.</summary>
    /// <example>(2017-01-08, Week) → 2017-W01; (2017-01-08, Decade) → 201.</example>
    private static string UnitValue(DateOnly d, Unit unit) => unit switch
    {
        Unit.Week => WeekValue(d),
        Unit.Weekend => WeekValue(d) + "-WE",
        Unit.Month => MonthValue(d.Year, d.Month),
        Unit.Quarter => QuarterValue(d.Year, QuarterOf(d)),
        Unit.Half => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-H{(d.Month <= 6 ? 1 : 2)}"),
        Unit.Year => YearValue(d.Year),
        Unit.Decade => DecadeValue(d.Year),
        Unit.Century => string.Create(CultureInfo.InvariantCulture, $"{d.Year / 100:D2}"),
        _ => Day(d),
    };

    /// <summary>The value of a unit whose position is unknown (no DCT): "XXXX-WXX".</summary>
    private static string UnknownValue(Unit unit) => unit switch
    {
        Unit.Week => "XXXX-WXX",
        Unit.Weekend => "XXXX-WXX-WE",
        Unit.Month => "XXXX-XX",
        Unit.Quarter => "XXXX-QX",
        Unit.Half => "XXXX-HX",
        Unit.Year => "XXXX",
        Unit.Decade => "XXXX",
        Unit.Century => "XXXX",
        _ => "XXXX-XX-XX",
    };

    private static DateOnly Shift(DateOnly d, Unit unit, int n) => unit switch
    {
        Unit.Day => d.AddDays(n),
        Unit.Week or Unit.Weekend => d.AddDays(7 * n),
        Unit.Month => d.AddMonths(n),
        Unit.Quarter => d.AddMonths(3 * n),
        Unit.Half => d.AddMonths(6 * n),
        Unit.Year => d.AddYears(n),
        Unit.Decade => d.AddYears(10 * n),
        Unit.Century => d.AddYears(100 * n),
        _ => d,
    };

    /// <summary>A TIMEX3 duration value: (3, Day) → P3D; (Many, Year) → PXY; (1.5, Hour) → PT1H30M.</summary>
    private static string DurationValue(double count, Unit unit)
    {
        if (count < 0)
        {
            return unit switch
            {
                Unit.Second => "PTXS",
                Unit.Minute => "PTXM",
                Unit.Hour => "PTXH",
                Unit.Day => "PXD",
                Unit.Week => "PXW",
                Unit.Weekend => "PXW",
                Unit.Month => "PXM",
                Unit.Quarter => "PXQ",
                Unit.Half => "PXM",
                Unit.Year => "PXY",
                // Counted decades are years ("two decades" → P20Y), so uncounted ones are too: "decades-long" → PXY.
                Unit.Decade => "PXY",
                _ => "PXCE",
            };
        }

        if (count != Math.Floor(count))
        {
            // Fractions go one unit down: 1.5 hours → PT1H30M, 2.5 years → P30M.
            var whole = (int)Math.Floor(count);
            var part = count - whole;
            return unit switch
            {
                Unit.Hour => FormatInv($"PT{whole}H{(int)Math.Round(part * 60)}M").Replace("PT0H", "PT", StringComparison.Ordinal),
                Unit.Minute => FormatInv($"PT{whole}M{(int)Math.Round(part * 60)}S").Replace("PT0M", "PT", StringComparison.Ordinal),
                Unit.Year when whole > 0 => FormatInv($"P{whole}Y{(int)Math.Round(part * 12)}M"),
                Unit.Day => FormatInv($"PT{(int)Math.Round(count * 24)}H"),
                Unit.Week => FormatInv($"P{(int)Math.Round(count * 7)}D"),
                Unit.Month => FormatInv($"P{(int)Math.Round(count * 30)}D"),
                Unit.Year => FormatInv($"P{(int)Math.Round(count * 12)}M"),
                Unit.Decade => FormatInv($"P{(int)Math.Round(count * 10)}Y"),
                Unit.Century => FormatInv($"P{(int)Math.Round(count * 100)}Y"),
                _ => FormatInv($"P{count}{UnitLetter(unit)}"),
            };
        }

        var n = (int)count;
        return unit switch
        {
            Unit.Second => FormatInv($"PT{n}S"),
            Unit.Minute => FormatInv($"PT{n}M"),
            Unit.Hour => FormatInv($"PT{n}H"),
            Unit.Weekend => FormatInv($"P{n * 2}D"),
            Unit.Half => FormatInv($"P{n * 6}M"),
            Unit.Decade => FormatInv($"P{n * 10}Y"),
            Unit.Century => FormatInv($"P{n * 100}Y"),
            _ => FormatInv($"P{n}{UnitLetter(unit)}"),
        };
    }

    private static string UnitLetter(Unit unit) => unit switch
    {
        Unit.Day => "D",
        Unit.Week => "W",
        Unit.Month => "M",
        Unit.Quarter => "Q",
        _ => "Y",
    };

    private static string FormatInv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static Hit Make(int s, int e, TimexType type, string value, TimeAnchor anchor, string? mod = null) =>
        new(s, e, type, value, mod, TimeValue.FromTimeMl(value, mod, anchor));

    /// <summary>Weekday of <paramref name="dow"/> resolved against the DCT: -2 "last", +2 "next", 0 by tense (news default: past).</summary>
    private DateOnly? WeekdayDate(int dow, int mode, int s, int e)
    {
        if (dct is not { } d)
        {
            return null;
        }

        var cur = (int)d.DayOfWeek;
        var back = (cur - dow + 7) % 7;
        var fwd = (dow - cur + 7) % 7;
        switch (mode)
        {
            case -2:
                return d.AddDays(-(back == 0 ? 7 : back));
            case 2:
                return d.AddDays(fwd == 0 ? 7 : fwd);
        }

        // "Wednesday's ruling", "Tuesday's attack": a possessive weekday names a day whose news is out, so it has passed.
        if (P(e, '\'') && Word(e + 1, "s"))
        {
            return d.AddDays(-back);
        }

        var tense = Tense(s, e, prepositions: false);
        return tense > 0 ? d.AddDays(fwd) : d.AddDays(-back);
    }

    /// <summary>The year of a month named without one: "last December" (-2), "next May" (+2), "in December" (tense).</summary>
    private int? MonthYear(int month, int day, int mode, int s, int e)
    {
        if (dct is not { } d)
        {
            return null;
        }

        switch (mode)
        {
            case -2:
                return month < d.Month ? d.Year : d.Year - 1;
            case 2:
                return month > d.Month ? d.Year : d.Year + 1;
            case 1:
                return d.Year;
        }

        var tense = Tense(s, e);
        if (day == 0)
        {
            // A month alone: past → the latest one not after the DCT's month, future → the next one not before it,
            // no cue → the nearest (ties look back).
            var ahead = month - d.Month;
            if (tense < 0)
            {
                // The next two months are still ahead even in a past-tense sentence ("agreed to complete it in January").
                var cyclic = (ahead + 12) % 12;
                if (cyclic is > 0 and <= 3)
                {
                    return month < d.Month ? d.Year + 1 : d.Year;
                }

                return ahead <= 0 ? d.Year : d.Year - 1;
            }

            if (tense > 0)
            {
                return ahead >= 0 ? d.Year : d.Year + 1;
            }

            // No cue: news looks back; only the next month or two count as ahead.
            return ahead > 2 ? d.Year - 1 : d.Year;
        }

        // A month and day: the DCT's year unless the text points clearly the other way. Dates a few weeks ahead of
        // a past-tense sentence are deadlines ("extended the offer to Nov. 6"), not last year's.
        var here = new DateOnly(d.Year, month, Math.Min(day, DateTime.DaysInMonth(d.Year, month)));
        var gap = here.DayNumber - d.DayNumber;
        // "the fiscal year ended Jan. 31", "the quarter ended Sept. 30": a reported period is over, so its end has passed.
        if (Word(s - 1, "ended"))
        {
            return gap > 0 ? d.Year - 1 : d.Year;
        }

        if (tense < 0)
        {
            // Within three months ahead a date in a past-tense sentence is usually a deadline, across a year end too.
            var nextYear = new DateOnly(d.Year + 1, month, Math.Min(day, DateTime.DaysInMonth(d.Year + 1, month)));
            if (nextYear.DayNumber - d.DayNumber <= 90)
            {
                return d.Year + 1;
            }

            return gap > 90 ? d.Year - 1 : d.Year;
        }

        if (tense > 0)
        {
            return gap < -60 ? d.Year + 1 : d.Year;
        }

        return gap > 90 ? d.Year - 1 : gap < -270 ? d.Year + 1 : d.Year;
    }
}
