namespace Dateline.Core.Evaluation;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer, as ROUGE uses it with stemming on: "killed" → "kill",
/// "negotiations" → "negoti", "ratified" → "ratifi". Written from the published algorithm.
/// </summary>
internal static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2)
        {
            return word;
        }

        var w = word.ToLowerInvariant();
        w = Step1A(w);
        w = Step1B(w);
        w = Step1C(w);
        w = Step2(w);
        w = Step3(w);
        w = Step4(w);
        w = Step5(w);
        return w;
    }

    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>m, the number of VC sequences in the stem [C](VC)^m[V].</summary>
    private static int Measure(string stem)
    {
        var m = 0;
        var i = 0;
        while (i < stem.Length && IsConsonant(stem, i))
        {
            i++;
        }

        while (i < stem.Length)
        {
            while (i < stem.Length && !IsConsonant(stem, i))
            {
                i++;
            }

            if (i >= stem.Length)
            {
                break;
            }

            while (i < stem.Length && IsConsonant(stem, i))
            {
                i++;
            }

            m++;
        }

        return m;
    }

    private static bool HasVowel(string stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsDoubleConsonant(string w) =>
        w.Length >= 2 && w[^1] == w[^2] && IsConsonant(w, w.Length - 1);

    /// <summary>*o: the stem ends cvc, where the second c is not w, x or y ("hop", not "snow").</summary>
    private static bool EndsCvc(string w) =>
        w.Length >= 3 && IsConsonant(w, w.Length - 3) && !IsConsonant(w, w.Length - 2) && IsConsonant(w, w.Length - 1)
        && w[^1] is not 'w' and not 'x' and not 'y';

    private static bool TryReplace(ref string w, string suffix, string replacement, int minMeasure)
    {
        if (!w.EndsWith(suffix, StringComparison.Ordinal))
        {
            return false;
        }

        var stem = w[..^suffix.Length];
        if (Measure(stem) > minMeasure)
        {
            w = stem + replacement;
        }

        return true;
    }

    private static string Step1A(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w;
        }

        return w.EndsWith('s') ? w[..^1] : w;
    }

    private static string Step1B(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            return Measure(w[..^3]) > 0 ? w[..^1] : w;
        }

        string? stem = null;
        if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w[..^2]))
        {
            stem = w[..^2];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w[..^3]))
        {
            stem = w[..^3];
        }

        if (stem is null)
        {
            return w;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (EndsDoubleConsonant(stem) && stem[^1] is not 'l' and not 's' and not 'z')
        {
            return stem[..^1];
        }

        return Measure(stem) == 1 && EndsCvc(stem) ? stem + "e" : stem;
    }

    private static string Step1C(string w) =>
        w.EndsWith('y') && HasVowel(w[..^1]) ? w[..^1] + "i" : w;

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("abli", "able"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti",
        "ous", "ive", "ize",
    ];

    private static string Step2(string w)
    {
        foreach (var (suffix, replacement) in Step2Rules.OrderByDescending(r => r.Suffix.Length))
        {
            if (TryReplace(ref w, suffix, replacement, 0))
            {
                return w;
            }
        }

        return w;
    }

    private static string Step3(string w)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (TryReplace(ref w, suffix, replacement, 0))
            {
                return w;
            }
        }

        return w;
    }

    private static string Step4(string w)
    {
        foreach (var suffix in Step4Suffixes.OrderByDescending(s => s.Length))
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = w[..^suffix.Length];
            if (suffix == "ion" && !(stem.EndsWith('s') || stem.EndsWith('t')))
            {
                return w;
            }

            return Measure(stem) > 1 ? stem : w;
        }

        return w;
    }

    private static string Step5(string w)
    {
        if (w.EndsWith('e'))
        {
            var stem = w[..^1];
            var m = Measure(stem);
            if (m > 1 || (m == 1 && !EndsCvc(stem)))
            {
                w = stem;
            }
        }

        if (Measure(w) > 1 && EndsDoubleConsonant(w) && w.EndsWith('l'))
        {
            w = w[..^1];
        }

        return w;
    }
}
