using System.ComponentModel;
using System.Globalization;
using Dateline.Cli.Services;
using Dateline.Core.Evaluation;
using Dateline.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval merge --gold FILE [--reports DIR] [--min-bcubed F] [--min-coverage F]</c>: ingests the set's
/// reports into a fresh store, aligns the system's mentions to the gold quotes and prints clustering scores.
/// </summary>
public sealed class EvalMergeCommand(IAnsiConsole console) : Command<EvalMergeCommand.Settings>
{
    /// <summary>Arguments of <c>eval merge</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The gold clustering (JSON Lines).</summary>
        [CommandOption("--gold <FILE>")]
        [Description("Gold events, one JSON object a line (see eval/merge/README.md)")]
        public string Gold { get; init; } = "";

        /// <summary>The reports folder.</summary>
        [CommandOption("--reports <DIR>")]
        [Description("Folder of the set's reports (default: reports/ beside the gold file)")]
        public string? Reports { get; init; }

        /// <summary>Minimum B-cubed F1 over all gold mentions: a mention the system missed counts as a singleton, so
        /// extracting less cannot raise the figure.</summary>
        [CommandOption("--min-bcubed <F1>")]
        [Description("Exit 1 when B-cubed F1 over all gold mentions (a missed one a singleton) is below this")]
        [DefaultValue(0.0)]
        public double MinBCubed { get; init; }

        /// <summary>Minimum share of gold mentions the system found.</summary>
        [CommandOption("--min-coverage <SHARE>")]
        [Description("Exit 1 when fewer gold mentions than this share are found")]
        [DefaultValue(0.0)]
        public double MinCoverage { get; init; }

        /// <summary>List the gold mentions no system mention was aligned to.</summary>
        [CommandOption("--misses")]
        [Description("List the gold mentions the system did not extract (report and quote)")]
        public bool Misses { get; init; }

        /// <summary>List every gold mention with the system mention and event it was aligned to.</summary>
        [CommandOption("--detail")]
        [Description("List every gold mention with its aligned mention (trigger, type, time, place) and system event")]
        public bool Detail { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Gold.Length == 0 ? ValidationResult.Error("--gold FILE is required") : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Gold))
        {
            throw new UserException($"{settings.Gold}: no such file");
        }

        var reports = settings.Reports ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settings.Gold))!, "reports");
        if (!Directory.Exists(reports))
        {
            throw new UserException($"{reports}: no such folder");
        }

        IReadOnlyList<GoldEvent> gold;
        try
        {
            gold = MergeEvaluation.ReadGold(File.ReadAllText(settings.Gold), settings.Gold);
        }
        catch (InvalidDataException ex)
        {
            throw new UserException(ex.Message);
        }

        var dir = Directory.CreateTempSubdirectory("dateline-eval-merge-");
        try
        {
            using var store = StoreFactory.Open(Path.Combine(dir.FullName, "eval.db"));
            var summary = new IngestService(store, PipelineFactory.Create())
                .Ingest([reports], new IngestOptions(null, null), new ConsoleIngestProgress(console), cancellationToken);
            var texts = store.LoadReports().ToDictionary(r => r.Id, r => (Path.GetFileName(r.Source), r.Text), StringComparer.Ordinal);
            var result = MergeEvaluation.Score(gold, store.LoadEvents(new EventQuery()), texts);
            Print(summary, result);
            PrintAlignments(result, settings);
            var ok = result.All.BCubedF1 >= settings.MinBCubed && result.Coverage >= settings.MinCoverage;
            if (!ok)
            {
                console.MarkupLineInterpolated($"[red]below the bar:[/] B-cubed F1 over all gold mentions {F(result.All.BCubedF1)} (min {F(settings.MinBCubed)}), coverage {F(result.Coverage)} (min {F(settings.MinCoverage)})");
            }

            // Unreadable reports were named one line each as they were read; their gold mentions count as missed.
            if (summary.Failed > 0)
            {
                console.MarkupLineInterpolated($"[red]{summary.Failed} report(s) could not be read[/] (named above)");
            }

            return ok && summary.Failed == 0 ? 0 : 1;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private void Print(IngestSummary summary, MergeEvaluationResult r)
    {
        console.WriteLine($"reports {summary.New + summary.Unchanged}, mentions {summary.Counts.Mentions}, events {summary.Counts.Events}");
        var table = new Table().AddColumns("scored over", "B3 P", "B3 R", "B3 F1", "pair P", "pair R", "pair F1", "gold mentions");
        Row(table, "aligned mentions", r.Aligned);
        Row(table, "all gold mentions", r.All);
        console.Write(table);
        console.WriteLine($"coverage (gold mentions found): {F(r.Coverage)}");
        foreach (var e in r.Errors)
        {
            console.WriteLine("  " + e);
        }
    }

    private void PrintAlignments(MergeEvaluationResult r, Settings settings)
    {
        if (!settings.Misses && !settings.Detail)
        {
            return;
        }

        foreach (var a in r.Alignments.Where(a => settings.Detail || a.Mention is null))
        {
            var m = a.Mention;
            var found = m is null
                ? "MISSED"
                : $"{a.Event} {m.Key} [{m.Type}] \"{m.Trigger}\" time {m.Time.Value} {Day(m.Time.Earliest)}..{Day(m.Time.Latest)} ({m.TimeText ?? "inferred"}) place {m.Location?.Name ?? "-"} status {m.Status}";
            // Straight to the writer: one line per mention, never wrapped at the console's width, so it can be grepped.
            console.Profile.Out.Writer.WriteLine($"  {a.Gold} {a.Report}: \"{a.Quote}\" -> {found}");
        }
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static void Row(Table t, string name, ClusterScores s) =>
        t.AddRow(name, F(s.BCubedPrecision), F(s.BCubedRecall), F(s.BCubedF1), F(s.PairPrecision), F(s.PairRecall), F(s.PairF1), s.Items.ToString(CultureInfo.InvariantCulture));

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
