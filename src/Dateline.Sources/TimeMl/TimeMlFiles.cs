using Dateline.Core.Evaluation;
using Dateline.Core.Stages.Temporal;

namespace Dateline.Sources.TimeMl;

/// <summary>The parsed content of one TimeML file: DCT, plain text of TEXT and its TIMEX3 annotations.</summary>
/// <param name="Dct">Document creation time, or null.</param>
/// <param name="Text">TEXT with tags removed.</param>
/// <param name="Timexes">TIMEX3 annotations in <paramref name="Text"/> offsets.</param>
public sealed record TimeMlContent(DateOnly? Dct, string Text, IReadOnlyList<TimexSpan> Timexes);

/// <summary>
/// Reads and writes TempEval-3 TimeML (<c>*.tml</c>, <c>*.tml.TE3input</c>). Expected failures come back as a
/// reason, never as an exception.
/// </summary>
public static class TimeMlFiles
{
    /// <summary>Reads a TimeML document from its text; null and <paramref name="error"/> when it is not TimeML.</summary>
    public static TimeMlContent? Read(string raw, out string? error)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var doc = TimeMlDocument.Parse(raw, out error);
        return doc is null ? null : new TimeMlContent(doc.Dct, doc.Plain, doc.Timexes);
    }

    /// <summary>
    /// Tags a TimeML document with <paramref name="stage"/> and returns it with TIMEX3 tags (tid, type, value, mod)
    /// inserted in TEXT; existing EVENT, SIGNAL and TIMEX3 tags in TEXT and links after it are dropped, the DCT and
    /// every other byte are kept.
    /// </summary>
    public static string? Annotate(string raw, TemporalStage stage, out string? error)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var doc = TimeMlDocument.Parse(raw, out error);
        if (doc is null)
        {
            return null;
        }

        var found = stage.Tag(doc.Plain, doc.Dct);
        var spans = new List<TimexSpan>(found.Count);
        foreach (var x in found)
        {
            spans.Add(new TimexSpan(x.Start, x.End, TypeName(x.Type), x.Value, x.Mod));
        }

        return doc.Annotate(spans);
    }

    /// <summary>The output file name for an input: <c>X.tml.TE3input</c> and <c>X.tml</c> both give <c>X.tml</c>.</summary>
    public static string OutputName(string inputPath)
    {
        var name = Path.GetFileName(inputPath);
        return name.EndsWith(".TE3input", StringComparison.OrdinalIgnoreCase) ? name[..^".TE3input".Length] : name;
    }

    /// <summary>True for <c>*.tml</c> and <c>*.tml.TE3input</c>.</summary>
    public static bool IsTimeMlFile(string path) =>
        path.EndsWith(".tml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tml.TE3input", StringComparison.OrdinalIgnoreCase);

    /// <summary>TimeML's upper-case type name.</summary>
    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => "DATE",
    };
}
