using System.ComponentModel;
using System.Globalization;
using Dateline.Cli.Services;
using Dateline.Core.Evaluation;
using Dateline.Core.Model;
using Dateline.Core.Stages.Resolution;
using Dateline.Sources.Datasets;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval acled FILE.csv</c>: each row's notes as a report; the extracted event scored against ACLED's own
/// coding (date, event_type, sub_event_type, location, actor1, fatalities).
/// </summary>
public sealed class EvalAcledCommand(IAnsiConsole console) : Command<EvalAcledCommand.Settings>
{
    /// <summary>Arguments of <c>eval acled</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The ACLED export.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("An ACLED CSV export (older or current layout)")]
        public string File { get; init; } = "";

        /// <summary>Misses shown per field.</summary>
        [CommandOption("--misses <N>")]
        [Description("How many misses to show per field (default 3)")]
        [DefaultValue(3)]
        public int Misses { get; init; } = 3;

        /// <summary>Rows whose mentions are listed, to see why a row is missed.</summary>
        [CommandOption("--show <ID>")]
        [Description("List the mentions extracted from this row (event_id_cnty, e.g. SYR2686); may be repeated")]
        public string[] Show { get; init; } = [];

        /// <summary>Minimum exact date; below it the command fails.</summary>
        [CommandOption("--min-date <SHARE>")]
        [Description("Fail (exit 1) when the exact date is below this (0–1).")]
        [DefaultValue(0.0)]
        public double MinDate { get; init; }

        /// <summary>Minimum event_type agreement; below it the command fails.</summary>
        [CommandOption("--min-event-type <SHARE>")]
        [Description("Fail (exit 1) when the event_type agreement is below this (0–1).")]
        [DefaultValue(0.0)]
        public double MinEventType { get; init; }

        /// <summary>Minimum sub_event_type agreement; below it the command fails.</summary>
        [CommandOption("--min-sub <SHARE>")]
        [Description("Fail (exit 1) when the sub_event_type agreement is below this (0–1).")]
        [DefaultValue(0.0)]
        public double MinSub { get; init; }

        /// <summary>Minimum location agreement; below it the command fails.</summary>
        [CommandOption("--min-location <SHARE>")]
        [Description("Fail (exit 1) when the location agreement is below this (0–1).")]
        [DefaultValue(0.0)]
        public double MinLocation { get; init; }

        /// <summary>Minimum fatalities agreement; below it the command fails.</summary>
        [CommandOption("--min-fatalities <SHARE>")]
        [Description("Fail (exit 1) when the fatalities agreement is below this (0–1).")]
        [DefaultValue(0.0)]
        public double MinFatalities { get; init; }

        /// <summary>Minimum actor1 agreement; below it the command fails.</summary>
        [CommandOption("--min-actor1 <SHARE>")]
        [Description("Fail (exit 1) when the actor1 agreement is below this (0–1).")]
        [DefaultValue(0.0)]
        public double MinActor1 { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            foreach (var (name, v) in Minimums())
            {
                if (v is < 0 or > 1)
                {
                    return ValidationResult.Error($"{name} must be between 0 and 1");
                }
            }

            return Misses < 0 ? ValidationResult.Error("--misses must be 0 or more") : ValidationResult.Success();
        }

        /// <summary>Each --min-* flag with its value.</summary>
        internal IEnumerable<(string Flag, double Min)> Minimums() =>
        [
            ("--min-date", MinDate), ("--min-event-type", MinEventType), ("--min-sub", MinSub),
            ("--min-location", MinLocation), ("--min-fatalities", MinFatalities), ("--min-actor1", MinActor1),
        ];
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            throw new UserException($"{settings.File}: no such file");
        }

        var rows = new List<DatasetEvent>();
        var errors = 0;
        foreach (var r in AcledReader.Read(settings.File))
        {
            if (r.Event is { } e)
            {
                rows.Add(e);
            }
            else if (++errors <= 10)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {r.Error}");
            }
        }

        var pipeline = PipelineFactory.Create();
        var results = rows.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(row => (row, (IReadOnlyList<Mention>)pipeline.Process(AcledEvaluation.ToReport(row).Report).Mentions))
            .ToList();
        var actors = ActorTable.Default;
        var scores = AcledEvaluation.Score(results, (a, when, country) =>
            (a.Id is not null ? actors.Get(a.Id) : actors.Find(a.Name)) is { } entry ? actors.AcledNameOf(entry, when, country) : null, Math.Max(8, settings.Misses));

        var table = new Table().AddColumns("field", "agreement", "issue 6 bar");
        Row(table, "date (exact)", scores.Date, 0.97);
        Row(table, "event_type", scores.EventType, 0.85);
        Row(table, "sub_event_type", scores.SubEventType, 0.75);
        Row(table, "location (name or 25 km)", scores.Location, 0.80);
        Row(table, "actor1", scores.Actor1, 0.70);
        Row(table, "fatalities (exact)", scores.Fatalities, 0.85);
        console.WriteLine($"{settings.File}: {scores.Rows} rows scored, {errors} unreadable");
        console.Write(table);
        foreach (var (field, misses) in scores.Misses)
        {
            foreach (var miss in misses.Take(settings.Misses))
            {
                console.WriteLine($"  {field}: {miss}");
            }
        }

        foreach (var (row, mentions) in results.Where(r => settings.Show.Contains(r.row.SourceId, StringComparer.OrdinalIgnoreCase)))
        {
            var main = AcledEvaluation.MainMention(mentions);
            console.WriteLine($"{row.SourceId}: {row.Notes}");
            foreach (var m in mentions)
            {
                var toll = m.Fatalities is { } q ? $"{q.Min}..{q.Max?.ToString(CultureInfo.InvariantCulture) ?? ""}" : "-";
                console.WriteLine($"  {(m == main ? "*" : " ")} {m.Ordinal} \"{m.Trigger}\" {m.Type} {m.Status} time={m.Time.Value} toll={toll} place={m.Location?.Name ?? "-"} actors={string.Join("; ", m.Actors.Select(a => $"{a.Role}:{a.Name}"))}");
            }
        }

        var failed = false;
        var got = new[] { scores.Date, scores.EventType, scores.SubEventType, scores.Location, scores.Fatalities, scores.Actor1 };
        foreach (var ((flag, min), value) in settings.Minimums().Zip(got))
        {
            if (value < min)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {flag[6..]} {value.ToString("0.000", CultureInfo.InvariantCulture)} is below the minimum {min.ToString("0.000", CultureInfo.InvariantCulture)}");
                failed = true;
            }
        }

        return errors > 0 || failed ? 1 : 0;
    }

    private static void Row(Table t, string name, double value, double bar) =>
        t.AddRow(name, value.ToString("0.000", CultureInfo.InvariantCulture), bar.ToString("0.00", CultureInfo.InvariantCulture));
}
