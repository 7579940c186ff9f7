using System.ComponentModel;
using System.Globalization;
using Dateline.Cli.Services;
using Dateline.Sources.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline watch FEED… --every 15m [--db FILE] [--polls N]</c>: polls feeds and ingests what is new, never twice.</summary>
public sealed class WatchCommand(IAnsiConsole console, TimeProvider clock) : Command<WatchCommand.Settings>
{
    /// <summary>Arguments of <c>watch</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Feed URLs.</summary>
        [CommandArgument(0, "<FEED>")]
        [Description("RSS 2.0 or Atom feed URLs")]
        public string[] Feeds { get; init; } = [];

        /// <summary>The polling interval as written.</summary>
        [CommandOption("--every <INTERVAL>")]
        [Description("How often to poll: 30s, 15m, 2h (default 15m)")]
        [DefaultValue("15m")]
        public string Every { get; init; } = "15m";

        /// <summary>Stop after this many polls (default: until interrupted).</summary>
        [CommandOption("--polls <N>")]
        [Description("Stop after N polls (default: run until Ctrl+C)")]
        public int? Polls { get; init; }

        /// <summary>The parsed interval.</summary>
        public TimeSpan? Interval => ParseInterval(Every);

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Feeds.Length == 0 || Feeds.Any(f => !WebSource.IsUrl(f)))
            {
                return ValidationResult.Error("give one or more http(s) feed URLs");
            }

            if (Interval is null)
            {
                return ValidationResult.Error($"--every: '{Every}' is not an interval like 30s, 15m or 2h");
            }

            return Polls is < 1 ? ValidationResult.Error("--polls: give 1 or more") : ValidationResult.Success();
        }

        /// <example>"15m" → 15 minutes; "30s"; "2h".</example>
        internal static TimeSpan? ParseInterval(string text)
        {
            if (text.Length < 2 || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return null;
            }

            return text[^1] switch
            {
                's' => TimeSpan.FromSeconds(n),
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                _ => null,
            };
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.Open(settings.Db);
        var service = new IngestService(store, PipelineFactory.Create());
        var failed = false;
        for (var poll = 1; settings.Polls is null || poll <= settings.Polls; poll++)
        {
            var items = ReportSources.Read(settings.Feeds, store, clock, cancellationToken);
            var summary = service.Ingest(items, new IngestOptions(null, null), new ConsoleIngestProgress(console), cancellationToken);
            failed |= summary.Failed > 0;
            console.WriteLine($"{clock.GetUtcNow():yyyy-MM-dd HH:mm:ss}Z poll {poll}: {summary.New} new, {summary.Unchanged} unchanged, {summary.Failed} failed; events {summary.Counts.Events}");
            if (settings.Polls is { } max && poll >= max)
            {
                break;
            }

            try
            {
                Task.Delay(settings.Interval!.Value, clock, cancellationToken).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return failed ? 1 : 0;
    }
}
