namespace Dateline.Core.Model;

/// <summary>A mention as it stands inside an event, with the report metadata needed to cite it.</summary>
/// <param name="Mention">The mention.</param>
/// <param name="Outlet">The report's outlet.</param>
/// <param name="Url">The report's URL.</param>
/// <param name="Published">The report's publication time.</param>
/// <param name="Dataset">
/// For a dataset row taking part in merging (ACLED, UCDP, GDELT): the row. Its mention's report id is the row's
/// provenance (<c>dataset:acled:AFG44631</c>) and its sentence the row's notes.
/// </param>
public sealed record CitedMention(Mention Mention, string? Outlet, string? Url, DateTimeOffset? Published, DatasetEvent? Dataset = null);

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

    /// <summary>
    /// Deaths: for text events the most-cited claim (other claims are in <see cref="Disagreements"/>); for dataset
    /// events the dataset's figure (ACLED fatalities n..n, UCDP low..high).
    /// </summary>
    public Quantity? Fatalities { get; init; }

    /// <summary>PLOVER's mode: the one most of the event's mentions of its type show ("aerial"), else null.</summary>
    public string? Mode => Mentions.Select(c => c.Mention).Where(m => m.Type == Type).Select(m => m.Mode).OfType<string>()
        .GroupBy(m => m).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();

    /// <summary>Why the mentions were judged one event: one link per merge, with its features and score.</summary>
    public IReadOnlyList<MergeLink> Evidence { get; init; } = [];

    /// <summary>Fields on which the sources disagree, with who said what.</summary>
    public IReadOnlyList<Disagreement> Disagreements { get; init; } = [];

    /// <summary>Events this one follows up or belongs to, where the text states it.</summary>
    public IReadOnlyList<RelatedEvent> Related { get; init; } = [];

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

/// <summary>One feature of a merge decision.</summary>
/// <param name="Name">Feature name ("time", "place", "actors", "text", …).</param>
/// <param name="Value">Its value, about −1.5 (strong evidence against) to 1 (for).</param>
/// <param name="Weight">Its weight in the score.</param>
public sealed record MergeFeature(string Name, double Value, double Weight);

/// <summary>A link between two mentions that put them in one event.</summary>
/// <param name="A">Key of one mention (<see cref="Mention.Key"/>).</param>
/// <param name="B">Key of the other.</param>
/// <param name="Score">The weighted score (or 1 for an analyst's merge).</param>
/// <param name="Features">The features behind the score.</param>
/// <param name="Reason">"auto", or "analyst" when a person merged them.</param>
public sealed record MergeLink(string A, string B, double Score, IReadOnlyList<MergeFeature> Features, string Reason = "auto");

/// <summary>One value a field took in some sources.</summary>
/// <param name="Value">The value as text ("2016-12-30", "12", "Aleppo").</param>
/// <param name="Sources">Who said it: "Outlet (report id)".</param>
public sealed record Claim(string Value, IReadOnlyList<string> Sources);

/// <summary>A field on which the sources of an event disagree.</summary>
/// <param name="Field">"date", "fatalities", "location" or "initiator".</param>
/// <param name="Claims">The differing claims, most-cited first.</param>
public sealed record Disagreement(string Field, IReadOnlyList<Claim> Claims);

/// <summary>A stated relation to another event.</summary>
/// <param name="Id">The other event's id.</param>
/// <param name="Relation">"follows" (a follow-up of the other), "followed_by", "fulfilled_by" (a plan, of the event that carried it out), "fulfils", "phase_of".</param>
public sealed record RelatedEvent(string Id, string Relation);
