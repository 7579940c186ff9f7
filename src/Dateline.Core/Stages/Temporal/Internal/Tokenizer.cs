namespace Dateline.Core.Stages.Temporal.Internal;

/// <summary>
/// A hand-written tokenizer: letters, digit groups and single punctuation marks. It looks every word up in the
/// temporal lexicon once, so the matcher never compares strings again.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Splits <paramref name="text"/> into tokens appended to <paramref name="tokens"/>.</summary>
    /// <example>"Sun Jan 8, 2017 2:28PM" → Sun | Jan | 8 | , | 2017 | 2:28 | PM.</example>
    public static void Tokenize(string text, List<Token> tokens)
    {
        var i = 0;
        var n = text.Length;
        var newlines = 0;
        var glued = false;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    newlines++;
                }

                glued = false;
                i++;
                continue;
            }

            var flags = newlines >= 2 ? TokenFlags.ParagraphBefore : TokenFlags.None;
            if (glued)
            {
                flags |= TokenFlags.Glued;
            }

            newlines = 0;
            glued = true;
            if (char.IsLetter(c))
            {
                i = ReadWord(text, i, flags, tokens);
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(text, i, flags, tokens);
            }
            else
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Punct, flags, -1, c, 0, 0, 0));
                i++;
            }
        }
    }

    private static int ReadWord(string text, int start, TokenFlags flags, List<Token> tokens)
    {
        var n = text.Length;
        // "a.m." / "p.m." are one word.
        if (start + 2 < n && text[start + 1] == '.' && (text[start + 2] is 'm' or 'M') && (text[start] is 'a' or 'p' or 'A' or 'P')
            && (start + 3 >= n || !char.IsLetter(text[start + 3])))
        {
            var end = start + 3 < n && text[start + 3] == '.' ? start + 4 : start + 3;
            var lex = Lexicon.Find(text[start] is 'a' or 'A' ? "am" : "pm");
            tokens.Add(new Token(start, end, TokenKind.Word, flags, lex, 0, 0, 0, 0));
            return end;
        }

        var i = start;
        while (i < n && char.IsLetter(text[i]))
        {
            i++;
        }

        var span = text.AsSpan(start, i - start);
        var id = Lexicon.Find(span);
        if (char.IsUpper(text[start]))
        {
            flags |= TokenFlags.Capital;
        }

        // Abbreviations keep their period: "Jan.", "Sept.".
        if (id >= 0 && i < n && text[i] == '.' && Lexicon.Entries[id].Abbreviation)
        {
            i++;
        }

        tokens.Add(new Token(start, i, TokenKind.Word, flags, id, 0, 0, 0, 0));
        return i;
    }

    private static int ReadNumber(string text, int start, TokenFlags flags, List<Token> tokens)
    {
        var n = text.Length;
        var i = start;
        var value = ReadDigits(text, ref i, out var digits);
        // Clock time: 2:28, 14:05.
        if (i + 2 < n && text[i] == ':' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && digits <= 2)
        {
            var j = i + 1;
            var minute = ReadDigits(text, ref j, out var md);
            if (md == 2)
            {
                tokens.Add(new Token(start, j, TokenKind.Number, flags | TokenFlags.Clock, -1, value, minute, 0, (byte)digits));
                return j;
            }
        }

        // Slashes: 1/8/2017, 1/2.
        if (i + 1 < n && text[i] == '/' && char.IsAsciiDigit(text[i + 1]) && digits <= 4)
        {
            var j = i + 1;
            var second = ReadDigits(text, ref j, out _);
            var third = -1;
            if (j + 1 < n && text[j] == '/' && char.IsAsciiDigit(text[j + 1]))
            {
                var k = j + 1;
                third = ReadDigits(text, ref k, out var td);
                third = td == 2 ? (third < 50 ? 2000 + third : 1900 + third) : third;
                j = k;
            }

            tokens.Add(new Token(start, j, TokenKind.Number, flags | TokenFlags.Slash, -1, value, second, third, (byte)digits));
            return j;
        }

        // Thousands separators and decimals make it a quantity, never a year or a day.
        var formatted = false;
        while (i + 1 < n && (text[i] is ',' or '.') && char.IsAsciiDigit(text[i + 1]))
        {
            // "1,998" groups by three; "2,3" is a list, not a number.
            if (text[i] == ',' && !(i + 3 < n && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])))
            {
                break;
            }

            formatted = true;
            i++;
            ReadDigits(text, ref i, out _);
        }

        if (formatted)
        {
            tokens.Add(new Token(start, i, TokenKind.Number, flags | TokenFlags.Formatted, -1, -1, 0, 0, (byte)digits));
            return i;
        }

        // 1990s, 5th, 22nd.
        if (i < n && char.IsLetter(text[i]))
        {
            var j = i;
            while (j < n && char.IsLetter(text[j]))
            {
                j++;
            }

            var suffix = text.AsSpan(i, j - i);
            if (suffix is "s")
            {
                tokens.Add(new Token(start, j, TokenKind.Number, flags | TokenFlags.PluralS, -1, value, 0, 0, (byte)digits));
                return j;
            }

            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(new Token(start, j, TokenKind.Number, flags | TokenFlags.Ordinal, -1, value, 0, 0, (byte)digits));
                return j;
            }
        }

        tokens.Add(new Token(start, i, TokenKind.Number, flags, -1, value, 0, 0, (byte)digits));
        return i;
    }

    private static int ReadDigits(string text, ref int i, out int digits)
    {
        var value = 0;
        digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            if (digits < 9)
            {
                value = (value * 10) + (text[i] - '0');
            }

            digits++;
            i++;
        }

        return digits > 9 ? -1 : value;
    }
}
