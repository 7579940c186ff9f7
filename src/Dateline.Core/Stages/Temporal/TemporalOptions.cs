namespace Dateline.Core.Stages.Temporal;

/// <summary>Options of the <see cref="TemporalStage"/>. Validated once, when the stage is built.</summary>
public sealed class TemporalOptions
{
    /// <summary>
    /// Whether bare references such as "now", "currently" and "recently" are tagged (TimeML does; an event pipeline
    /// may not want them). Default true.
    /// </summary>
    public bool TagReferences { get; set; } = true;

    /// <summary>
    /// How "a month earlier" / "two days later" are marked. <see cref="OffsetStyle.Duration"/> (default) follows the
    /// TimeML guidelines: the TIMEX3 is the DURATION "a month" and "earlier" is a signal; <see cref="TimeExpression.Time"/>
    /// still holds the date the offset points at. <see cref="OffsetStyle.WholePhrase"/> follows TimeBank's annotation
    /// practice: one DATE over "a month earlier" whose value is that date.
    /// </summary>
    public OffsetStyle Offsets { get; set; } = OffsetStyle.Duration;

    /// <summary>Texts longer than this many characters are rejected (default 50 million).</summary>
    public int MaxTextLength { get; set; } = 50_000_000;

    internal void Validate()
    {
        if (MaxTextLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTextLength), MaxTextLength, "MaxTextLength must be positive.");
        }
    }
}

/// <summary>How offset phrases ("a month earlier") are marked; see <see cref="TemporalOptions.Offsets"/>.</summary>
public enum OffsetStyle
{
    /// <summary>TimeML guidelines: DURATION "a month", signal "earlier".</summary>
    Duration,
    /// <summary>TimeBank practice: DATE "a month earlier" valued as the date it points at.</summary>
    WholePhrase,
}
