using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dateline.Core.Evaluation;

namespace Dateline.Sources.TimeMl;

/// <summary>
/// A TempEval-3 TimeML file split into the raw text around &lt;TEXT&gt;, the plain text inside it (tags removed) with
/// a map back to raw offsets, the DCT, and the TIMEX3 annotations found inside TEXT.
/// </summary>
internal sealed partial class TimeMlDocument
{
    private TimeMlDocument(string raw, int textStart, int textEnd, string plain, int[] plainToRaw, DateOnly? dct, IReadOnlyList<TimexSpan> timexes)
    {
        Raw = raw;
        TextStart = textStart;
        TextEnd = textEnd;
        Plain = plain;
        PlainToRaw = plainToRaw;
        Dct = dct;
        Timexes = timexes;
    }

    /// <summary>The file as read.</summary>
    public string Raw { get; }

    /// <summary>Raw offset just after "&lt;TEXT&gt;".</summary>
    public int TextStart { get; }

    /// <summary>Raw offset of "&lt;/TEXT&gt;".</summary>
    public int TextEnd { get; }

    /// <summary>The content of TEXT with every tag removed.</summary>
    public string Plain { get; }

    /// <summary>Raw offset of each plain character (length Plain.Length + 1; the last entry is TextEnd).</summary>
    public int[] PlainToRaw { get; }

    /// <summary>The document creation time, from the DCT's TIMEX3.</summary>
    public DateOnly? Dct { get; }

    /// <summary>TIMEX3 annotations inside TEXT, in plain-text offsets.</summary>
    public IReadOnlyList<TimexSpan> Timexes { get; }

    [GeneratedRegex("(\\w+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("""<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})""")]
    private static partial Regex DctTimex();

    /// <summary>Parses a TimeML file; null with a reason when it has no TEXT element.</summary>
    public static TimeMlDocument? Parse(string raw, out string? error)
    {
        error = null;
        var open = raw.IndexOf("<TEXT>", StringComparison.Ordinal);
        var close = raw.LastIndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            error = "no <TEXT>…</TEXT> element";
            return null;
        }

        DateOnly? dct = null;
        var m = DctTimex().Match(raw);
        if (m.Success && DateOnly.TryParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            dct = d;
        }

        var start = open + "<TEXT>".Length;
        var plain = new StringBuilder(close - start);
        var map = new List<int>(close - start + 1);
        var timexes = new List<TimexSpan>();
        (int PlainStart, string Type, string Value, string? Mod, string Tid)? openTimex = null;
        var i = start;
        while (i < close)
        {
            var c = raw[i];
            if (c != '<')
            {
                plain.Append(c);
                map.Add(i);
                i++;
                continue;
            }

            var gt = raw.IndexOf('>', i);
            if (gt < 0 || gt > close)
            {
                error = "unclosed tag";
                return null;
            }

            var tag = raw.AsSpan(i, gt - i + 1);
            if (tag.StartsWith("<TIMEX3"))
            {
                string type = "DATE", value = "", tid = "";
                string? mod = null;
                foreach (Match a in Attribute().Matches(raw[i..(gt + 1)]))
                {
                    switch (a.Groups[1].Value)
                    {
                        case "type": type = a.Groups[2].Value; break;
                        case "value": value = a.Groups[2].Value; break;
                        case "mod": mod = a.Groups[2].Value; break;
                        case "tid": tid = a.Groups[2].Value; break;
                    }
                }

                openTimex = (plain.Length, type, value, mod, tid);
            }
            else if (tag.StartsWith("</TIMEX3") && openTimex is { } ot)
            {
                timexes.Add(new TimexSpan(ot.PlainStart, plain.Length, ot.Type, ot.Value, ot.Mod));
                openTimex = null;
            }

            i = gt + 1;
        }

        map.Add(close);
        return new TimeMlDocument(raw, start, close, plain.ToString(), [.. map], dct, timexes);
    }

    [GeneratedRegex(@"\n(?:[ \t]*\r?\n){2,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex("""<(MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*>[ \t]*\r?\n?""")]
    private static partial Regex LinkTags();

    /// <summary>
    /// The file with TEXT's tags replaced by <paramref name="timexes"/> (plain offsets, non-overlapping, in order) and
    /// links after TEXT removed, as a TempEval-3 system output. All other bytes are kept.
    /// </summary>
    public string Annotate(IReadOnlyList<TimexSpan> timexes)
    {
        var sb = new StringBuilder(Raw.Length + (timexes.Count * 80));
        sb.Append(Raw, 0, TextStart);
        var p = 0;
        var tid = 1;
        foreach (var x in timexes)
        {
            if (x.Start < p || x.End > Plain.Length || x.End <= x.Start)
            {
                continue;
            }

            sb.Append(Plain, p, x.Start - p);
            sb.Append("<TIMEX3 tid=\"t").Append(tid.ToString(CultureInfo.InvariantCulture)).Append("\" type=\"").Append(x.Type)
                .Append("\" value=\"").Append(Escape(x.Value)).Append('"');
            if (x.Mod is not null)
            {
                sb.Append(" mod=\"").Append(x.Mod).Append('"');
            }

            sb.Append('>').Append(Plain, x.Start, x.End - x.Start).Append("</TIMEX3>");
            p = x.End;
            tid++;
        }

        sb.Append(Plain, p, Plain.Length - p);
        var tail = Raw[TextEnd..];
        var stripped = LinkTags().Replace(tail, string.Empty);
        // Where links were removed, leave the blank line a TE3input has, not a run of them.
        sb.Append(stripped.Length == tail.Length ? tail : BlankLines().Replace(stripped, "\n\n"));
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
