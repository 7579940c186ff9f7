using Dateline.Core.Model;

namespace Dateline.Core.Ranking;

/// <summary>
/// Filters on events beyond the period: an actor, a place, a type, a status, a country. Text filters match
/// case-insensitively on names and ids ("assad" matches "Bashar al-Assad").
/// </summary>
/// <param name="Actor">Part of an actor's name or id.</param>
/// <param name="Place">Part of the location's name.</param>
/// <param name="Type">PLOVER type.</param>
/// <param name="Status">Status name.</param>
/// <param name="Country">ISO2 country of the location.</param>
public sealed record EventFilter(string? Actor = null, string? Place = null, string? Type = null, string? Status = null, string? Country = null)
{
    /// <summary>True when <paramref name="e"/> passes every filter given.</summary>
    public bool Matches(Event e) =>
        (Actor is null || e.Actors.Any(a => Has(a.Name, Actor) || Has(a.Id, Actor)))
        && (Place is null || (e.Location is { } l && Has(l.Name, Place)))
        && (Type is null || string.Equals(e.Type, Type, StringComparison.OrdinalIgnoreCase))
        && (Status is null || string.Equals(e.Status.ToString(), Status, StringComparison.OrdinalIgnoreCase))
        && (Country is null || string.Equals(e.Location?.Country, Country, StringComparison.OrdinalIgnoreCase));

    private static bool Has(string? value, string part) => value is not null && value.Contains(part, StringComparison.OrdinalIgnoreCase);
}
