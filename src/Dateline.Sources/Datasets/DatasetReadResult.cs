using Dateline.Core.Model;

namespace Dateline.Sources.Datasets;

/// <summary>One row a dataset reader produced: an event, or a failure naming the file and line ("a.csv:12: …").</summary>
public sealed record DatasetReadResult
{
    private DatasetReadResult(DatasetEvent? ev, string? error) => (Event, Error) = (ev, error);

    /// <summary>The event, when the row was read.</summary>
    public DatasetEvent? Event { get; }

    /// <summary>One line saying what failed and where: <c>acled.csv:12: event_date 'soon' is not a date</c>.</summary>
    public string? Error { get; }

    /// <summary>A row read.</summary>
    public static DatasetReadResult Ok(DatasetEvent ev) => new(ev, null);

    /// <summary>A failure with its location and reason.</summary>
    public static DatasetReadResult Fail(string error) => new(null, error);
}

/// <summary>One row of the GDELT 2.0 Mentions table: an article that mentions an event.</summary>
/// <param name="GlobalEventId">The event's GLOBALEVENTID.</param>
/// <param name="EventTime">When the event was first seen (EventTimeDate, UTC).</param>
/// <param name="MentionTime">When this article mentioned it (MentionTimeDate, UTC).</param>
/// <param name="MentionType">1 web, 2 citation-only, 3 core, 4 DTIC, 5 JSTOR, 6 non-textual.</param>
/// <param name="SourceName">The outlet (MentionSourceName: "bbc.co.uk").</param>
/// <param name="Identifier">The article URL or citation (MentionIdentifier).</param>
/// <param name="SentenceId">The sentence of the article the event was coded from (1-based).</param>
/// <param name="Confidence">GDELT's confidence in the coding, 10–100.</param>
/// <param name="Raw">Every original column by its name.</param>
public sealed record GdeltMention(
    string GlobalEventId,
    DateTimeOffset? EventTime,
    DateTimeOffset? MentionTime,
    int? MentionType,
    string SourceName,
    string Identifier,
    int? SentenceId,
    int? Confidence,
    IReadOnlyDictionary<string, string> Raw);

/// <summary>One row of a GDELT Mentions file: a mention, or a failure naming file and line.</summary>
public sealed record GdeltMentionReadResult
{
    private GdeltMentionReadResult(GdeltMention? mention, string? error) => (Mention, Error) = (mention, error);

    /// <summary>The mention, when the row was read.</summary>
    public GdeltMention? Mention { get; }

    /// <summary>What failed and where.</summary>
    public string? Error { get; }

    /// <summary>A row read.</summary>
    public static GdeltMentionReadResult Ok(GdeltMention mention) => new(mention, null);

    /// <summary>A failure with its location and reason.</summary>
    public static GdeltMentionReadResult Fail(string error) => new(null, error);
}
