using System.ComponentModel;
using Dateline.Cli.Services;
using Dateline.Core.Contract;
using Dateline.Core.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline export --format json|csv|geojson|ics|timelinejs|md [--out FILE]</c> with the filters of <c>timeline</c>.
/// </summary>
public sealed class ExportCommand(IAnsiConsole console, TimeProvider clock) : Command<ExportCommand.Settings>
{
    private static readonly string[] Formats = ["json", "csv", "geojson", "ics", "timelinejs", "md"];

    /// <summary>Arguments of <c>export</c>.</summary>
    public sealed class Settings : EventQuerySettings
    {
        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("json (the contract), csv (ACLED's columns), geojson, ics (iCalendar), timelinejs, md (a brief with footnoted sources)")]
        [DefaultValue("json")]
        public string Format { get; init; } = "json";

        /// <summary>Output file; standard output when absent.</summary>
        [CommandOption("--out <FILE>")]
        [Description("Write to this file instead of standard output")]
        public string? Out { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var baseResult = base.Validate();
            if (!baseResult.Successful)
            {
                return baseResult;
            }

            return Formats.Contains(Format) ? ValidationResult.Success() : ValidationResult.Error($"--format: '{Format}' is not one of {string.Join(", ", Formats)}");
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.OpenExisting(settings.Db);
        var events = settings.Select(store);
        var text = settings.Format switch
        {
            "json" => EventJson.Write(events),
            "csv" => AcledCsvExporter.Write(events),
            "geojson" => GeoJsonExporter.Write(events),
            "ics" => new IcsExporter(clock).Write(events),
            "timelinejs" => TimelineJsExporter.Write(events),
            _ => MarkdownBriefExporter.Write(events),
        };

        if (settings.Out is null)
        {
            console.Profile.Out.Writer.Write(text);
            return 0;
        }

        try
        {
            File.WriteAllText(settings.Out, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserException($"{settings.Out}: cannot write ({ex.Message})");
        }

        console.MarkupLineInterpolated($"{events.Count} events written to {settings.Out} ({settings.Format})");
        return 0;
    }
}
