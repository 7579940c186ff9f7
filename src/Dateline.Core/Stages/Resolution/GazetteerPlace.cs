using Dateline.Core.Model;

namespace Dateline.Core.Stages.Resolution;

/// <summary>What kind of place a gazetteer entry is.</summary>
public enum PlaceKind
{
    /// <summary>A populated place: city, town, village (GeoNames feature class P).</summary>
    Populated,
    /// <summary>A first-level region: province, governorate, state (GeoNames ADM1). Coordinates are a centroid.</summary>
    Admin1,
    /// <summary>A second-level region: district (GeoNames ADM2). Coordinates are a centroid.</summary>
    Admin2,
}

/// <summary>A gazetteer entry.</summary>
/// <param name="Name">Name as GeoNames writes it ("Dowlatābād").</param>
/// <param name="AsciiName">ASCII form ("Dowlatabad").</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Admin1">First-level region name ("Balkh"), or null.</param>
/// <param name="Admin1Code">GeoNames admin1 code within the country ("30"), or empty.</param>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="Lon">Longitude in degrees.</param>
/// <param name="Population">Population, 0 when unknown.</param>
/// <param name="FeatureCode">GeoNames feature code ("PPLC" capital, "PPLA" admin1 seat, "PPLA2", "ADM1", "ADM2"), or empty when unknown.</param>
/// <param name="Kind">Populated place or region.</param>
public sealed record GazetteerPlace(
    string Name,
    string AsciiName,
    string Country,
    string? Admin1,
    string Admin1Code,
    double Lat,
    double Lon,
    int Population,
    string FeatureCode,
    PlaceKind Kind)
{
    /// <summary>Other names the place is known by ("Nur-Sultan" for Astana).</summary>
    public IReadOnlyList<string> AltNames { get; init; } = [];

    /// <summary>True for national capitals (GeoNames PPLC).</summary>
    public bool IsCapital => FeatureCode == "PPLC";

    /// <summary>The model's place reference, named in ASCII so that output is stable across spellings.</summary>
    public PlaceRef ToPlaceRef() => new(AsciiName, Country, Lat, Lon);
}
