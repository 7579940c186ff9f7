namespace Dateline.Core.Stages.Temporal;

/// <summary>Options of the temporal stage.</summary>
public sealed class TemporalOptions;

/// <summary>Placeholder until the temporal engine lands from its branch: finds nothing.</summary>
public sealed class TemporalStage
{
    /// <summary>Creates the stage.</summary>
    public TemporalStage(TemporalOptions? options = null) => _ = options;

    /// <summary>Time expressions of <paramref name="text"/>.</summary>
    public IReadOnlyList<TimeExpression> Tag(string text, DateOnly? documentDate) => [];
}
