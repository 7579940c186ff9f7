using Dateline.Cli;
using Dateline.Cli.Services;
using Dateline.Core.Evaluation;
using Dateline.Core.Model;
using Dateline.Core.Stages.Merging;

namespace Dateline.Embeddings;

/// <summary>
/// A merge evaluation set read once, as <c>dateline eval merge</c> reads it: its gold events, the mentions ingest
/// stores for its reports, and the reports' texts (to align gold quotes). Each <see cref="Score"/> then re-merges the
/// same mentions with other options, without running the per-report stages again.
/// </summary>
internal sealed class MergeSet
{
    private MergeSet(IReadOnlyList<GoldEvent> gold, IReadOnlyList<CitedMention> mentions, IReadOnlyDictionary<string, (string File, string Text)> texts)
    {
        Gold = gold;
        Mentions = mentions;
        Texts = texts;
    }

    public IReadOnlyList<GoldEvent> Gold { get; }

    public IReadOnlyList<CitedMention> Mentions { get; }

    public IReadOnlyDictionary<string, (string File, string Text)> Texts { get; }

    /// <summary>Ingests <paramref name="reports"/> into a throw-away store and keeps what scoring needs.</summary>
    public static MergeSet Load(string goldFile, string reports)
    {
        if (!File.Exists(goldFile))
        {
            throw new UserException($"{goldFile}: no such file");
        }

        if (!Directory.Exists(reports))
        {
            throw new UserException($"{reports}: no such folder");
        }

        IReadOnlyList<GoldEvent> gold;
        try
        {
            gold = MergeEvaluation.ReadGold(File.ReadAllText(goldFile), goldFile);
        }
        catch (InvalidDataException ex)
        {
            throw new UserException(ex.Message);
        }

        var dir = Directory.CreateTempSubdirectory("dateline-embeddings-");
        try
        {
            using var store = StoreFactory.Open(Path.Combine(dir.FullName, "set.db"));
            var summary = new IngestService(store, PipelineFactory.Create()).Ingest([reports], new IngestOptions(null, null), new Silent());
            if (summary.Failed > 0)
            {
                throw new UserException($"{reports}: {summary.Failed} report(s) could not be read");
            }

            var texts = store.LoadReports().ToDictionary(r => r.Id, r => (Path.GetFileName(r.Source), r.Text), StringComparer.Ordinal);
            return new MergeSet(gold, store.LoadMentions(), texts);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Merges the set's mentions with <paramref name="options"/> and scores the events against the gold.</summary>
    public MergeEvaluationResult Score(MergeOptions options) =>
        MergeEvaluation.Score(Gold, new MergingStage(options).Merge(Mentions), Texts);

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

    /// <summary>Ingest progress nobody reads: the tool prints its own summary.</summary>
    private sealed class Silent : IIngestProgress
    {
        public void Report(string source, string outcome)
        {
        }

        public void Problem(string line, bool isError)
        {
        }
    }
}
