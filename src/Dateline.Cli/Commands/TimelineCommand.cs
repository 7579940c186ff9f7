using System.ComponentModel;
using System.Globalization;
using Dateline.Cli.Rendering;
using Dateline.Cli.Services;
using Dateline.Core.Contract;
using Dateline.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline timeline [--db FILE] [--from DATE] [--to DATE] [--format table|json]</c>.</summary>
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

            return Format is "table" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format: '{Format}' is not table or json");
        }

        private static DateOnly? ParseDay(string? s) =>
            s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Db))
        {
            throw new UserException($"{settings.Db}: no such database (run `dateline ingest` first)");
        }

        using var store = StoreFactory.Open(settings.Db);
        var events = store.LoadEvents(settings.Query);
        if (settings.Format == "json")
        {
            console.Profile.Out.Writer.WriteLine(EventJson.Write(events));
            return 0;
        }

        TimelineTable.Render(console, events);
        return 0;
    }
}
