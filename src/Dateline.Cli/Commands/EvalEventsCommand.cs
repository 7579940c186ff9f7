using System.ComponentModel;
using Dateline.Cli.Services;
using Dateline.Core.Evaluation;
using Dateline.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval events --expected FILE [--db FILE]</c>: checks the stored timeline against expected events.</summary>
public sealed class EvalEventsCommand(IAnsiConsole console) : Command<EvalEventsCommand.Settings>
{
    /// <summary>Arguments of <c>eval events</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The expectation file.</summary>
        [CommandOption("--expected <FILE>")]
        [Description("JSON file of events that must be in the timeline (see eval/seed/expected.json)")]
        public string Expected { get; init; } = "";

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Expected.Length == 0 ? ValidationResult.Error("--expected FILE is required") : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Expected))
        {
            throw new UserException($"{settings.Expected}: no such file");
        }

        if (!File.Exists(settings.Db))
        {
            throw new UserException($"{settings.Db}: no such database (run `dateline ingest` first)");
        }

        ExpectationFile file;
        try
        {
            file = ExpectationFile.Parse(File.ReadAllText(settings.Expected), settings.Expected);
        }
        catch (InvalidDataException ex)
        {
            throw new UserException(ex.Message);
        }

        using var store = StoreFactory.Open(settings.Db);
        var outcomes = EventExpectations.Check(file, store.LoadEvents(new EventQuery()));
        foreach (var o in outcomes)
        {
            if (o.Passed)
            {
                console.MarkupLineInterpolated($"[green]PASS[/] {o.Description} [grey]({o.Detail})[/]");
            }
            else
            {
                console.MarkupLineInterpolated($"[red]FAIL[/] {o.Description} [grey]({o.Detail})[/]");
            }
        }

        var failed = outcomes.Count(o => !o.Passed);
        console.WriteLine($"{outcomes.Count - failed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
