namespace Dateline.Core.Stages.Merging;

/// <summary>Weights and thresholds of cross-report merging; validated once.</summary>
public sealed class MergeOptions
{
    /// <summary>Score at or above which two mentions link.</summary>
    public double Threshold { get; init; } = 0.55;

    /// <summary>Most candidates compared per mention (nearest in time first): keeps cost linear.</summary>
    public int MaxCandidates { get; init; } = 150;

    /// <summary>Mentions without a bounded date are blocked into this many days before their report's date.</summary>
    public int UnboundedWindowDays { get; init; } = 7;

    /// <summary>Weight of the time feature.</summary>
    public double TimeWeight { get; init; } = 0.30;

    /// <summary>Weight of the place feature.</summary>
    public double PlaceWeight { get; init; } = 0.20;

    /// <summary>Weight of the actor feature.</summary>
    public double ActorWeight { get; init; } = 0.20;

    /// <summary>Weight of the text-similarity feature (TF-IDF cosine of the sentences, or of their embeddings with an <see cref="Embedder"/>).</summary>
    public double TextWeight { get; init; } = 0.30;

    /// <summary>
    /// The sentence embedder whose cosine is the text feature, or null (the default) for the TF-IDF cosine of the
    /// sentences' content words. The report-context feature stays TF-IDF either way.
    /// </summary>
    public ISentenceEmbedder? Embedder { get; init; }

    /// <summary>Weight of the trigger-class fit (1 same class, 0.5 a generic word such as "attack").</summary>
    public double ClassWeight { get; init; } = 0.15;

    /// <summary>
    /// Weight of the report-context penalty: how far the cosine of what two reports say of events of the type falls
    /// below <see cref="ContextExpected"/> (0 to −1). On the merge set any weight from 0.3 to 0.8 gives the same result.
    /// </summary>
    public double ContextWeight { get; init; } = 0.5;

    /// <summary>
    /// Weight of the crowd penalty: −1 for two protests whose crowds are named and share no group ("teachers" and
    /// "street vendors"; see MentionFeatures.Crowd), in two reports or in one that tells of both.
    /// </summary>
    public double CrowdWeight { get; init; } = 0.2;

    /// <summary>
    /// The report-context cosine that two reports of one event reach (on the merge set they reach 0.06–0.35, two
    /// protests of one day in one city 0.03–0.05); below it the pair is penalised.
    /// </summary>
    public double ContextExpected { get; init; } = 0.08;

    /// <summary>Distinct content words both accounts need for the context penalty to apply (12 to 24 give the same result on the merge set).</summary>
    public int ContextTerms { get; init; } = 16;

    /// <summary>
    /// Bonus for two mentions of one report. Off by default: a report's own restatements already share its time
    /// and place through the report context, and a bonus only helps its second event ("hit twice on Tuesday": a
    /// car bomb and an air raid) join its first.
    /// </summary>
    public double SameReportBonus { get; init; } = 0;

    /// <summary>Throws when an option is out of range.</summary>
    public MergeOptions Validate()
    {
        if (Threshold is <= 0 or > 2 || MaxCandidates < 1 || UnboundedWindowDays < 0 || ContextWeight < 0 || CrowdWeight < 0 || ContextExpected is <= 0 or > 1 || ContextTerms < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), "merge options out of range");
        }

        return this;
    }
}

/// <summary>Analysts' decisions that override the scores: must-link and cannot-link pairs of mention keys.</summary>
/// <param name="MustLink">Pairs that must end in one event.</param>
/// <param name="CannotLink">Pairs that must end in different events.</param>
public sealed record MergeConstraints(IReadOnlyList<(string A, string B)> MustLink, IReadOnlyList<(string A, string B)> CannotLink)
{
    /// <summary>No constraints.</summary>
    public static MergeConstraints None { get; } = new([], []);

    /// <summary>The constraints the standing analyst actions impose, later actions winning on conflict.</summary>
    public static MergeConstraints From(IEnumerable<Model.AnalystAction> actions)
    {
        var must = new List<(string, string)>();
        var cannot = new List<(string, string)>();
        foreach (var a in actions.Where(a => a.UndoneAt is null).OrderBy(a => a.Sequence))
        {
            var target = a.Kind == Model.AnalystActionKind.Merge ? must : cannot;
            target.AddRange(a.Others.Select(o => (a.Mention, o)));
        }

        return new MergeConstraints(must, cannot);
    }
}
