namespace Dateline.Core.Stages.Resolution;

/// <summary>What an <see cref="EntityMatch"/> most likely is; the match carries every candidate so the caller can decide by syntax.</summary>
public enum MatchKind
{
    /// <summary>An actor alias ("Daesh", "Syrian army", "UN Security Council").</summary>
    Actor,
    /// <summary>A country name ("Syria", "Turkey").</summary>
    Country,
    /// <summary>A demonym on its own ("Syrian", "Kazakh"); the words after it may be a title ("president") or a group ("forces").</summary>
    Demonym,
    /// <summary>A gazetteer place ("Aleppo", "Dawlat Abad district"); a capital may also be its government, see <see cref="EntityMatch.Actor"/>.</summary>
    Place,
    /// <summary>
    /// A country's or organisation's office ("Syrian president", "UN Secretary-General"): who held it depends on the date, so
    /// resolve with <see cref="ActorTable.ResolveTitle"/>(<see cref="EntityMatch.Holder"/>, <see cref="EntityMatch.Title"/>, date).
    /// </summary>
    Title,
}

/// <summary>A span of a text that names an actor, a country or a place, with every candidate the tables give for it.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Length of the span (a possessive "'s" is left out).</param>
/// <param name="Text">The span's text as written.</param>
/// <param name="Kind">The most likely reading: actor aliases before countries, countries before places.</param>
public sealed record EntityMatch(int Start, int Length, string Text, MatchKind Kind)
{
    /// <summary>
    /// The actor: the alias's actor, the state for a country name, or the government for a capital or seat ("Damascus is
    /// ready to negotiate" → Government of Syria). Null for a demonym or a plain place.
    /// </summary>
    public ActorEntry? Actor { get; init; }

    /// <summary>The country named, or whose demonym, capital or seat this is.</summary>
    public Country? Country { get; init; }

    /// <summary>Gazetteer places with this name, unranked (use <see cref="Gazetteer.Resolve"/> with the report's country to pick one).</summary>
    public IReadOnlyList<GazetteerPlace> Places { get; init; } = [];

    /// <summary>The kind word that followed or led a place name ("district", "province"), if any.</summary>
    public PlaceKind? PlaceHint { get; init; }

    /// <summary>For <see cref="MatchKind.Title"/>: the title as written ("president", "foreign minister").</summary>
    public string? Title { get; init; }

    /// <summary>For <see cref="MatchKind.Title"/>: the country (ISO alpha-2) or organisation id whose office it is.</summary>
    public string? Holder { get; init; }

    /// <summary>Offset just past the span.</summary>
    public int End => Start + Length;
}
