namespace Dateline.Core.Stages.Resolution;

/// <summary>A country with the names, demonyms and seats of government news use for it.</summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 code ("SY").</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code ("SYR"), also the prefix of CAMEO/Phoenix actor codes.</param>
/// <param name="Name">Common English name ("Syria", "Türkiye").</param>
/// <param name="OfficialName">Official English name ("Syrian Arab Republic").</param>
/// <param name="AltNames">Other names and spellings ("Turkey", "Republic of Turkey").</param>
/// <param name="Demonyms">English demonyms ("Syrian"; "Kazakh", "Kazakhstani").</param>
/// <param name="Capitals">Capital cities ("Damascus").</param>
/// <param name="SeatsOfGovernment">Names that stand for the government when they act ("Damascus", "the Kremlin", "White House").</param>
/// <param name="Lat">Latitude of the country's reference point.</param>
/// <param name="Lon">Longitude of the country's reference point.</param>
/// <param name="Region">Continent-level region ("Asia").</param>
public sealed record Country(
    string Iso2,
    string Iso3,
    string Name,
    string OfficialName,
    IReadOnlyList<string> AltNames,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals,
    IReadOnlyList<string> SeatsOfGovernment,
    double Lat,
    double Lon,
    string Region);
