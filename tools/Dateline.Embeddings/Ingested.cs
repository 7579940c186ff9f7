using Dateline.Cli;
using Dateline.Cli.Services;
using Dateline.Core.Model;

namespace Dateline.Embeddings;

/// <summary>
/// A folder of reports run once through the per-report stages, as <c>dateline ingest</c> runs them: the mentions it
/// stores and the reports' texts. Merging them again with other options needs nothing else.
/// </summary>
/// <param name="Mentions">The stored mentions, as merging reads them.</param>
/// <param name="Texts">Report id → (file name, cleaned text).</param>
internal sealed record Ingested(IReadOnlyList<CitedMention> Mentions, IReadOnlyDictionary<string, (string File, string Text)> Texts)
{
    /// <summary>Ingests <paramref name="reports"/> into a throw-away store.</summary>
    public static Ingested Read(string reports)
    {
        if (!Directory.Exists(reports))
        {
            throw new UserException($"{reports}: no such folder");
        }

        var dir = Directory.CreateTempSubdirectory("dateline-embeddings-");
        try
        {
            using var store = StoreFactory.Open(Path.Combine(dir.FullName, "set.db"));
            var summary = new IngestService(store, PipelineFactory.Create()).Ingest([reports], new IngestOptions(null, null), new Silent());
            if (summary.Failed > 0)
            {
                throw new UserException($"{reports}: {summary.Failed} report(s) could not be read");
            }

            var texts = store.LoadReports().ToDictionary(r => r.Id, r => (Path.GetFileName(r.Source), r.Text), StringComparer.Ordinal);
            return new Ingested(store.LoadMentions(), texts);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Reads a file the tool was pointed at, one clear error line when it is missing.</summary>
    public static string ReadFile(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new UserException($"{path}: no such file");

    /// <summary>Ingest progress nobody reads: the tool prints its own summary.</summary>
    private sealed class Silent : IIngestProgress
    {
        public void Report(string source, string outcome)
        {
        }

        public void Problem(string line, bool isError)
        {
        }
    }
}
