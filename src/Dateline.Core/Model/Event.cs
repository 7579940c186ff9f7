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
}
