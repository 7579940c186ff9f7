using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Core.Stages.Extraction;

/// <summary>Fatalities stated in a sentence, as a range.</summary>
internal static partial class FatalityRules
{
    // The number words a toll is written in, as regex alternations of plain words (so the patterns below are built from
    // them) and, through Words, with their values. Each list's word at index i is worth its first value plus i steps.

    /// <summary>"one" … "twelve": the words worth 1 to 12; the only words (with "twenty") of a toll told as "N deaths".</summary>
    private const string Units = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    /// <summary>"thirteen" … "nineteen": 13 to 19.</summary>
    private const string Teens = "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    /// <summary>"twenty" … "fifty": 20 to 50 by tens.</summary>
    private const string Tens = "twenty|thirty|forty|fifty";

    /// <summary>Each number word with its value: "five" → 5, "fifteen" → 15, "forty" → 40.</summary>
    private static readonly Dictionary<string, int> Words = Units.Split('|').Select((w, i) => (Word: w, Value: i + 1))
        .Concat(Teens.Split('|').Select((w, i) => (Word: w, Value: i + 13)))
        .Concat(Tens.Split('|').Select((w, i) => (Word: w, Value: (i + 2) * 10)))
        .ToDictionary(p => p.Word, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The first stated death toll, or null.</summary>
    /// <example>"at least 12 people were killed" → 12..null; "killing 5" → 5..5; "dozens dead" → 24..99; "more than 100 killed" → 101..null.</example>
    public static Quantity? Find(string sentence)
    {
        // Cheap test first: no death word, no toll.
        if (!DeathWords().IsMatch(sentence))
        {
            return null;
        }

        var m = TollPattern().Match(sentence);
        if (!m.Success)
        {
            // "A member of opposition rebels was killed", "a fighter died": one death, told of a single person.
            return OneKilled().IsMatch(sentence) ? new Quantity(1, 1) : null;
        }

        var g = m.Groups["q"].Success ? m.Groups["q"] : m.Groups["q2"].Success ? m.Groups["q2"] : m.Groups["q3"];
        var q = g.Value;
        if (q.Length == 4 && q[0] is '1' or '2' && m.Groups["mod"].Length == 0)
        {
            // "in 2016 dozens were killed": a year, not a toll; look for the next candidate.
            return Find(sentence[(g.Index + 4)..]);
        }

        var mod = (m.Groups["mod"].Success ? m.Groups["mod"].Value : m.Groups["mod2"].Success ? m.Groups["mod2"].Value : m.Groups["mod3"].Value).ToLowerInvariant().Trim();
        var (min, max) = Value(q);
        if (min < 0)
        {
            return null;
        }

        if (min == max)
        {
            // "Five citizens and three fighters died", "killing an opposition fighter and at least 4 more civilians",
            // "Three militants died, along with two civilians": the parts of one toll, told one group after another.
            var parts = m.Groups["q"].Success
                ? Parts(m.Groups["span"].Value) + Parts(AfterDeath().Match(sentence, m.Index + m.Length).Groups["rest"].Value)
                : Parts(ClauseRest().Match(sentence, g.Index + g.Length).Value);
            (min, max) = (min + parts, max + parts);
        }

        return mod switch
        {
            "at least" or "no fewer than" => new Quantity(min, null),
            "more than" or "over" => new Quantity(min + 1, null),
            "up to" or "at most" => new Quantity(0, max),
            "about" or "around" or "some" or "nearly" or "almost" => new Quantity(min, max),
            _ => new Quantity(min, max),
        };
    }

    /// <summary>
    /// The toll a report settles on for its event, stated as a tally rather than told: it stands over the deaths told
    /// in the account ("1 soldier was killed. Fatalities coded as 0 (VoJ reported 1 fatality)." → 0).
    /// </summary>
    /// <example>"Fatalities coded as 3 (VoJ reported 3)." → 3..3; "Unknown number of fatalities coded to 10." → 10..10;
    /// "An unknown number of fatalities was coded as 10." → 10..10; "No fatalities reported." → null (see <see cref="Find"/>).</example>
    public static Quantity? Tally(string sentence)
    {
        var m = TallyPattern().Match(sentence);
        return m.Success && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? new Quantity(n, n) : null;
    }

    private static (int Min, int? Max) Value(string q) => q.ToLowerInvariant() switch
    {
        "dozens" => (24, 99),
        "scores" => (40, 99),
        "hundreds" => (200, 999),
        "a dozen" => (12, 12),
        "a" or "an" => (1, 1),
        _ => ParseNumber(q) is { } n ? (n, n) : (-1, null),
    };

    /// <summary>The further exact counts joined to a toll by "and", "as well as", "along with" or "plus".</summary>
    private static int Parts(string text)
    {
        var sum = 0;
        foreach (Match p in PartPattern().Matches(text))
        {
            if (Value(p.Groups["n"].Value) is (var n, int max) && n == max)
            {
                sum += n;
            }
        }

        return sum;
    }

    private static int? ParseNumber(string q)
    {
        if (int.TryParse(q.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return Words.TryGetValue(q, out var w) ? w : null;
    }

    // "Fatalities coded as 0", "Total fatalities coded N", "fatalities that are coded as 10", "fatalities was coded to 10"
    [GeneratedRegex(@"\b[Ff]atalities (?:(?:that|which) )?(?:(?:are|were|was|is|have been) )?coded (?:as |to |at )?(?<n>\d+)\b")]
    private static partial Regex TallyPattern();

    [GeneratedRegex(@"kill|dead|died|slain|lost their lives|fatalities|deaths|death of|lives of", RegexOptions.IgnoreCase)]
    private static partial Regex DeathWords();

    // "A member of opposition rebels was killed", "a civilian died": an article, at most six words, then the death.
    [GeneratedRegex(@"\b(?:[Aa]n?|[Oo]ne) (?:[\w-]+ ){1,6}?(?:was (?:killed|shot dead)|died)\b")]
    private static partial Regex OneKilled();

    private const string Numbers = @"\d[\d,]*|dozens|scores|hundreds|a dozen|" + Units + "|" + Teens + "|" + Tens;
    private const string Modifiers = @"at least|more than|over|some|about|around|up to|nearly|almost|no fewer than";

    // "a fighter", "an officer": one; not "a number of", "an estimated 30"
    private const string One = @"an?(?!\s+(?:number|few|total|lot|series|further|estimated|dozen)\b)";

    // "at least 12 people were killed", "12 Taliban militants including 2 commanders were killed", "15 dead",
    // "2 members of the gunmen loyal to the regime were killed", "15 fighters reported being killed";
    // "killing 5 civilians", "managed to kill ten soldiers", "shot and killed a fighter", "resulted in the killing of 1 rebel",
    // "led to the death of 9 militants", "claimed the lives of six"; "leading to 6 fatalities", "2 fatalities were reported"
    [GeneratedRegex(@"(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)(?<!\d)\b(?:(?<mod>" + Modifiers + @")\s+)?(?<q>" + Numbers + @")\s+(?<span>(?:[\w-]+\s+){0,9}?)(?:were|was|have been|had been|are|been|being)?\s*(?:killed|dead|died|slain|lost their lives)\b"
        + @"|\b(?:(?:killing|killed|kills|kill|killing of)\s+(?:(?<mod2>" + Modifiers + @")\s+)?(?<q2>" + Numbers + "|" + One + @")|(?:death|deaths|lives) of\s+(?:(?<mod2>" + Modifiers + @")\s+)?(?<q2>" + Numbers + @"))\b"
        + @"|(?<![\d,])\b(?:(?<mod3>" + Modifiers + @")\s+)?(?<q3>\d[\d,]*|" + Units + @"|twenty)\s+(?:[\w-]+\s+){0,2}?(?:fatalities|deaths)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TollPattern();

    // "and three fighters", "as well as a civilian", "along with two civilians", "and at least 4 more"
    [GeneratedRegex(@"\b(?:and|as well as|along with|plus)\s+(?:at least\s+)?(?<n>" + Numbers + "|" + One + @")\s", RegexOptions.IgnoreCase)]
    private static partial Regex PartPattern();

    // ", along with two civilians" right after the deaths
    [GeneratedRegex(@"\G(?<rest>,?\s+(?:along with|as well as)\s+(?:" + Numbers + "|" + One + @")\s)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterDeath();

    // the rest of the clause after "killing 5 civilians": up to a comma, semicolon, the end of the sentence or the wounded
    // ("killed 1 policeman and wounded 1-2 policemen and 3 civilians": the 3 are wounded)
    [GeneratedRegex(@"\G(?:(?!\b(?:wound|injur|captur|abduct|kidnap|arrest))[^,;.])*")]
    private static partial Regex ClauseRest();
}
