namespace Dateline.Core.Model;

/// <summary>A mention as it stands inside an event, with the report metadata needed to cite it.</summary>
/// <param name="Mention">The mention.</param>
/// <param name="Outlet">The report's outlet.</param>
/// <param name="Url">The report's URL.</param>
/// <param name="Published">The report's publication time.</param>
public sealed record CitedMention(Mention Mention, string? Outlet, string? Url, DateTimeOffset? Published);

/// <summary>A cluster of mentions judged to be one real event, with consolidated fields.</summary>
public sealed record Event
{
    /// <summary>Stable id derived from the event's first mention.</summary>
    public required string Id { get; init; }

    /// <summary>Short title.</summary>
    public required string Title { get; init; }

    /// <summary>PLOVER type, lower case.</summary>
    public required string Type { get; init; }

    /// <summary>Consolidated status.</summary>
    public required EventStatus Status { get; init; }

    /// <summary>Consolidated time: the most precise value the mentions agree on.</summary>
    public required TimeValue Time { get; init; }

    /// <summary>Actors with roles, merged over mentions.</summary>
    public IReadOnlyList<ActorRef> Actors { get; init; } = [];

    /// <summary>Location, if any mention states one.</summary>
    public PlaceRef? Location { get; init; }

    /// <summary>The mentions, earliest report first.</summary>
    public required IReadOnlyList<CitedMention> Mentions { get; init; }

    /// <summary>Deaths, when a dataset or the mentions give them (ACLED fatalities n..n, UCDP low..high).</summary>
    public Quantity? Fatalities { get; init; }

    /// <summary>ACLED event_type ("Battles"), for events that line up with ACLED.</summary>
    public string? AcledEventType { get; init; }

    /// <summary>ACLED sub_event_type ("Armed clash").</summary>
    public string? AcledSubEventType { get; init; }

    /// <summary>CAMEO event code ("190"), kept for comparison with GDELT.</summary>
    public string? CameoCode { get; init; }

    /// <summary>Free-text notes (ACLED notes, UCDP source headline).</summary>
    public string? Notes { get; init; }

    /// <summary>A source URL that is not a mention's report (GDELT SOURCEURL).</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Dataset rows this event stands for or links to: <c>dataset:acled:AFG44631</c>. Empty for text-only events.</summary>
    public IReadOnlyList<string> Provenance { get; init; } = [];
}
