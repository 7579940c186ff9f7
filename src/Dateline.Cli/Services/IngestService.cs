using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Stages.Cleaning;
using Dateline.Core.Stages.Merging;
using Dateline.Sources.Files;
using Dateline.Storage;

namespace Dateline.Cli.Services;

/// <summary>Overrides applied to every report of one ingest.</summary>
/// <param name="Outlet">Outlet name, or null to keep what the report says.</param>
/// <param name="Published">Publication time, or null to keep what the report says.</param>
public sealed record IngestOptions(string? Outlet, DateTimeOffset? Published);

/// <summary>What an ingest did.</summary>
public sealed record IngestSummary(int New, int Unchanged, int Failed, int Mentions, StoreCounts Counts);

/// <summary>Receives ingest progress: one call per report read and one per problem.</summary>
public interface IIngestProgress
{
    /// <summary>A report was handled; <paramref name="outcome"/> is new, unchanged or failed.</summary>
    void Report(string source, string outcome);

    /// <summary>A problem worth one line: an unreadable file, or a warning such as a missing date.</summary>
    void Problem(string line, bool isError);
}

/// <summary>
/// Reads files, runs the per-report pipeline on reports not seen before (by content hash), stores each in its
/// own transaction, then re-merges all mentions into events. Idempotent: re-ingesting the same text adds nothing.
/// </summary>
public sealed class IngestService(IEventStore store, ReportPipeline pipeline)
{
    /// <summary>Reports processed in parallel at once; storing stays sequential and in input order.</summary>
    private const int BatchSize = 64;

    /// <summary>Ingests files and folders.</summary>
    public IngestSummary Ingest(IEnumerable<string> paths, IngestOptions options, IIngestProgress progress, CancellationToken cancellationToken = default) =>
        Ingest(ReportFileReader.Read(paths), options, progress, cancellationToken);

    /// <summary>Ingests what readers produced: reports, and failures that are counted and reported.</summary>
    public IngestSummary Ingest(IEnumerable<ReadResult> items, IngestOptions options, IIngestProgress progress, CancellationToken cancellationToken = default)
    {
        int added = 0, unchanged = 0, failed = 0, mentions = 0;
        var batch = new List<CleaningResult>(BatchSize);
        var batchHashes = new HashSet<string>(StringComparer.Ordinal);

        void Flush()
        {
            // The costly stages are pure: run them in parallel, then store in input order, one transaction each.
            var processed = batch.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(pipeline.Process).ToList();
            foreach (var p in processed)
            {
                foreach (var warning in p.Warnings)
                {
                    progress.Problem(warning, isError: false);
                }

                if (store.SaveReport(p))
                {
                    added++;
                    mentions += p.Mentions.Count;
                    progress.Report(p.Report.Source, "new");
                }
                else
                {
                    unchanged++;
                    progress.Report(p.Report.Source, "unchanged");
                }
            }

            batch.Clear();
            batchHashes.Clear();
        }

        foreach (var result in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (result.Report is not { } raw)
            {
                failed++;
                progress.Problem(result.Error!, isError: true);
                continue;
            }

            raw = raw with
            {
                Outlet = options.Outlet ?? raw.Outlet,
                Published = options.Published ?? raw.Published,
            };
            var cleaned = pipeline.Clean(raw);
            if (cleaned.Report.Text.Length == 0)
            {
                failed++;
                progress.Problem($"{raw.Source}: no story text found", isError: true);
                continue;
            }

            if (store.HasReport(cleaned.Report.ContentHash) || !batchHashes.Add(cleaned.Report.ContentHash))
            {
                unchanged++;
                progress.Report(raw.Source, "unchanged");
                continue;
            }

            batch.Add(cleaned);
            if (batch.Count == BatchSize)
            {
                Flush();
            }
        }

        Flush();
        if (added > 0)
        {
            Remerge(store);
        }

        return new IngestSummary(added, unchanged, failed, mentions, store.Counts());
    }

    /// <summary>Re-clusters every stored mention into events.</summary>
    public static void Remerge(IEventStore store)
    {
        IReadOnlyList<CitedMention> all = store.LoadMentions();
        store.ReplaceEvents(new MergingStage().Merge(all, MergeConstraints.From(store.LoadActions())));
    }
}
