using Dateline.Core.Model;
using Dateline.Core.Reference;

namespace Dateline.Sources.Datasets;

/// <summary>
/// Reads UCDP GED and GED Candidate CSV files by header name. Each row becomes a <see cref="DatasetEvent"/> with
/// provenance <c>dataset:ucdp:&lt;id&gt;</c>; the time is the honest interval date_start..date_end (UCDP's own
/// bounds, whatever date_prec 1–5 says) with the most precise TimeML value covering it; fatalities low..high (best
/// stays in Raw); side_a initiator, side_b target; type_of_violence 1–3 → assault; source_headline as notes.
/// </summary>
public static class UcdpReader
{
    /// <summary>The columns a file must have to be read as UCDP GED.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        "id", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "best", "latitude", "longitude", "country",
    ];

    /// <summary>Reads a UCDP GED file.</summary>
    public static IEnumerable<DatasetReadResult> Read(string path) =>
        DatasetInput.ReadFile(path, Read, DatasetReadResult.Fail);

    /// <summary>Reads UCDP GED rows from a stream; <paramref name="source"/> names it in messages.</summary>
    public static IEnumerable<DatasetReadResult> Read(Stream stream, string source) =>
        CsvTable.Read(stream, source, "a UCDP GED file", RequiredColumns, Map, DatasetReadResult.Fail);

    private static DatasetReadResult Map(Header h, string[] f, string at)
    {
        var id = h.Get(f, "id").Trim();
        if (id.Length == 0)
        {
            return DatasetReadResult.Fail($"{at}: id is empty");
        }

        var startText = h.Get(f, "date_start");
        var endText = h.Get(f, "date_end");
        var start = DatasetTime.ParseDay(startText);
        var end = endText.Trim().Length == 0 ? start : DatasetTime.ParseDay(endText);
        if (start is null || end is null)
        {
            return DatasetReadResult.Fail($"{at}: date_start/date_end '{startText}'/'{endText}' are not YYYY-MM-DD dates");
        }

        var precText = h.Get(f, "date_prec");
        if (!DatasetInput.TryInt(precText, out var prec) || prec is not (null or >= 1 and <= 5))
        {
            return DatasetReadResult.Fail($"{at}: date_prec '{precText}' is not 1–5");
        }

        if (!DatasetInput.TryInt(h.Get(f, "type_of_violence"), out var violence))
        {
            return DatasetReadResult.Fail($"{at}: type_of_violence '{h.Get(f, "type_of_violence")}' is not 1, 2 or 3");
        }

        if (!DatasetInput.TryInt(h.Get(f, "best"), out var best) || !DatasetInput.TryInt(h.Get(f, "low"), out var low)
            || !DatasetInput.TryInt(h.Get(f, "high"), out var high))
        {
            return DatasetReadResult.Fail($"{at}: best/low/high '{h.Get(f, "best")}'/'{h.Get(f, "low")}'/'{h.Get(f, "high")}' are not counts");
        }

        if (!DatasetInput.TryDouble(h.Get(f, "latitude"), out var lat) || !DatasetInput.TryDouble(h.Get(f, "longitude"), out var lon))
        {
            return DatasetReadResult.Fail($"{at}: latitude/longitude '{h.Get(f, "latitude")}','{h.Get(f, "longitude")}' are not numbers");
        }

        var actors = new List<ActorRef>(2);
        if (DatasetInput.NullIfEmpty(h.Get(f, "side_a")) is { } a)
        {
            actors.Add(new ActorRef(a, ActorRole.Initiator));
        }

        if (DatasetInput.NullIfEmpty(h.Get(f, "side_b")) is { } b)
        {
            actors.Add(new ActorRef(b, ActorRole.Target));
        }

        var country = DatasetInput.NullIfEmpty(h.Get(f, "country"));
        var name = DatasetInput.NullIfEmpty(h.Get(f, "where_coordinates")) ?? DatasetInput.NullIfEmpty(h.Get(f, "adm_2"))
            ?? DatasetInput.NullIfEmpty(h.Get(f, "adm_1")) ?? country;
        var place = name is null && lat is null ? null : new PlaceRef(name ?? string.Empty, CountryCodes.FromName(country), lat, lon);

        Quantity? deaths = (low ?? best, high ?? best) is (int min, var max) ? new Quantity(min, max) : null;
        return DatasetReadResult.Ok(new DatasetEvent(
            "ucdp",
            id,
            DatasetEvent.ProvenanceOf("ucdp", id),
            DatasetTime.Covering(start.Value, end.Value),
            violence is { } v ? EventTypeCodes.PloverFromUcdp(v) : null,
            null,
            null,
            null,
            actors,
            place,
            deaths,
            DatasetInput.NullIfEmpty(h.Get(f, "source_headline")),
            null,
            new ColumnMap(h, f)));
    }
}
