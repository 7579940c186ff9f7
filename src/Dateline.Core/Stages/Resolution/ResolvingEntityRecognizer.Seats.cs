using Dateline.Core.Model;

namespace Dateline.Core.Stages.Resolution;

// Seats: a place named only as a province stands at its capital town, as ACLED's geo-precision 3 places it; "the
// capital" of a report is its country's.
public sealed partial class ResolvingEntityRecognizer
{
    /// <inheritdoc/>
    /// <example>"Sar-e Pol Province" (the region's centroid, 35.82, 66.09) → Sar-e Pol town (36.22, 65.93), region precision.</example>
    public PlaceRef AtSeat(PlaceRef place)
    {
        if (place.Lat is not { } lat || place.Lon is not { } lon)
        {
            return place;
        }

        // The region the coordinates are of: the named place itself, or the anchor an unknown village was placed at.
        var region = gazetteer.Find(place.Anchor ?? place.Name).FirstOrDefault(p => p.Kind == PlaceKind.Admin1 && p.Lat == lat && p.Lon == lon);
        return region is not null && gazetteer.Seat(region) is { } seat
            ? place with { Lat = seat.Lat, Lon = seat.Lon, Precision = PlacePrecision.Region, Anchor = seat.AsciiName }
            : place;
    }

    /// <inheritdoc/>
    /// <example><c>CapitalOf("SY")</c> → Damascus (33.51, 36.29).</example>
    public PlaceRef? CapitalOf(string country) => gazetteer.Capital(country)?.ToPlaceRef();

    /// <inheritdoc/>
    /// <example><c>CountryPlace("SY")</c> → Syria at the country's reference point, as "in Syria" is placed.</example>
    public PlaceRef? CountryPlace(string country) =>
        Internal.CountryTable.Default.Find(country) is { } c ? new PlaceRef(c.Name, c.Iso2, c.Lat, c.Lon) : null;
}
