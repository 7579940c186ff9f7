using System.ComponentModel;
using Dateline.Cli.Rendering;
using Dateline.Cli.Services;
using Dateline.Core.Contract;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline timeline [--db FILE] [--from DATE] [--to DATE] [--top N] [--format table|json]</c>.</summary>
public sealed class TimelineCommand(IAnsiConsole console) : Command<TimelineCommand.Settings>
{
    /// <summary>Arguments of <c>timeline</c>.</summary>
    public sealed class Settings : EventQuerySettings
    {
        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("table (for people) or json (the contract)")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var baseResult = base.Validate();
            if (!baseResult.Successful)
            {
                return baseResult;
            }

            return Format is "table" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format: '{Format}' is not table or json");
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.OpenExisting(settings.Db);
        var events = settings.Select(store);
        if (settings.Format == "json")
        {
            console.Profile.Out.Writer.WriteLine(EventJson.Write(events));
            return 0;
        }

        TimelineTable.Render(console, events);
        return 0;
    }
}
