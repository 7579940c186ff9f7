using System.Text;
using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Core.Stages.Cleaning;

/// <summary>The outcome of cleaning one raw report.</summary>
/// <param name="Report">The cleaned report (its text is what all offsets refer to).</param>
/// <param name="Warnings">Problems worth telling the user, e.g. no publication date found.</param>
public sealed record CleaningResult(Report Report, IReadOnlyList<string> Warnings);

/// <summary>
/// Cleaning: removes site chrome and promos by general rules (the story is the longest run of prose
/// paragraphs; short unpunctuated lines and promo-shaped lines break it), and finds title, outlet and
/// publication time in the header lines, a wire dateline or the metadata the reader passed on.
/// </summary>
public sealed partial class CleaningStage
{
    /// <summary>Cleans <paramref name="raw"/>. HTML must have been turned into text by a reader first.</summary>
    /// <exception cref="ArgumentException">When given HTML: that is a reader's job (Dateline.Sources).</exception>
    public CleaningResult Clean(RawReport raw)
    {
        if (raw.Format == ReportFormat.Html)
        {
            throw new ArgumentException("HTML must be converted to text by an HTML reader before cleaning.", nameof(raw));
        }

        var warnings = new List<string>();
        var text = Normalize(raw.Body);
        string? markdownTitle = null;
        if (raw.Format == ReportFormat.Markdown)
        {
            (text, markdownTitle) = StripMarkdown(text);
        }

        var blocks = SplitBlocks(text);
        var (first, last) = FindBody(blocks);

        // A text that is one paragraph and nothing else is its own story, ended or not: a feed item or a dataset's note
        // ("SDF repelled an ISIS attack on al-Mahamodli village", "… Total fatalities coded as 8 (VoJ reported 17)").
        var lone = first < 0 && blocks.Count == 1 && !IsPromo(blocks[0].Text) && WordCount(blocks[0].Text) >= 6;
        if (lone)
        {
            (first, last) = (0, 0);
        }

        var header = (first < 0 ? blocks : blocks.Take(first)).Select(b => b.Text).ToList();
        var footer = first < 0 ? [] : blocks.Skip(last + 1).Select(b => b.Text).ToList();
        var bodyBlocks = first < 0 ? [] : blocks.Skip(first).Take(last - first + 1).Where(b => lone || Classify(b.Text) != BlockKind.Break).ToList();
        var body = bodyBlocks.Select(b => b.Text).ToList();

        var headerLines = header.SelectMany(b => b.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var dateLineIndex = headerLines.FindIndex(l => PublicationDateParser.Parse(l) is not null);
        var published = raw.Published ?? (dateLineIndex >= 0 ? PublicationDateParser.Parse(headerLines[dateLineIndex]) : null);

        string? outlet = raw.Outlet;
        if (body.Count > 0 && PublicationDateParser.ParseWire(body[0], published?.Year) is { } wire)
        {
            outlet ??= wire.Outlet;
            published ??= wire.Date;
        }

        published ??= footer.Select(PublicationDateParser.Parse).FirstOrDefault(d => d is not null);
        outlet ??= FindOutlet(headerLines, dateLineIndex);
        outlet = outlet is null ? null : UnShout(outlet);
        var title = raw.Title ?? markdownTitle ?? FindTitle(headerLines, outlet);

        if (body.Count == 0)
        {
            warnings.Add($"{raw.Source}: no story text found");
        }

        if (published is null)
        {
            warnings.Add($"{raw.Source}: no publication date found; relative dates stay unresolved (use --published)");
        }

        var cleaned = string.Concat(bodyBlocks.Select((b, i) => i == 0 ? b.Text : b.Separator + b.Text));
        var hash = Report.HashOf(cleaned);
        var report = new Report
        {
            Id = hash[..12],
            ContentHash = hash,
            Text = cleaned,
            Source = raw.Source,
            Title = title,
            Outlet = outlet,
            Url = raw.Url,
            Published = published,
            Country = raw.Country,
            Byline = raw.Byline ?? headerLines.Select(l => BylinePattern().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim()).FirstOrDefault(),
        };
        return new CleaningResult(report, warnings);
    }

    private static string Normalize(string body)
    {
        var s = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u00A0', ' ');
        var sb = new StringBuilder(s.Length);
        foreach (var line in s.Split('\n'))
        {
            sb.Append(line.TrimEnd()).Append('\n');
        }

        return sb.ToString().Trim('\n');
    }

    /// <summary>
    /// Blocks are paragraphs separated by blank lines. A block whose lines are not a hard-wrapped paragraph is one
    /// paragraph (or sentence) a line, as in one-sentence-per-line corpora or pages flattened without blank lines:
    /// each line is a block then, joined back with a single line break.
    /// </summary>
    private static List<Block> SplitBlocks(string text)
    {
        var blocks = new List<Block>();
        foreach (var block in BlankLines().Split(text).Select(b => b.Trim()).Where(b => b.Length > 0))
        {
            var lines = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count > 1 && !IsHardWrapped(lines))
            {
                blocks.Add(new Block(lines[0], "\n\n"));
                blocks.AddRange(lines.Skip(1).Select(l => new Block(l, "\n")));
            }
            else
            {
                blocks.Add(new Block(block, "\n\n"));
            }
        }

        return blocks;
    }

