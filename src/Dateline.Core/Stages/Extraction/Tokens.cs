namespace Dateline.Core.Stages.Extraction;

/// <summary>A word of a sentence with its offsets in the sentence.</summary>
internal readonly record struct Token(int Start, int End, string Text)
{
    public string Lower => Text.ToLowerInvariant();

    /// <summary>The run of letters that ends before <paramref name="start"/>, spaces skipped; empty (Start == End) when a
    /// non-letter stands there.</summary>
    /// <example>"talks with Russia", start of "Russia" → "with"; "Kabul, Afghanistan", start of "Afghanistan" → empty at the comma.</example>
    public static (int Start, int End) Before(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return (begin, end);
    }

    /// <summary>Splits into words: letters, digits, inner hyphens and apostrophes ("al-Assad", "city's" → "city", "'s").</summary>
    public static List<Token> Split(string sentence)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsLetterOrDigit(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && (char.IsLetterOrDigit(sentence[i])
                || (sentence[i] is '-' or '.' && i + 1 < sentence.Length && char.IsLetterOrDigit(sentence[i + 1]) && (sentence[i] == '-' || char.IsDigit(sentence[i + 1])))))
            {
                i++;
            }

            tokens.Add(new Token(start, i, sentence[start..i]));
            if (i + 1 < sentence.Length && sentence[i] is '\'' or '’' && sentence[i + 1] == 's')
            {
                tokens.Add(new Token(i, i + 2, "'s"));
                i += 2;
            }
        }

        return tokens;
    }
}
