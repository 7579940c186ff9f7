using System.ComponentModel;
using Dateline.Cli.Services;
using Dateline.Core.Model;
using Dateline.Sources.Datasets;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline import gdelt|acled|ucdp FILE… [--db FILE]</c>: dataset rows become events with provenance, linked to
/// text events by merging; a newer file updates rows and records deletions instead of duplicating.
/// </summary>
public sealed class ImportCommand(IAnsiConsole console, TimeProvider clock) : Command<ImportCommand.Settings>
{
    /// <summary>Arguments of <c>import</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The dataset kind.</summary>
        [CommandArgument(0, "<DATASET>")]
        [Description("gdelt (2.0 or 1.0 events export), acled (CSV export, either layout) or ucdp (GED or GED Candidate CSV)")]
        public string Dataset { get; init; } = "";

        /// <summary>The files.</summary>
        [CommandArgument(1, "<FILE>")]
        [Description("Dataset files")]
        public string[] Files { get; init; } = [];

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Dataset is "gdelt" or "acled" or "ucdp"
                ? Files.Length > 0 ? ValidationResult.Success() : ValidationResult.Error("give one or more files to import")
                : ValidationResult.Error($"'{Dataset}' is not a dataset Dateline imports (gdelt, acled, ucdp)");
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.Open(settings.Db);
        var failed = 0;
        var read = 0;
        foreach (var file in settings.Files)
        {
            if (!File.Exists(file))
            {
                console.MarkupLineInterpolated($"[red]error:[/] {file}: no such file");
                failed++;
                continue;
            }

            if (settings.Dataset == "gdelt")
            {
                var layout = GdeltReader.DetectLayout(file);
                console.MarkupLineInterpolated($"{file}: GDELT layout {layout}");
                if (layout == GdeltLayout.Mentions)
                {
                    failed += ImportMentions(store, file, cancellationToken);
                    continue;
                }
            }

            var errors = 0;
            var results = settings.Dataset switch
            {
                "gdelt" => GdeltReader.Read(file),
                "acled" => AcledReader.Read(file),
                _ => UcdpReader.Read(file),
            };

            IEnumerable<DatasetEvent> Rows()
            {
                foreach (var r in results)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (r.Event is { } ev)
                    {
                        read++;
                        if (read % 100_000 == 0)
                        {
                            console.MarkupLineInterpolated($"[grey]… {read} rows read[/]");
                        }

                        yield return ev;
                    }
                    else
                    {
                        errors++;
                        if (errors <= 20)
                        {
                            console.MarkupLineInterpolated($"[red]error:[/] {r.Error}");
                        }
                    }
                }
            }

            var counts = store.ImportDataset(settings.Dataset, Rows(), clock.GetUtcNow());
            if (errors > 20)
            {
                console.MarkupLineInterpolated($"[red]… {errors - 20} more errors[/]");
            }

            failed += errors;
            console.MarkupLineInterpolated(
                $"{file}: rows [green]{counts.New} new[/], {counts.Updated} updated, {counts.Unchanged} unchanged, {counts.Deleted} deleted, [{(errors > 0 ? "red" : "default")}]{errors} failed[/]");
        }

        IngestService.Remerge(store);
        console.MarkupLineInterpolated($"events: {store.Counts().Events}");
        return failed > 0 ? 1 : 0;
    }

    /// <summary>GDELT Mentions: the articles behind GDELT events, kept beside them (`show` lists them).</summary>
    private int ImportMentions(Storage.IEventStore store, string file, CancellationToken cancellationToken)
    {
        var errors = 0;
        var read = 0;
        IEnumerable<(string, DateTimeOffset?, string, string)> Rows()
        {
            foreach (var r in GdeltMentionReader.Read(file))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (r.Mention is { } m)
                {
                    read++;
                    yield return (m.GlobalEventId, m.MentionTime, m.SourceName, m.Identifier);
                }
                else if (++errors <= 20)
                {
                    console.MarkupLineInterpolated($"[red]error:[/] {r.Error}");
                }
            }
        }

        var added = store.ImportGdeltMentions(Rows());
        console.MarkupLineInterpolated($"{file}: mentions {read} read, {added} new, {errors} failed");
        return errors;
    }
}
