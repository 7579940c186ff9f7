using System.ComponentModel;
using System.Globalization;
using Dateline.Cli.Services;
using Dateline.Core.Evaluation;
using Dateline.Core.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval plover FILE.json</c>: event type, source and target against the PLOVER gold standard.</summary>
public sealed class EvalPloverCommand(IAnsiConsole console) : Command<EvalPloverCommand.Settings>
{
    /// <summary>Arguments of <c>eval plover</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The gold-standard file.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("A PLOVER gold-standard JSON file ({\"records\":[…]})")]
        public string File { get; init; } = "";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            throw new UserException($"{settings.File}: no such file");
        }

        IReadOnlyList<PloverRecord> records;
        try
        {
            records = PloverEvaluation.Read(System.IO.File.ReadAllText(settings.File), settings.File);
        }
        catch (InvalidDataException ex)
        {
            throw new UserException(ex.Message);
        }

        var pipeline = PipelineFactory.Create();
        var results = records.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(r => (r, (IReadOnlyList<Mention>)pipeline.Process(new RawReport(r.Id, r.Text, ReportFormat.Text)
            {
                Published = r.Date is { } d ? new DateTimeOffset(d.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) : null,
            }).Mentions))
            .ToList();
        var s = PloverEvaluation.Score(results);
        var table = new Table().AddColumns("measure", "value", "issue 6 bar");
        table.AddRow("event type accuracy", F(s.TypeAccuracy), "0.80");
        table.AddRow("source actor", F(s.SourceAccuracy), "0.80");
        table.AddRow("target actor", F(s.TargetAccuracy), "0.70");
        console.WriteLine($"{settings.File}: {s.Records} sentences");
        console.Write(table);
        foreach (var (gold, system, count) in s.Confusions)
        {
            console.WriteLine($"  {gold} → {system}: {count}");
        }

        return 0;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
