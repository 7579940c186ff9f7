namespace Dateline.Core.Stages.Temporal;

/// <summary>Options of the <see cref="TemporalStage"/>. Validated once, when the stage is built.</summary>
public sealed class TemporalOptions
{
    /// <summary>
    /// Whether bare references such as "now", "currently" and "recently" are tagged (TimeML does; an event pipeline
    /// may not want them). Default true.
    /// </summary>
    public bool TagReferences { get; set; } = true;

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
