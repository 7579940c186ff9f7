using Dateline.Cli;
using Dateline.Core.Evaluation;
using Dateline.Core.Model;
using Dateline.Core.Stages.Merging;

namespace Dateline.Embeddings;

/// <summary>
/// A merge evaluation set read once, as <c>dateline eval merge</c> reads it: its gold events and its reports as ingest
/// stores them. Each <see cref="Score"/> re-merges the same mentions with other options.
/// </summary>
internal sealed class MergeSet
{
    private readonly Ingested _reports;

    private MergeSet(IReadOnlyList<GoldEvent> gold, Ingested reports)
    {
        Gold = gold;
        _reports = reports;
    }

    public IReadOnlyList<GoldEvent> Gold { get; }

    public IReadOnlyList<CitedMention> Mentions => _reports.Mentions;

    /// <summary>Reads the gold and ingests its reports.</summary>
    public static MergeSet Load(string goldFile, string reports)
    {
        try
        {
            return new MergeSet(MergeEvaluation.ReadGold(Ingested.ReadFile(goldFile), goldFile), Ingested.Read(reports));
        }
        catch (InvalidDataException ex)
        {
            throw new UserException(ex.Message);
        }
    }

    /// <summary>Merges the set's mentions with <paramref name="options"/> and scores the events against the gold.</summary>
    public MergeEvaluationResult Score(MergeOptions options) =>
        MergeEvaluation.Score(Gold, new MergingStage(options).Merge(Mentions), _reports.Texts);

    /// <summary>
    /// Each system mention's gold event (by mention key), as the evaluation aligns them; a mention aligned to quotes of
    /// two gold events is left out, being neither's for sure.
    /// </summary>
    public IReadOnlyDictionary<string, string> GoldOfMention()
    {
        var aligned = Score(new MergeOptions()).Alignments
            .Where(a => a.Mention is not null)
            .GroupBy(a => a.Mention!.Key, StringComparer.Ordinal)
            .Where(g => g.Select(a => a.Gold).Distinct(StringComparer.Ordinal).Count() == 1);
        return aligned.ToDictionary(g => g.Key, g => g.First().Gold, StringComparer.Ordinal);
    }
}
