namespace Dateline.Core.Stages.Segmentation;

/// <summary>A sentence of a report: its offsets in the report text and its paragraph.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Paragraph">Index of the paragraph (blocks separated by blank lines).</param>
/// <param name="Text">The sentence text (the slice of the report text).</param>
public sealed record Sentence(int Start, int End, int Paragraph, string Text);

/// <summary>
/// Segmentation: splits cleaned report text into paragraphs and sentences. A sentence ends at . ! ? (and any
/// closing quotes or brackets after it) followed by space and an opening capital, digit or quote, unless the
/// word before is a known abbreviation or an initial; a line break after end punctuation ends one too, so
/// one-sentence-per-line corpora keep their sentences.
/// </summary>
public sealed class SegmentationStage
{
    // Abbreviations that end with a period without ending a sentence: "Mr. Assad", "Jan. 8", "U.S. forces".
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen", "rep",
        "st", "mt", "ft", "no", "nos", "vol", "vs", "etc", "approx", "est", "dept", "inc", "corp", "co", "ltd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "jr", "sr", "rev", "hon", "pres", "sec", "amb", "brig",
    };

    /// <summary>Splits <paramref name="text"/> into sentences with offsets.</summary>
    public IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                Add(sentences, text, start, i, paragraph);
                paragraph++;
                start = SkipSpace(text, i);
                i = start;
                continue;
            }

            if (c is '.' or '!' or '?' || (c == '\n' && EndsWithPunctuation(text, start, i)))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']' or '`')
                {
                    end++;
                }

                if (c == '\n' || IsBoundary(text, start, i, end))
                {
                    var sentenceEnd = c == '\n' ? i : end;
                    Add(sentences, text, start, sentenceEnd, paragraph);
                    start = SkipSpace(text, sentenceEnd);
                    if (text.AsSpan(sentenceEnd, start - sentenceEnd).IndexOf("\n\n") >= 0)
                    {
                        paragraph++;
                    }

                    i = start;
                    continue;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(sentences, text, start, text.Length, paragraph);
        return sentences;
    }

    private static bool IsBoundary(string text, int sentenceStart, int punct, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = SkipSpace(text, end);
        if (next >= text.Length)
        {
            return true;
        }

        if (text.AsSpan(end, next - end).Contains('\n'))
        {
            return true;
        }

        var n = text[next];
        if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '\'' or '“' or '‘' or '(' or '`' or '-'))
        {
            return false;
        }

        if (text[punct] != '.')
        {
            return true;
        }

        // The word before the period: an abbreviation or a single initial does not end the sentence.
        var w = punct;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not '(' and not '"')
        {
            w--;
        }

        var word = text.AsSpan(w, punct - w).ToString();
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        return !Abbreviations.Contains(word.TrimEnd('.'));
    }

    private static bool EndsWithPunctuation(string text, int start, int newline)
    {
        var j = newline - 1;
        while (j >= start && text[j] == ' ')
        {
            j--;
        }

        return j >= start && Cleaning.CleaningStage.EndsSentence(text[start..(j + 1)]);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int paragraph)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end, paragraph, text[start..end]));
        }
    }
}
