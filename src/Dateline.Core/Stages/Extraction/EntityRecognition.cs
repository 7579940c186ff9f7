namespace Dateline.Core.Stages.Extraction;

/// <summary>What an entity span names.</summary>
public enum EntityKind
{
    /// <summary>A person, group, government, state acting, or body.</summary>
    Actor,
    /// <summary>A place where something can happen.</summary>
    Place,
}

/// <summary>An entity found in a sentence. Offsets are relative to the sentence.</summary>
/// <param name="Start">First character in the sentence.</param>
/// <param name="End">Just past the last character.</param>
/// <param name="Kind">Actor or place.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Id">Id in the actor table or gazetteer, if any.</param>
/// <param name="Country">ISO2 country, if known.</param>
/// <param name="Lat">Latitude of a place.</param>
/// <param name="Lon">Longitude of a place.</param>
public sealed record EntitySpan(int Start, int End, EntityKind Kind, string Name, string? Id, string? Country, double? Lat, double? Lon);

/// <summary>Finds actors and places in a sentence; the Resolution stage provides the real one.</summary>
public interface IEntityRecognizer
{
    /// <summary>Entities in <paramref name="sentence"/>, non-overlapping, in text order.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="when">The event's date, for time-bounded roles ("the Syrian president").</param>
    /// <param name="countryContext">The report's main country (ISO2), to settle ambiguous place names.</param>
    IReadOnlyList<EntitySpan> Find(string sentence, DateOnly? when, string? countryContext);

    /// <summary>The report's main country (ISO2), to settle ambiguous place names; null when unknown.</summary>
    string? MainCountry(string text) => null;

    /// <summary>
    /// A place named only as a first-level region (province, governorate), at its seat's coordinates, as a coder places
    /// an event known only by its province: "in Paktia" → Gardez's coordinates, <see cref="Model.PlacePrecision.Region"/>.
    /// Other places as given; a recognizer without a gazetteer gives every place as it is.
    /// </summary>
    Model.PlaceRef AtSeat(Model.PlaceRef place) => place;

    /// <summary>The national capital of a country (ISO2), for "the capital" in a report about it; null when unknown.</summary>
    Model.PlaceRef? CapitalOf(string country) => null;

    /// <summary>A whole country (ISO2) as a place, at its reference point, for an event told as nationwide; null when unknown.</summary>
    Model.PlaceRef? CountryPlace(string country) => null;

    /// <summary>
    /// The entities of each sentence of a report (as <see cref="Find"/> gives them) and its main country:
    /// <paramref name="country"/> when given, else as <see cref="MainCountry"/> finds it. One call, so that a recognizer
    /// can read each sentence once for both.
    /// </summary>
    (IReadOnlyList<IReadOnlyList<EntitySpan>> Found, string? Country) FindAll(
        string text, IReadOnlyList<Segmentation.Sentence> sentences, DateOnly? when, string? country)
    {
        country ??= MainCountry(text);
        return (sentences.Select(s => Find(s.Text, when, country)).ToList(), country);
    }
}
