namespace Dateline.Core.Stages.Extraction;

/// <summary>A word of a sentence with its offsets in the sentence.</summary>
internal readonly record struct Token(int Start, int End, string Text)
{
    public string Lower => Text.ToLowerInvariant();

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
