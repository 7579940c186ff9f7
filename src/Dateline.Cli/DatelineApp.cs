using Dateline.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli;

/// <summary>Builds the command tree. One sealed command per verb; tests run this with real arguments.</summary>
public static class DatelineApp
{
    /// <summary>Runs the CLI with <paramref name="args"/> and returns the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="console">Where to write (tests pass a recording console).</param>
    /// <param name="clock">The clock for "when" of analyst actions (tests pass a fake one).</param>
    public static int Run(string[] args, IAnsiConsole? console = null, TimeProvider? clock = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dateline");
            config.Settings.Registrar.RegisterInstance<TimeProvider>(clock ?? TimeProvider.System);
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }
            else if (Console.IsOutputRedirected && Environment.GetEnvironmentVariable("COLUMNS") is null)
            {
                // Redirected output is read by programs and logs: do not wrap lines at 80 columns.
                AnsiConsole.Profile.Width = 200;
            }

            // User mistakes become one line and exit code 1; bugs still surface with their stack in DEBUG builds.
            config.SetExceptionHandler((ex, _) =>
            {
                var target = console ?? AnsiConsole.Console;
                target.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return ex is CommandAppException or UserException ? 2 : 1;
            });

            // VERBS: one AddCommand per verb, in the order `dateline --help` lists them.
            config.AddCommand<IngestCommand>("ingest")
                .WithDescription("Read report files or folders (.txt .html .md .jsonl), pages or feeds (URLs) into the store.")
                .WithExample("ingest", "samples", "--db", "dateline.db");
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Import dataset files (gdelt, acled, ucdp): rows become events with provenance that link to text events.")
                .WithExample("import", "acled", "acled-2020-03.csv");
            config.AddCommand<WatchCommand>("watch")
                .WithDescription("Poll RSS/Atom feeds and ingest what is new, never twice.")
                .WithExample("watch", "https://example.org/feed.xml", "--every", "15m");
            config.AddCommand<TimelineCommand>("timeline")
                .WithDescription("Print the stored events as a timeline (table, or JSON in the contract).")
                .WithExample("timeline", "--from", "2016-12-01", "--format", "json");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Export events: json, csv (ACLED columns), geojson, ics, timelinejs, md; with the filters of timeline.")
                .WithExample("export", "--format", "geojson", "--country", "SY", "--out", "syria.geojson");
            config.AddCommand<ShowCommand>("show")
                .WithDescription("Show one event: its mentions and sentences, why they were merged, where sources disagree.");
            config.AddCommand<MergeCommand>("merge")
                .WithDescription("Declare two events one (kept in the store, survives re-ingest; `undo` reverts).");
            config.AddCommand<SplitCommand>("split")
                .WithDescription("Take a mention out of an event (kept in the store, survives re-ingest; `undo` reverts).");
            config.AddCommand<UndoCommand>("undo")
                .WithDescription("Revert the last merge or split.");
            config.AddCommand<TimexCommand>("timex")
                .WithDescription("Find and normalize time expressions (TimeML TIMEX3) in text or TimeML files.")
                .WithExample("timex", "report.txt", "--dct", "2017-01-08")
                .WithExample("timex", "--format", "timeml", "--out", "out", "corpus/");
            config.AddBranch("bench", bench =>
            {
                bench.SetDescription("Measure speed and memory on generated data.");
                bench.AddCommand<BenchMergeCommand>("merge")
                    .WithDescription("Merge synthetic mentions spread over a year (10k, 50k, 200k) and show how the cost grows.");
                bench.AddCommand<BenchPipelineCommand>("pipeline")
                    .WithDescription("Run the per-report pipeline on one core over generated ~4 KB reports; time the table loads.");
                bench.AddCommand<BenchLoadCommand>("load")
                    .WithDescription("Time and size the cold load of the reference tables and the first report, part by part, in fresh processes.");
            });
            config.AddBranch("eval", eval =>
            {
                eval.SetDescription("Score Dateline against reference data.");
                eval.AddCommand<EvalTimexCommand>("timex")
                    .WithDescription("Score TimeML TIMEX3 output against gold files as TempEval-3 does.")
                    .WithExample("eval", "timex", "--gold", "gold/", "--system", "out/", "--min-relaxed", "0.92");
                eval.AddCommand<EvalEventsCommand>("events")
                    .WithDescription("Check the stored timeline against a file of expected events.");
                eval.AddCommand<EvalMergeCommand>("merge")
                    .WithDescription("Score cross-report merging against a gold clustering (B-cubed, pairwise).");
                eval.AddCommand<EvalAcledCommand>("acled")
                    .WithDescription("Extract events from ACLED's notes and score them against ACLED's own coding.");
                eval.AddCommand<EvalPloverCommand>("plover")
                    .WithDescription("Score event type, source and target against a PLOVER gold-standard file.");
                eval.AddCommand<EvalTlsCommand>("tls")
                    .WithDescription("Timeline summarization on T17-style articles and reference timelines (date F1, AR-1, AR-2).");
            });
        });
        return app.Run(args);
    }
}

/// <summary>An error caused by the user's input: printed as one line, never with a stack trace.</summary>
public sealed class UserException(string message) : Exception(message);
