using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;

namespace Dateline.Core.Stages.Resolution.Internal;

/// <summary>A word of a text: its span and its folded lookup form.</summary>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="End">Offset just past the last character kept (a possessive "'s" is left out).</param>
/// <param name="Key">Lower-case ASCII form ("Dowlatābād" → "dowlatabad", "Hay'at" → "hayat").</param>
/// <param name="IsCapitalised">True when the first letter is upper case ("Aleppo", "ISIS").</param>
/// <param name="IsAllCaps">True when every letter is upper case and there are at least two ("ISIS", "UN").</param>
internal readonly record struct Token(int Start, int End, string Key, bool IsCapitalised, bool IsAllCaps);

/// <summary>
/// Folds names and texts into lookup keys, the same way for the tables and for the text being scanned, so that
/// "al-Nusra" = "Al Nusra", "Türkiye" = "Turkiye", "Hay'at" = "Hayat" and "U.S." = "U S".
/// </summary>
internal static class TextKey
{
    // Letters NFD cannot take apart, and quote marks that are apostrophes in transliterations ("ʻAbd", "Da’esh").
    private static readonly FrozenDictionary<char, string> BuiltIn = new Dictionary<char, string>
    {
        ['ı'] = "i", ['ł'] = "l", ['Ł'] = "L", ['ø'] = "o", ['Ø'] = "O", ['đ'] = "d", ['Đ'] = "D", ['ð'] = "d",
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "Ae", ['œ'] = "oe", ['ħ'] = "h", ['ə'] = "e", ['Ə'] = "E",
        ['é'] = "e", ['É'] = "E", ['è'] = "e", ['ü'] = "u", ['Ü'] = "U", ['ö'] = "o", ['Ö'] = "O", ['ç'] = "c",
        ['Ç'] = "C", ['ş'] = "s", ['Ş'] = "S", ['ğ'] = "g", ['İ'] = "I", ['ā'] = "a", ['ī'] = "i", ['ū'] = "u",
    }.ToFrozenDictionary();

    // The generated table (every non-ASCII letter of the gazetteer, NFD without marks) over the built-ins.
    private static readonly FrozenDictionary<char, string> Fold = LoadFold();

    /// <summary>Arabic articles that news writes with or without ("al-Bab" = "Bab", "Ar Raqqah" = "Raqqah").</summary>
    private static readonly FrozenSet<string> Articles = PlaceWords.Set(PlaceWords.Articles);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleLookup = Articles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for an Arabic article, in any case ("al", "Ar", "ash"), as a word of its own.</summary>
    public static bool IsArticle(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[4];
        return word.Length <= lower.Length && word.ToLowerInvariant(lower) == word.Length && ArticleLookup.Contains(lower[..word.Length]);
    }

    /// <summary>Splits a text into words: letters and digits, with apostrophes inside a word kept out of the key.</summary>
    /// <example>"Hay'at Tahrir al-Sham's fighters" → hayat | tahrir | al | sham (span without "'s") | fighters.</example>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var sb = new StringBuilder(32);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i;
            var upperFirst = char.IsUpper(text[i]);
            var letters = 0;
            var uppers = 0;
            sb.Clear();
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    if (char.IsLetter(c))
                    {
                        letters++;
                        if (char.IsUpper(c))
                        {
                            uppers++;
                        }
                    }

