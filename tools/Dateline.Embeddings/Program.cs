using System.Globalization;
using Dateline.Cli;
using Dateline.Core.Evaluation;
using Dateline.Core.Stages.Merging;
using Dateline.Embeddings;

// dotnet run -c Release --project tools/Dateline.Embeddings [-- --gold FILE --reports DIR --checks FOLDER=EXPECTED.json ...]
// Merges the merge evaluation set with the TF-IDF text feature and with MiniLM embeddings, and prints: B-cubed and
// pairwise scores at the default weights and over a grid of text weights and thresholds, how well each similarity
// separates same-event from different-event candidate pairs, the timeline checks of other report folders, and what
// each text feature costs.
try
{
    var arguments = Arguments.Read(args);
    Comparison.Run(MergeSet.Load(arguments.Gold, arguments.Reports), arguments.Checks.Select(CheckSet.Load).ToList());
    return 0;
}
catch (UserException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

/// <summary>The tool's options.</summary>
/// <param name="Gold">The merge set's gold (default eval/merge/gold.jsonl).</param>
/// <param name="Reports">Its reports (default reports/ beside the gold).</param>
/// <param name="Checks">Report folders with their timeline checks, <c>FOLDER=EXPECTED.json</c> (default samples=eval/samples/expected.json).</param>
internal sealed record Arguments(string Gold, string Reports, IReadOnlyList<string> Checks)
{
    private const string Usage = "(usage: [--gold FILE] [--reports DIR] [--checks FOLDER=EXPECTED.json ...])";

    public static Arguments Read(string[] args)
    {
        string gold = "eval/merge/gold.jsonl", reports = "";
        var checks = new List<string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--gold" or "--reports" or "--checks"))
            {
                throw new UserException($"{args[i]}: unknown option {Usage}");
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new UserException($"{args[i]}: a value is missing {Usage}");
            switch (args[i])
            {
                case "--gold":
                    gold = value;
                    break;
                case "--reports":
                    reports = value;
                    break;
                default:
                    checks.Add(value);
                    break;
            }
        }

        return new Arguments(
            gold,
            reports.Length > 0 ? reports : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(gold))!, "reports"),
            checks.Count > 0 ? checks : ["samples=eval/samples/expected.json"]);
    }
}

/// <summary>The comparison itself: scores, grid, separation, cost.</summary>
internal static class Comparison
{
    /// <summary>
    /// The grid both text features are tuned over: the text weight and the link threshold around the defaults (0.30 and
    /// 0.55) in steps of 0.1 and 0.05. Printed whole for both, so the best cell of each is a like-for-like comparison
    /// (and an optimistic one for both: it is tuned on the set it is scored on).
    /// </summary>
    private static readonly double[] TextWeights = [0.1, 0.2, 0.3, 0.4, 0.5];

    private static readonly double[] Thresholds = [0.45, 0.50, 0.55, 0.60, 0.65];

    /// <summary>Bootstrap resamplings for the AUC differences: 1,000, the customary number for a 95% interval.</summary>
    private const int Resamples = 1000;

    /// <summary>Builds of the TF-IDF features timed for its cost: one build of a few hundred mentions takes about a millisecond.</summary>
    private const int TfIdfRepeats = 50;

