using System.ComponentModel;
using System.Globalization;
using Dateline.Cli.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline ingest PATH… [--db FILE] [--source NAME] [--published DATETIME]</c>.</summary>
public sealed class IngestCommand(IAnsiConsole console, TimeProvider clock) : Command<IngestCommand.Settings>
{
    /// <summary>Arguments of <c>ingest</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Files or folders to read.</summary>
        [CommandArgument(0, "<PATH>")]
        [Description("Report files or folders (.txt .html .md .jsonl), page URLs, or RSS/Atom feed URLs")]
        public string[] Paths { get; init; } = [];

        /// <summary>Outlet name for every report read.</summary>
        [CommandOption("--source <NAME>")]
        [Description("Outlet name to give every report (overrides what the report says)")]
        public string? Source { get; init; }

        /// <summary>Publication time for every report read.</summary>
        [CommandOption("--published <DATETIME>")]
        [Description("Publication time to give every report, e.g. 2017-01-08 or 2017-01-08T14:28Z")]
        public string? Published { get; init; }

        /// <summary>The parsed <see cref="Published"/>.</summary>
        public DateTimeOffset? PublishedValue =>
            Published is not null && DateTimeOffset.TryParse(Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Paths.Length == 0)
            {
                return ValidationResult.Error("give at least one file or folder to ingest");
            }

            if (Published is not null && PublishedValue is null)
            {
                return ValidationResult.Error($"--published: '{Published}' is not a date or date-time (try 2017-01-08T14:28Z)");
            }

            return ValidationResult.Success();
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.Open(settings.Db);
        var service = new IngestService(store, PipelineFactory.Create());
        var options = new IngestOptions(settings.Source, settings.PublishedValue);
        var items = ReportSources.Read(settings.Paths, store, clock, cancellationToken);
        var summary = service.Ingest(items, options, new ConsoleIngestProgress(console), cancellationToken);
        console.MarkupLineInterpolated(
            $"reports: [green]{summary.New} new[/], {summary.Unchanged} unchanged, [{(summary.Failed > 0 ? "red" : "default")}]{summary.Failed} failed[/]; mentions: +{summary.Mentions} (total {summary.Counts.Mentions}); events: {summary.Counts.Events}");
        return summary.Failed > 0 ? 1 : 0;
    }
}
