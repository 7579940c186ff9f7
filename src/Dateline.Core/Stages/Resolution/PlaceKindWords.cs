using System.Collections.Frozen;

namespace Dateline.Core.Stages.Resolution;

/// <summary>
/// The words that say what kind of place a name is, read the same way by the scanner ("Dawlat Abad district", "Idlib
/// province" join the kind word to the name) and by the gazetteer ("the village of Tal Rifaat", "Kasra district" are
/// looked up without it and settled to a place of that kind).
/// </summary>
/// <example>"district" → <see cref="PlaceKind.Admin2"/>; "governorate" → <see cref="PlaceKind.Admin1"/>; "village" →
/// <see cref="PlaceKind.Populated"/>; "hill" is no kind word (a hill is a site of a place, not a level of one).</example>
internal static class PlaceKindWords
{
    /// <summary>Each kind word, lower case, with the kind of place it names.</summary>
    public static FrozenDictionary<string, PlaceKind> Kinds { get; } = new Dictionary<string, PlaceKind>(StringComparer.Ordinal)
    {
        ["district"] = PlaceKind.Admin2, ["subdistrict"] = PlaceKind.Admin2, ["county"] = PlaceKind.Admin2, ["municipality"] = PlaceKind.Admin2,
        ["province"] = PlaceKind.Admin1, ["governorate"] = PlaceKind.Admin1, ["region"] = PlaceKind.Admin1, ["state"] = PlaceKind.Admin1,
        ["oblast"] = PlaceKind.Admin1, ["prefecture"] = PlaceKind.Admin1, ["wilayat"] = PlaceKind.Admin1, ["vilayet"] = PlaceKind.Admin1,
        ["city"] = PlaceKind.Populated, ["town"] = PlaceKind.Populated, ["village"] = PlaceKind.Populated, ["neighbourhood"] = PlaceKind.Populated,
        ["neighborhood"] = PlaceKind.Populated, ["suburb"] = PlaceKind.Populated,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><see cref="Kinds"/> looked up by a span of a key, without a string.</summary>
    public static FrozenDictionary<string, PlaceKind>.AlternateLookup<ReadOnlySpan<char>> BySpan { get; } = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();
}
