using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Storage;

/// <summary>How many rows the store holds.</summary>
/// <param name="Reports">Reports stored.</param>
/// <param name="Mentions">Mentions stored.</param>
/// <param name="Events">Events stored.</param>
public sealed record StoreCounts(int Reports, int Mentions, int Events);

/// <summary>What a dataset import did.</summary>
/// <param name="New">Rows not seen before.</param>
/// <param name="Updated">Rows whose content changed (or that came back after a deletion).</param>
/// <param name="Unchanged">Rows stored already as they are.</param>
/// <param name="Deleted">Rows of an earlier import, within this file's countries and dates, that this file no longer has.</param>
public sealed record DatasetImportCounts(int New, int Updated, int Unchanged, int Deleted);

/// <summary>Filters for reading events; all optional, inclusive dates.</summary>
/// <param name="From">Events that may end on or after this day.</param>
/// <param name="To">Events that may start on or before this day.</param>
public sealed record EventQuery(DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// The store contract: reports, their mentions and the merged events. Writes are transactional: a killed
/// process loses nothing already committed and a re-run duplicates nothing.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>True when a report with this content hash is stored.</summary>
    bool HasReport(string contentHash);

    /// <summary>Stores a processed report and its mentions in one transaction; false when it was already there.</summary>
    bool SaveReport(ProcessedReport processed);

    /// <summary>All mentions with the metadata of their reports, for merging.</summary>
    IReadOnlyList<CitedMention> LoadMentions();

    /// <summary>Replaces the merged events in one transaction.</summary>
    void ReplaceEvents(IReadOnlyList<Event> events);

    /// <summary>Events matching <paramref name="query"/>, ordered by earliest date.</summary>
    IReadOnlyList<Event> LoadEvents(EventQuery query);

    /// <summary>All stored text reports (text included; dataset rows are not reports).</summary>
    IReadOnlyList<Report> LoadReports();

    /// <summary>
    /// The day references of all dated reports, found once at ingest (<see cref="Core.Ranking.DayReference.Collect(Report)"/>),
    /// in publication order: what key-day rankings read instead of re-tagging every report.
    /// </summary>
    IReadOnlyList<Core.Ranking.DayMention> LoadDayMentions();

    /// <summary>Records an analyst's action; returns it with its sequence number.</summary>
    AnalystAction AddAction(AnalystAction action);

    /// <summary>All analyst actions, undone ones included, in order.</summary>
    IReadOnlyList<AnalystAction> LoadActions();

    /// <summary>Marks the last standing action undone; null when there is none.</summary>
    AnalystAction? UndoLastAction(DateTimeOffset at);

    /// <summary>The validators of the last successful fetch of a URL, or null when never fetched.</summary>
    (string? ETag, string? LastModified)? GetFetch(string url);

    /// <summary>Records a successful fetch of a URL.</summary>
    void SaveFetch(string url, string? etag, string? lastModified, DateTimeOffset at);

    /// <summary>
    /// Imports dataset rows: new rows are added, changed rows updated, and rows of earlier imports of the same dataset
    /// that fall inside this import's countries and date range but are missing from it are recorded as deleted. Rows
    /// take part in merging as mentions whose report id is their provenance.
    /// </summary>
    DatasetImportCounts ImportDataset(string dataset, IEnumerable<DatasetEvent> rows, DateTimeOffset at);

    /// <summary>
    /// Stores GDELT Mentions rows (the articles that mention a GDELT event): (event id, time, outlet, URL). Rows already
    /// stored are skipped; returns how many were new.
    /// </summary>
    int ImportGdeltMentions(IEnumerable<(string EventId, DateTimeOffset? Time, string Source, string Url)> rows);

    /// <summary>The articles GDELT lists for one of its events (by GLOBALEVENTID).</summary>
    IReadOnlyList<(DateTimeOffset? Time, string Source, string Url)> GdeltMentionsOf(string eventId);

    /// <summary>Row counts.</summary>
    StoreCounts Counts();
}
