using Dateline.Core.Stages.Temporal.Internal;

namespace Dateline.Core.Stages.Temporal;

/// <summary>
/// Finds time expressions in English news and narrative text and normalizes them to TimeML TIMEX3, anchored to the
/// document creation time (DCT) and to the previous date in the text. Thread-safe and reusable: construct once.
/// </summary>
/// <example>
/// <code>
/// var stage = new TemporalStage();
/// var found = stage.Tag("Assad met the delegation on Sunday.", new DateOnly(2017, 1, 8));
/// // found[0]: "Sunday", DATE, 2017-01-08, anchored to the publication date
/// </code>
/// </example>
public sealed class TemporalStage
{
    private readonly TemporalOptions options;

    /// <summary>Creates the stage; <paramref name="options"/> are validated here.</summary>
    public TemporalStage(TemporalOptions? options = null)
    {
        this.options = options ?? new TemporalOptions();
        this.options.Validate();
    }

    /// <summary>
    /// Tags <paramref name="text"/>. Offsets are character offsets into <paramref name="text"/>, in order.
    /// </summary>
    /// <param name="text">The report's text.</param>
    /// <param name="documentDate">The publication date (DCT); null when unknown, then deictic expressions stay unresolved ("XXXX-12").</param>
    public IReadOnlyList<TimeExpression> Tag(string text, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > options.MaxTextLength)
        {
            throw new ArgumentException($"Text is longer than {options.MaxTextLength} characters.", nameof(text));
        }

        var tokens = new List<Token>(Math.Max(16, text.Length / 5));
        Tokenizer.Tokenize(text, tokens);
        var hits = new TimexMatcher(text, tokens, documentDate, options.Offsets == OffsetStyle.WholePhrase).Run();
        var result = new List<TimeExpression>(hits.Count);
        foreach (var h in hits)
        {
            if (!options.TagReferences && h.Value.EndsWith("_REF", StringComparison.Ordinal))
            {
                continue;
            }

            var start = tokens[h.StartTok].Start;
            var end = tokens[h.EndTok - 1].End;
            result.Add(new TimeExpression(start, end, text[start..end], h.Type, h.Value, h.Mod, h.Time));
        }

        return result;
    }
}
