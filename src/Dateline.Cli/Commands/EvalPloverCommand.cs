using System.ComponentModel;
using System.Globalization;
using Dateline.Cli.Services;
using Dateline.Core.Evaluation;
using Dateline.Core.Model;
using Dateline.Core.Stages.Resolution;
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
        [Description("A PLOVER gold-standard JSON file ({\"records\":[[…]]})")]
        public string File { get; init; } = "";

        /// <summary>How many wrongly coded sentences to print (0: none).</summary>
        [CommandOption("--misses <N>")]
        [Description("Print up to N sentences whose type, source or target is wrong")]
        public int Misses { get; init; }

        /// <summary>Fail below this event type accuracy.</summary>
        [CommandOption("--min-type <X>")]
        [Description("Exit non-zero when event type accuracy is below X")]
        public double? MinType { get; init; }

        /// <summary>Fail below this source accuracy.</summary>
        [CommandOption("--min-source <X>")]
        [Description("Exit non-zero when source actor accuracy is below X")]
        public double? MinSource { get; init; }

        /// <summary>Fail below this target accuracy.</summary>
        [CommandOption("--min-target <X>")]
        [Description("Exit non-zero when target actor accuracy is below X")]
        public double? MinTarget { get; init; }
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
        // A person's or body's country comes from the actor table ("person:vladimir-putin" → RU).
        string? CountryOf(string id) => ActorTable.Default.Get(id)?.Country;
        var s = PloverEvaluation.Score(results, CountryOf);
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

        foreach (var line in PloverEvaluation.Misses(results, CountryOf).Take(settings.Misses))
        {
            console.WriteLine(line);
        }

        var failed = false;
        foreach (var (name, value, min) in new[] { ("event type", s.TypeAccuracy, settings.MinType), ("source actor", s.SourceAccuracy, settings.MinSource), ("target actor", s.TargetAccuracy, settings.MinTarget) })
        {
            if (min is { } m && value < m)
            {
                console.WriteLine($"{name} {F(value)} is below the minimum {F(m)}");
                failed = true;
            }
        }

        return failed ? 1 : 0;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
