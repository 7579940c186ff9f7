using System.Globalization;
using Dateline.Core.Model;
using Dateline.Core.Reference;

namespace Dateline.Sources.Datasets;

/// <summary>
/// Reads ACLED CSV exports by header name, so both layouts work: the older one (data_id, iso, event_id_cnty, …,
/// iso3) and the current one (event_id_cnty, …, disorder_type, civilian_targeting, tags, timestamp). Each row
/// becomes a <see cref="DatasetEvent"/> with provenance <c>dataset:acled:&lt;event_id_cnty&gt;</c>; time_precision
/// 1 = the day, 2 = the week around it (event_date ± 3 days), 3 = the month. Actor1 and its associated actors are
/// initiators, actor2 and its associates targets.
/// </summary>
public static class AcledReader
{
    /// <summary>The columns a file must have to be read as ACLED.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
        "country", "location", "latitude", "longitude", "fatalities",
    ];

    /// <summary>Reads an ACLED export file.</summary>
    public static IEnumerable<DatasetReadResult> Read(string path) =>
        DatasetInput.ReadFile(path, Read, DatasetReadResult.Fail);

    /// <summary>Reads ACLED rows from a stream; <paramref name="source"/> names it in messages.</summary>
    public static IEnumerable<DatasetReadResult> Read(Stream stream, string source) =>
        CsvTable.Read(stream, source, "an ACLED export", RequiredColumns, Map, DatasetReadResult.Fail);

    internal static DatasetReadResult Map(Header h, string[] f, string at)
    {
        var id = h.Get(f, "event_id_cnty").Trim();
        if (id.Length == 0)
        {
            return DatasetReadResult.Fail($"{at}: event_id_cnty is empty");
        }

        var dateText = h.Get(f, "event_date");
        if (DatasetTime.ParseDay(dateText) is not { } day)
        {
            return DatasetReadResult.Fail($"{at}: event_date '{dateText}' is not a date (\"21 March 2020\" or 2020-03-21)");
        }

        var precisionText = h.Get(f, "time_precision");
        if (!DatasetInput.TryInt(precisionText, out var precision) || precision is not (null or 1 or 2 or 3))
        {
            return DatasetReadResult.Fail($"{at}: time_precision '{precisionText}' is not 1, 2 or 3");
        }

        var time = precision switch
        {
            2 => DatasetTime.Covering(day.AddDays(-3), day.AddDays(3)),
            3 => DatasetTime.Month(day),
            _ => DatasetTime.Day(day),
        };

        if (!DatasetInput.TryDouble(h.Get(f, "latitude"), out var lat) || !DatasetInput.TryDouble(h.Get(f, "longitude"), out var lon))
        {
            return DatasetReadResult.Fail($"{at}: latitude/longitude '{h.Get(f, "latitude")}','{h.Get(f, "longitude")}' are not numbers");
        }

        var fatalText = h.Get(f, "fatalities");
        if (!DatasetInput.TryInt(fatalText, out var fatalities) || fatalities < 0)
        {
            return DatasetReadResult.Fail($"{at}: fatalities '{fatalText}' is not a count");
        }

        var actors = new List<ActorRef>(4);
        AddActors(actors, h.Get(f, "actor1"), h.Get(f, "assoc_actor_1"), ActorRole.Initiator);
        AddActors(actors, h.Get(f, "actor2"), h.Get(f, "assoc_actor_2"), ActorRole.Target);

        var country = DatasetInput.NullIfEmpty(h.Get(f, "country"));
        var iso2 = CountryCodes.FromIso3(h.Get(f, "iso3")) ?? CountryCodes.FromNumeric(h.Get(f, "iso")) ?? CountryCodes.FromName(country);
        var placeName = DatasetInput.NullIfEmpty(h.Get(f, "location")) ?? DatasetInput.NullIfEmpty(h.Get(f, "admin1")) ?? country;
        // ACLED's geo_precision: 1 the place itself, 2 a town nearby or part of a region, 3 the region's seat.
        var geoPrecision = h.Get(f, "geo_precision") switch
        {
            "2" => PlacePrecision.Near,
            "3" => PlacePrecision.Region,
            _ => PlacePrecision.Exact,
        };
        var place = placeName is null && lat is null ? null : new PlaceRef(placeName ?? string.Empty, iso2, lat, lon, geoPrecision);

        var eventType = DatasetInput.NullIfEmpty(h.Get(f, "event_type"));
        var subType = DatasetInput.NullIfEmpty(h.Get(f, "sub_event_type"));
        return DatasetReadResult.Ok(new DatasetEvent(
            "acled",
            id,
            DatasetEvent.ProvenanceOf("acled", id),
            time,
            EventTypeCodes.PloverFromAcled(eventType, subType),
            eventType,
            subType,
            null,
            actors,
            place,
            fatalities is { } n ? new Quantity(n, n) : null,
            DatasetInput.NullIfEmpty(h.Get(f, "notes")),
            null,
            new ColumnMap(h, f)));
    }

    /// <summary>Actor plus its "; "-separated associates, all with one role ("Muslim Group (Afghanistan); Teachers (Afghanistan)").</summary>
    private static void AddActors(List<ActorRef> actors, string main, string associates, ActorRole role)
    {
        if (DatasetInput.NullIfEmpty(main) is { } m)
        {
            actors.Add(new ActorRef(m, role));
        }

        foreach (var a in associates.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            actors.Add(new ActorRef(a, role));
        }
    }

    /// <summary>ACLED's event_date text for a day: "21 March 2020".</summary>
    internal static string FormatDate(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