                    AppendFolded(sb, c);
                    i++;
                    end = i;
                }
                else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    // Possessive: "Assad's" → "assad", span ends before the apostrophe.
                    if ((text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                    {
                        i += 2;
                        break;
                    }

                    i++;
                }
                else
                {
                    break;
                }
            }

            if (sb.Length > 0)
            {
                tokens.Add(new Token(start, end, sb.ToString(), upperFirst, letters >= 2 && uppers == letters));
            }
        }

        return tokens;
    }

    /// <summary>The lookup key of a name: its folded words joined by single spaces.</summary>
    /// <example>"Jabhat al-Nusra" → "jabhat al nusra"; "U.S." → "u s"; "Mazār-e Sharīf" → "mazar e sharif".</example>
    public static string Key(string name)
    {
        // Fast path, most names: ASCII letters and digits, single spaces between words ("Aleppo", "Deir ez Zor").
        var simple = name.Length > 0 && name[0] != ' ' && name[^1] != ' ';
        var hasUpper = false;
        for (var i = 0; i < name.Length && simple; i++)
        {
            var c = name[i];
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                continue;
            }

            if (c is >= 'A' and <= 'Z')
            {
                hasUpper = true;
                continue;
            }

            simple = c == ' ' && name[i - 1] != ' ';
        }

        if (simple)
        {
            return hasUpper ? name.ToLowerInvariant() : name;
        }

        var buffer = name.Length <= 170 ? stackalloc char[512] : new char[MaxKeyLength(name.Length)];
        return new string(buffer[..KeyInto(name, buffer)]);
    }

    /// <summary>Room <see cref="KeyInto"/> may need for a name of this length (a letter can fold to up to three).</summary>
    public static int MaxKeyLength(int nameLength) => nameLength * 3;

    /// <summary>
    /// Writes the lookup key of a name into <paramref name="buffer"/> (at least <see cref="MaxKeyLength"/> long) and returns
    /// its length: the same key as <see cref="Key(string)"/> without making a string, for loading 200k names.
    /// </summary>
    /// <example>"Mazār-e Sharīf" → buffer starts with "mazar e sharif", returns 14.</example>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int KeyInto(ReadOnlySpan<char> name, Span<char> buffer)
    {
        // The same words Tokenize finds, joined by single spaces, without building tokens.
        var length = 0;
        var inWord = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var mark = c >= 128 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
            if (char.IsLetterOrDigit(c) || (mark && inWord))
            {
                if (!inWord && length > 0)
                {
                    buffer[length++] = ' ';
                }

                inWord = true;
                if (!mark)
                {
                    length = AppendFolded(buffer, length, c);
                }
            }
            else if (inWord && IsApostrophe(c) && i + 1 < name.Length && char.IsLetter(name[i + 1]))
            {
                if ((name[i + 1] is 's' or 'S') && (i + 2 >= name.Length || !char.IsLetterOrDigit(name[i + 2])))
                {
                    i++;
                    inWord = false;
                }
            }
            else
            {
                inWord = false;
            }
        }

        return length;
    }

    /// <summary>The key without a leading Arabic article, or null when there is none.</summary>
    /// <example>"al bab" → "bab"; "ar raqqah" → "raqqah"; "aleppo" → null.</example>
    public static string? WithoutArticle(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && space < key.Length - 1 && Articles.Contains(key[..space]) ? key[(space + 1)..] : null;
    }

    /// <summary>Spaces removed after the article is dropped: spellings that split words differently meet.</summary>
    /// <example>"dawlat abad" → "dawlatabad"; "al qusayr" → "qusayr".</example>
    public static string Compact(string key)
    {
        var bare = WithoutArticle(key) ?? key;
        return bare.Contains(' ', StringComparison.Ordinal) ? bare.Replace(" ", string.Empty, StringComparison.Ordinal) : bare;
    }

    /// <summary>
    /// <see cref="Compact"/> written into <paramref name="buffer"/> (as long as the key), returning its length: the fuzzy
    /// index derives 400k of them without a string each.
    /// </summary>
    /// <example>"dawlat abad" → buffer starts with "dawlatabad", returns 10.</example>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CompactInto(ReadOnlySpan<char> key, Span<char> buffer)
    {
        var space = key.IndexOf(' ');
        var bare = space > 0 && space < key.Length - 1 && ArticleLookup.Contains(key[..space]) ? key[(space + 1)..] : key;
        var length = 0;
        foreach (var c in bare)
        {
            if (c != ' ')
            {
                buffer[length++] = c;
            }
        }

        return length;
    }

    /// <summary>
    /// A consonant skeleton for transliteration variants of Arabic, Persian and Pashto names: no articles, no spaces,
    /// no vowels (nor y, w, h after the first letter), no doubled letters, k for q.
    /// </summary>
    /// <example>"dowlatabad" and "dawlat abad" → "dltbd"; "raqqah" and "raqqa" → "rk"; "deir ez zor" and "dayr az zawr" → "drzr";
    /// "maarat al numan" and "maarrat an numan" → "mrtnmn".</example>
    public static string Skeleton(string key)
    {
        Span<char> buffer = key.Length <= 256 ? stackalloc char[256] : new char[key.Length];
        return new string(buffer[..SkeletonInto(key, buffer)]);
    }

    /// <summary><see cref="Skeleton"/> written into <paramref name="buffer"/> (as long as the key), returning its length.</summary>
    /// <example>"dawlat abad" → buffer starts with "dltbd", returns 5.</example>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int SkeletonInto(ReadOnlySpan<char> key, Span<char> buffer)
    {
        var length = 0;
        var wordStart = 0;
        while (wordStart < key.Length)
        {
            var wordEnd = key[wordStart..].IndexOf(' ');
            wordEnd = wordEnd < 0 ? key.Length : wordStart + wordEnd;
            var word = key.Slice(wordStart, wordEnd - wordStart);
            // Articles anywhere go ("Maarat al-Numan" = "Maarrat an Nu'man"), unless the name is nothing else.
            if (!ArticleLookup.Contains(word) || (wordStart == 0 && wordEnd == key.Length))
            {
                foreach (var raw in word)
                {
                    var c = raw == 'q' ? 'k' : raw;
                    // h goes after the first letter: "Chahar Bolak" = "Charbolak", "Muhammad" = "Mohammad".
                    if (c is 'a' or 'e' or 'i' or 'o' or 'u' || (length > 0 && c is 'y' or 'w' or 'h') || (length > 0 && buffer[length - 1] == c))
                    {
                        continue;
                    }

                    buffer[length++] = c;
                }
            }

            wordStart = wordEnd + 1;
        }

        return length;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʻ' or 'ʼ' or 'ʿ' or 'ʾ' or '`' or '´';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int AppendFolded(Span<char> buffer, int length, char c)
    {
        if (c < 128)
        {
            buffer[length++] = char.ToLowerInvariant(c);
            return length;
        }

        if (Fold.TryGetValue(c, out var s))
        {
            foreach (var f in s)
            {
                if (char.IsLetterOrDigit(f))
                {
                    buffer[length++] = char.ToLowerInvariant(f);
                }
            }

            return length;
        }

        buffer[length++] = char.ToLowerInvariant(c);
        return length;
    }

    private static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < 128)
        {
            sb.Append(char.ToLowerInvariant(c));
            return;
        }

        if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
        {
            return;
        }

        if (Fold.TryGetValue(c, out var s))
        {
            foreach (var f in s)
            {
                if (char.IsLetterOrDigit(f))
                {
                    sb.Append(char.ToLowerInvariant(f));
                }
            }

            return;
        }

        sb.Append(char.ToLowerInvariant(c));
    }

    private static FrozenDictionary<char, string> LoadFold()
    {
        var map = new Dictionary<char, string>(BuiltIn);
        foreach (var row in EmbeddedData.Rows("fold.tsv"))
        {
            if (row.Length >= 2 && row[0].Length == 1)
            {
                map[row[0][0]] = row[1];
            }
        }

        return map.ToFrozenDictionary();
    }
}
