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

        return errors > 0 ? 1 : 0;
    }

    private static void Row(Table t, string name, double value, double bar) =>
        t.AddRow(name, value.ToString("0.000", CultureInfo.InvariantCulture), bar.ToString("0.00", CultureInfo.InvariantCulture));
}