    /// <summary>A hard-wrapped paragraph: most lines break mid-sentence and the next line goes on in lower case.</summary>
    private static bool IsHardWrapped(List<string> lines)
    {
        var wrapped = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!EndsSentence(lines[i]) && char.IsLower(lines[i + 1][0]))
            {
                wrapped++;
            }
        }

        return wrapped * 2 >= lines.Count - 1;
    }

    /// <summary>A paragraph or line of the page, with the separator that stood before it.</summary>
    private sealed record Block(string Text, string Separator);

    /// <summary>
    /// The story is the run of blocks with the most prose. A run continues over prose and short punctuated
    /// sentences and breaks at header-like lines (no end punctuation) and promos.
    /// </summary>
    private static (int First, int Last) FindBody(List<Block> blocks)
    {
        int bestFirst = -1, bestLast = -1, bestScore = 0;
        int runFirst = -1, runScore = 0, lastProse = -1;
        for (var i = 0; i <= blocks.Count; i++)
        {
            var kind = i < blocks.Count ? Classify(blocks[i].Text) : BlockKind.Break;

            // One promo or subhead between two prose paragraphs does not end the story ("Related: …" mid-article).
            if (kind == BlockKind.Break && runFirst >= 0 && i + 1 < blocks.Count && i > 0
                && Classify(blocks[i - 1].Text) != BlockKind.Break && Classify(blocks[i + 1].Text) == BlockKind.Prose)
            {
                continue;
            }

            if (kind == BlockKind.Break)
            {
                if (runFirst >= 0 && runScore > bestScore)
                {
                    (bestFirst, bestLast, bestScore) = (runFirst, lastProse, runScore);
                }

                runFirst = -1;
                runScore = 0;
                continue;
            }

            if (kind == BlockKind.Prose)
            {
                if (runFirst < 0)
                {
                    // Short sentences just before the first prose paragraph belong to the story: "Rebels attacked the town."
                    runFirst = i;
                    while (runFirst > 0 && Classify(blocks[runFirst - 1].Text) == BlockKind.ShortSentence)
                    {
                        runFirst--;
                    }
                }

                runScore += blocks[i].Text.Length;
                lastProse = i;
            }
            else if (runFirst >= 0)
            {
                lastProse = i;
            }
        }

        return (bestFirst, bestLast);
    }

    private enum BlockKind
    {
        Prose,
        ShortSentence,
        Break,
    }

    private static BlockKind Classify(string block)
    {
        if (IsPromo(block))
        {
            return BlockKind.Break;
        }

        var words = WordCount(block);
        if (!EndsSentence(block))
        {
            return BlockKind.Break;
        }

        return words >= 8 ? BlockKind.Prose : words >= 3 ? BlockKind.ShortSentence : BlockKind.Break;
    }

    /// <summary>
    /// Promo and chrome shapes, not a list of known strings: an exclamation call to action, an imperative
    /// link-like line ("Subscribe to …", "Join the …", "Read more: …"), a copyright or newsletter line.
    /// </summary>
    /// <example>"Find a Security Clearance Job!", "Join the mailing list", "Related: Talks resume", "© 2017 Levant Wire".</example>
    private static bool IsPromo(string block)
    {
        var words = WordCount(block);
        if (words <= 12 && block.TrimEnd().EndsWith('!') && !block.Contains('"', StringComparison.Ordinal))
        {
            return true;
        }

        if (words <= 14 && PromoOpening().IsMatch(block))
        {
            return true;
        }

        return words <= 40 && ChromeWords().IsMatch(block);
    }

    private static string? FindOutlet(List<string> headerLines, int dateLineIndex)
    {
        // A name printed twice in the header is the outlet (mastheads repeat): "Iran Press TV".
        var repeated = headerLines
            .Where(l => WordCount(l) <= 6 && !EndsSentence(l) && PublicationDateParser.Parse(l) is null)
            .GroupBy(l => l, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            return repeated.Key;
        }

        // "By Jane Roe | Levant Wire", "Levant Wire — 10 January 2017"
        foreach (var line in headerLines)
        {
            var m = OutletWithDate().Match(line);
            if (m.Success && PublicationDateParser.Parse(line) is not null)
            {
                return m.Groups["outlet"].Value.Trim();
            }
        }

        // A short name-like line next to the dateline, or the very first line of the page.
        int[] candidates = dateLineIndex >= 0 ? [dateLineIndex - 1, dateLineIndex + 1, 0] : [0];
        foreach (var i in candidates)
        {
            if (i >= 0 && i < headerLines.Count && IsNameLike(headerLines[i]) && PublicationDateParser.Parse(headerLines[i]) is null)
            {
                return headerLines[i];
            }
        }

        return null;
    }

    /// <summary>A navigation line: items split by bars or bullets ("Home | World | Middle East").</summary>
    private static bool IsMenu(string line) =>
        line.Contains(" | ", StringComparison.Ordinal) || line.Contains(" • ", StringComparison.Ordinal) || line.Contains(" · ", StringComparison.Ordinal)
        || line.Contains(" / ", StringComparison.Ordinal);

    /// <summary>A masthead in capitals reads as a name: "LEVANT WIRE" → "Levant Wire"; "BBC" stays.</summary>
    private static string UnShout(string name) =>
        name.Length > 4 && name.Any(char.IsLetter) && !name.Any(char.IsLower) && name.Contains(' ', StringComparison.Ordinal)
            ? string.Join(' ', name.Split(' ').Select(w => w.Length > 3 ? w[0] + w[1..].ToLowerInvariant() : w))
            : name;

    private static string? FindTitle(List<string> headerLines, string? outlet) =>
        headerLines
            .Where(l => PublicationDateParser.Parse(l) is null && !IsPromo(l) && WordCount(l) >= 3
                && !string.Equals(l, outlet, StringComparison.OrdinalIgnoreCase) && !l.StartsWith("By ", StringComparison.Ordinal)
                && !IsMenu(l))
            .OrderByDescending(WordCount)
            .FirstOrDefault();

    private static bool IsNameLike(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && !EndsSentence(line) && words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "&");
    }

    private static (string Text, string? Title) StripMarkdown(string text)
    {
        string? title = null;
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var heading = MarkdownHeading().Match(line);
            if (heading.Success)
            {
                line = heading.Groups[1].Value;
                title ??= line.Trim();
            }

            line = MarkdownImage().Replace(line, "");
            line = MarkdownLink().Replace(line, "$1");
            line = MarkdownEmphasis().Replace(line, "$2");
            line = MarkdownQuote().Replace(line, "");
            sb.Append(line).Append('\n');
        }

        return (sb.ToString().Trim('\n'), title);
    }

    internal static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0)
        {
            return false;
        }

        var c = t[^1];
        if (c is '.' or '!' or '?' or '…')
        {
            return true;
        }

        // A closing quote or bracket after end punctuation: `… he said."`, `(… in 2016.)`
        return c is '"' or '\'' or '”' or '’' or ')' or '`' && t.Length > 1 && (t[^2] is '.' or '!' or '?' or ',' || t.EndsWith("''", StringComparison.Ordinal) || t.EndsWith("-RRB-", StringComparison.Ordinal));
    }

    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    // "By Jane Roe", "By Jane Roe and John Doe | Levant Wire"
    [GeneratedRegex(@"^By\s+([A-Z][\w'.-]+(?:\s+(?:and\s+)?[A-Z][\w'.-]+){0,5})")]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex BlankLines();

    // Calls to action that open a line: "Subscribe to our newsletter", "Join the mailing list", "Read more: …"
    [GeneratedRegex(@"^(?:Find|Join|Subscribe|Sign up|Sign in|Log in|Follow|Download|Click|Tap|Share|Listen|Watch|Read more|Read also|Also read|See also|More from|More on|Related|Recommended|Advertisement|Sponsored|Get the|Get our|Donate|Support us|Like us|Register|Skip to|Back to top|Tags?:|Topics?:)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PromoOpening();

    // Chrome whatever its opening: newsletters, podcasts, cookie and copyright notices.
    [GeneratedRegex(@"(?:newsletter|mailing list|podcast|cookies?\b|all rights reserved|copyright|©|terms of (?:use|service)|privacy policy|unsubscribe)", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeWords();

    // "Levant Wire — 10 January 2017", "By Jane Roe | Levant Wire | Jan 9, 2017"
    [GeneratedRegex(@"^(?:By [^|—–-]+[|—–-]\s*)?(?<outlet>[A-Z][\w'&.]*(?: [A-Z&][\w'&.]*){0,4})\s*[|—–,-]\s")]
    private static partial Regex OutletWithDate();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")]
    private static partial Regex MarkdownEmphasis();

    [GeneratedRegex(@"^\s{0,3}>\s?")]
    private static partial Regex MarkdownQuote();
}
