using System.ComponentModel;
using System.Globalization;
using Dateline.Cli.Rendering;
using Dateline.Cli.Services;
using Dateline.Core.Contract;
using Dateline.Core.Ranking;
using Dateline.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline timeline [--db FILE] [--from DATE] [--to DATE] [--top N] [--format table|json]</c>.</summary>
public sealed class TimelineCommand(IAnsiConsole console) : Command<TimelineCommand.Settings>
{
    /// <summary>Arguments of <c>timeline</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>First day of the period.</summary>
        [CommandOption("--from <DATE>")]
        [Description("Only events that may end on or after this day (YYYY-MM-DD)")]
        public string? From { get; init; }

        /// <summary>Last day of the period.</summary>
        [CommandOption("--to <DATE>")]
        [Description("Only events that may start on or before this day (YYYY-MM-DD)")]
        public string? To { get; init; }

        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("table (for people) or json (the contract)")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        /// <summary>Keep only the N key events.</summary>
        [CommandOption("--top <N>")]
        [Description("Only the N most important events of the period (independent sources, outlets, event weight)")]
        public int? Top { get; init; }

        /// <summary>The parsed period.</summary>
        public EventQuery Query => new(ParseDay(From), ParseDay(To));

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (From is not null && ParseDay(From) is null)
            {
                return ValidationResult.Error($"--from: '{From}' is not a date (YYYY-MM-DD)");
            }

            if (To is not null && ParseDay(To) is null)
            {
                return ValidationResult.Error($"--to: '{To}' is not a date (YYYY-MM-DD)");
            }

            if (Top is < 1)
            {
                return ValidationResult.Error("--top: give a number of events of 1 or more");
            }

            return Format is "table" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format: '{Format}' is not table or json");
        }

        private static DateOnly? ParseDay(string? s) =>
            s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.OpenExisting(settings.Db);
        var events = store.LoadEvents(settings.Query);
        if (settings.Top is { } top)
        {
            events = KeyEventRanking.Top(events, top).Select(r => r.Event).ToList();
        }

        if (settings.Format == "json")
        {
            console.Profile.Out.Writer.WriteLine(EventJson.Write(events));
            return 0;
        }

        TimelineTable.Render(console, events);
        return 0;
    }
}