    public static void Run(MergeSet set, IReadOnlyList<CheckSet> checks)
    {
        var sentences = set.Mentions.Select(c => c.Mention.Sentence).Distinct(StringComparer.Ordinal).Count();
        var reports = set.Mentions.Select(c => c.Mention.ReportId).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine($"merge set: {reports} reports, {set.Mentions.Count} mentions, {sentences} distinct sentences, {set.Gold.Count} gold events");

        using var minilm = new MiniLmEmbedder();
        var kinds = new (string Name, ISentenceEmbedder? Embedder)[] { ("TF-IDF", null), ("MiniLM", minilm) };
        var defaults = new MergeOptions();
        var grids = kinds.Select(k => Grid(set, k.Embedder)).ToArray();

        Console.WriteLine();
        Console.WriteLine("B3 F1 over all gold mentions (pairwise F1), by text weight (rows) and threshold (columns); * the defaults");
        for (var k = 0; k < kinds.Length; k++)
        {
            Console.WriteLine($"  {kinds[k].Name}");
            Console.WriteLine("    weight " + string.Concat(Thresholds.Select(t => $"  t={F2(t),-12}")));
            foreach (var w in TextWeights)
            {
                Console.WriteLine($"    {F2(w),-6} " + string.Concat(Thresholds.Select(t =>
                {
                    var s = grids[k][(w, t)].All;
                    var mark = w == defaults.TextWeight && t == defaults.Threshold ? "*" : " ";
                    return $"  {F3(s.BCubedF1)} ({F3(s.PairF1)}){mark}";
                })));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"text feature",-38} {"weight",6} {"thresh",6} {"B3 P",6} {"B3 R",6} {"B3 F1",6} {"pair P",6} {"pair R",6} {"pair F1",7} {"aligned B3 F1",13} {"splits+joins",12}");
        // The checks of other folders at every cell, so that a cell can be chosen on both.
        var passing = kinds.Select(k => grids[0].Keys.Where(cell => checks.All(c => c.Check(Options(cell, k.Embedder)).Failed.Count == 0)).ToHashSet()).ToArray();
        for (var k = 0; k < kinds.Length; k++)
        {
            var top = grids[k].Max(c => c.Value.All.BCubedF1);
            var tops = grids[k].Where(c => c.Value.All.BCubedF1 == top).Select(c => c.Key).ToList();
            var joint = tops.Where(passing[k].Contains).ToList();
            var best = joint.Count > 0 ? joint[0] : tops[0];
            Row($"{kinds[k].Name}, default weights", (defaults.TextWeight, defaults.Threshold), grids[k][(defaults.TextWeight, defaults.Threshold)]);
            Row($"{kinds[k].Name}, best of grid ({tops.Count} of {grids[k].Count} cells)", best, grids[k][best]);
            Console.WriteLine($"  {kinds[k].Name} cells at the best B3 F1 where every check below passes too: {(joint.Count == 0 ? "none" : string.Join(" ", joint.Select(Cell)))}");
        }

        Console.WriteLine();
        Console.WriteLine("timeline checks (dateline eval events) at the default weights: passed/all, events made, failed checks; then the grid cells where all pass");
        foreach (var c in checks)
        {
            foreach (var (name, embedder) in kinds)
            {
                var r = c.Check(new MergeOptions { Embedder = embedder });
                Console.WriteLine($"  {c.Name} {name}: {r.Total - r.Failed.Count}/{r.Total}, {r.Events} events{string.Concat(r.Failed.Select(f => $"; FAIL {f}"))}");
            }
        }

        for (var k = 0; k < kinds.Length; k++)
        {
            Console.WriteLine($"  {kinds[k].Name}: every check passes in {passing[k].Count} of {grids[k].Count} cells: {string.Join(" ", grids[k].Keys.Where(passing[k].Contains).Select(Cell))}");
        }

        Console.WriteLine();
        PrintSeparation(set, minilm);
        Console.WriteLine();
        PrintCost(set, minilm, sentences, reports);
    }

    private static Dictionary<(double Weight, double Threshold), MergeEvaluationResult> Grid(MergeSet set, ISentenceEmbedder? embedder) =>
        TextWeights.SelectMany(w => Thresholds.Select(t => (w, t))).ToDictionary(c => c, c => set.Score(Options(c, embedder)));

    private static MergeOptions Options((double Weight, double Threshold) cell, ISentenceEmbedder? embedder) =>
        new() { TextWeight = cell.Weight, Threshold = cell.Threshold, Embedder = embedder };

    private static string Cell((double Weight, double Threshold) cell) => $"{F2(cell.Weight)}/{F2(cell.Threshold)}";

    private static void Row(string name, (double Weight, double Threshold) cell, MergeEvaluationResult r)
    {
        var s = r.All;
        Console.WriteLine($"{name,-38} {F2(cell.Weight),6} {F2(cell.Threshold),6} {F3(s.BCubedPrecision),6} {F3(s.BCubedRecall),6} {F3(s.BCubedF1),6} {F3(s.PairPrecision),6} {F3(s.PairRecall),6} {F3(s.PairF1),7} {F3(r.Aligned.BCubedF1),13} {r.Errors.Count,12}");
    }

    /// <summary>
    /// ROC AUC over the candidate pairs blocking yields whose two mentions are both aligned to gold mentions, labelled
    /// same or different gold event: of the text similarity alone, and of the whole merge score (default weights).
    /// Also over the pairs no veto parts, where the text feature is what decides.
    /// </summary>
    private static void PrintSeparation(MergeSet set, ISentenceEmbedder minilm)
    {
        var gold = set.GoldOfMention();
        var plainStage = new MergingStage();
        var embeddedStage = new MergingStage(new MergeOptions { Embedder = minilm });
        var plain = MentionFeatures.Build(set.Mentions);
        var embedded = MentionFeatures.Build(set.Mentions, embedder: minilm);
        var pairs = new List<(bool Same, bool Vetoed, double TfIdf, double MiniLm, double ScoreTfIdf, double ScoreMiniLm)>();
        var blocked = 0;
        foreach (var (a, b) in plainStage.CandidatePairs(plain))
        {
            blocked++;
            if (gold.TryGetValue(plain[a].Mention.Key, out var ga) && gold.TryGetValue(plain[b].Mention.Key, out var gb))
            {
                var withTfIdf = plainStage.Score(plain[a], plain[b]);
                var vetoed = withTfIdf.Features is [{ Value: -1 }];
                pairs.Add((ga == gb, vetoed, MentionFeatures.Cosine(plain[a].Vector, plain[b].Vector), MentionFeatures.Cosine(embedded[a].Vector, embedded[b].Vector),
                    withTfIdf.Score, embeddedStage.Score(embedded[a], embedded[b]).Score));
            }
        }

        var open = pairs.Where(p => !p.Vetoed).ToList();
        Console.WriteLine($"separation: {blocked} candidate pairs from blocking, {pairs.Count} with both mentions in the gold ({pairs.Count(p => p.Same)} same event, {pairs.Count(p => !p.Same)} different); {open.Count} no veto parts ({open.Count(p => p.Same)} same, {open.Count(p => !p.Same)} different)");
        Console.WriteLine($"  {"ROC AUC of",-30} {"all pairs",10} {"no veto",10}   mean same / different (no veto)");
        void Auc(string name, Func<(bool Same, bool Vetoed, double TfIdf, double MiniLm, double ScoreTfIdf, double ScoreMiniLm), double> value) =>
            Console.WriteLine($"  {name,-30} {F3(Separation.Auc(pairs.Select(p => (value(p), p.Same)).ToList())),10} {F3(Separation.Auc(open.Select(p => (value(p), p.Same)).ToList())),10}"
                + $"   {F3(open.Where(p => p.Same).Average(value))} / {F3(open.Where(p => !p.Same).Average(value))}");
        Auc("text, TF-IDF cosine", p => p.TfIdf);
        Auc("text, MiniLM cosine", p => p.MiniLm);
        Auc("merge score, TF-IDF text", p => p.ScoreTfIdf);
        Auc("merge score, MiniLM text", p => p.ScoreMiniLm);
        var text = Separation.AucDifferenceInterval(open.Select(p => (p.TfIdf, p.MiniLm, p.Same)).ToList(), Resamples, seed: 1);
        var score = Separation.AucDifferenceInterval(open.Select(p => (p.ScoreTfIdf, p.ScoreMiniLm, p.Same)).ToList(), Resamples, seed: 1);
        Console.WriteLine($"  MiniLM - TF-IDF AUC where no veto decides, 95% of {Resamples} paired resamplings of the pairs (narrower than the truth: pairs share mentions): "
            + $"text alone {F3(text.Low)} to {F3(text.High)}, merge score {F3(score.Low)} to {F3(score.High)}");
    }

    /// <summary>What each text feature costs per sentence on one core, and what MiniLM would cost the pipeline.</summary>
    private static void PrintCost(MergeSet set, MiniLmEmbedder minilm, int sentences, int reports)
    {
        _ = MentionFeatures.Build(set.Mentions);
        var profile = new MergeProfile();
        for (var i = 0; i < TfIdfRepeats; i++)
        {
            _ = MentionFeatures.Build(set.Mentions, profile);
        }

        var tfidf = profile.Phases.Where(p => p.Name is "features: words" or "features: vectors").Sum(p => p.Time.TotalMilliseconds) / TfIdfRepeats / sentences;
        var cpu = minilm.Cpu.TotalMilliseconds / minilm.Embedded;
        var perReport = (double)sentences / reports;
        Console.WriteLine($"cost, one core: MiniLM load {minilm.LoadTime.TotalSeconds:0.00} s (model and a first sentence); {minilm.Embedded} sentences embedded in {minilm.Wall.TotalSeconds:0.00} s wall, "
            + $"{minilm.Cpu.TotalSeconds:0.00} s CPU = {F2(cpu)} ms CPU per sentence ({1000 / cpu:0} sentences per CPU second)");
        Console.WriteLine($"  TF-IDF: {tfidf * 1000:0.0} µs per sentence (words and vectors phases of the merge's features, which include the report contexts MiniLM still needs): MiniLM is {cpu / tfidf:0} times dearer");
        Console.WriteLine($"  at {perReport:0.0} distinct sentences per report (this set), embedding alone caps ingest at {1000 / (cpu * perReport):0} reports per CPU second, "
            + $"and the sentences of 200,000 mentions ({F2((double)sentences / set.Mentions.Count)} per mention here) take {200_000.0 * sentences / set.Mentions.Count * cpu / 1000:0} s CPU");
    }

    private static string F2(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string F3(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
