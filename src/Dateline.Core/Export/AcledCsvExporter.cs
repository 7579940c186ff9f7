using System.Globalization;
using Dateline.Core.Contract;
using Dateline.Core.Model;
using Dateline.Core.Reference;

namespace Dateline.Core.Export;

/// <summary>
/// Writes events as CSV in ACLED's current public column layout, so ACLED tooling reads it, followed by
/// <c>dateline_*</c> columns that carry what ACLED has no column for (id, title, PLOVER type, status, the full
/// TimeValue, actor roles, mentions as contract JSON). Tools that read ACLED by header name ignore the extra
/// columns; Dateline reads them back so an export → import loses no field. Cells starting with = + - @ are
/// neutralized with a leading <c>'</c>.
/// </summary>
public static class AcledCsvExporter
{
    /// <summary>ACLED's current export columns, in order.</summary>
    public static IReadOnlyList<string> AcledColumns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>Dateline's extension columns after ACLED's.</summary>
    public static IReadOnlyList<string> DatelineColumns { get; } =
    [
        "dateline_id", "dateline_title", "dateline_type", "dateline_status", "dateline_time", "dateline_actors",
        "dateline_location", "dateline_fatalities_max", "dateline_cameo_code", "dateline_source_url",
        "dateline_provenance", "dateline_mentions",
    ];

    /// <summary>The CSV document, CRLF line ends, header first.</summary>
    public static string Write(IEnumerable<Event> events)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(events, writer);
        return writer.ToString();
    }

    /// <summary>Streams the CSV document to <paramref name="writer"/>.</summary>
    public static void Write(IEnumerable<Event> events, TextWriter writer)
    {
        CsvCells.WriteRow(writer, AcledColumns.Concat(DatelineColumns));
        foreach (var e in events)
        {
            CsvCells.WriteRow(writer, Row(e));
        }
    }

    private static IEnumerable<string?> Row(Event e)
    {
        var day = e.Time.Earliest ?? e.Time.Latest;
        var initiators = e.Actors.Where(a => a.Role != ActorRole.Target).OrderBy(a => a.Role == ActorRole.Initiator ? 0 : 1).Select(a => a.Name).ToList();
        var targets = e.Actors.Where(a => a.Role == ActorRole.Target).Select(a => a.Name).ToList();
        var country = e.Location?.Country;
        var acledId = e.Provenance.FirstOrDefault(p => p.StartsWith("dataset:acled:", StringComparison.Ordinal))?["dataset:acled:".Length..];
        var sources = string.Join("; ", e.Mentions.Select(m => m.Outlet).OfType<string>().Distinct(StringComparer.Ordinal));
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["event_id_cnty"] = acledId ?? e.Id,
            ["event_date"] = day?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            ["year"] = day?.Year.ToString(CultureInfo.InvariantCulture),
            // ACLED knows day (1), week (2) and month (3); anything coarser is written as 3.
            ["time_precision"] = e.Time.Precision switch
            {
                TimePrecision.Day => "1",
                TimePrecision.Week => "2",
                _ => "3",
            },
            ["event_type"] = e.AcledEventType,
            ["sub_event_type"] = e.AcledSubEventType,
            ["actor1"] = initiators.FirstOrDefault(),
            ["assoc_actor_1"] = string.Join("; ", initiators.Skip(1)),
            ["actor2"] = targets.FirstOrDefault(),
            ["assoc_actor_2"] = string.Join("; ", targets.Skip(1)),
            ["iso"] = CountryCodes.NumericOf(country)?.ToString(CultureInfo.InvariantCulture),
            ["country"] = CountryCodes.NameOf(country) ?? country,
            ["location"] = e.Location?.Name,
            ["latitude"] = e.Location?.Lat?.ToString("R", CultureInfo.InvariantCulture),
            ["longitude"] = e.Location?.Lon?.ToString("R", CultureInfo.InvariantCulture),
            // ACLED's 1 (the place itself), 2 (a town nearby), 3 (the region's seat).
            ["geo_precision"] = e.Location is { Lat: not null } l ? ((int)l.Precision + 1).ToString(CultureInfo.InvariantCulture) : null,
            ["source"] = sources,
            ["notes"] = e.Notes,
            ["fatalities"] = e.Fatalities?.Min.ToString(CultureInfo.InvariantCulture),
            ["dateline_id"] = e.Id,
            ["dateline_title"] = e.Title,
            ["dateline_type"] = e.Type,
            ["dateline_status"] = e.Status.ToString().ToLowerInvariant(),
            ["dateline_time"] = EventJson.TimeJson(e.Time),
            ["dateline_actors"] = EventJson.ActorsJson(e.Actors),
            ["dateline_location"] = EventJson.LocationJson(e.Location),
            ["dateline_fatalities_max"] = e.Fatalities?.Max?.ToString(CultureInfo.InvariantCulture),
            ["dateline_cameo_code"] = e.CameoCode,
            ["dateline_source_url"] = e.SourceUrl,
            ["dateline_provenance"] = "[" + string.Join(",", e.Provenance.Select(p => System.Text.Json.JsonSerializer.Serialize(p))) + "]",
            ["dateline_mentions"] = EventJson.MentionsJson(e),
        };
        return AcledColumns.Concat(DatelineColumns).Select(c => values.GetValueOrDefault(c));
    }

    /// <summary>
    /// Rebuilds an event from one row of this exporter's layout (values by column name, neutralization already
    /// undone). Null with a reason when the dateline columns are damaged.
    /// </summary>
    internal static (Event? Event, string? Error) FromRow(Func<string, string> get)
    {
        var (time, timeError) = EventJsonReader.ReadFragment("time", get("dateline_time"), r => EventJsonReader.ReadTime(r, "time"));
        var (actors, actorsError) = EventJsonReader.ReadFragment("actors", get("dateline_actors"), EventJsonReader.ReadActors);
        var (location, locationError) = EventJsonReader.ReadFragment("location", get("dateline_location"), EventJsonReader.ReadLocation);
        var (mentions, mentionsError) = EventJsonReader.ReadFragment("mentions", get("dateline_mentions"), EventJsonReader.ReadMentions);
        var (provenance, provenanceError) = EventJsonReader.ReadFragment("provenance", get("dateline_provenance"),
            r => r.GetProperty("provenance").EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray());
        var error = timeError ?? actorsError ?? locationError ?? mentionsError ?? provenanceError;
        if (error is not null)
        {
            return (null, $"dateline_{error}");
        }

        if (time is null)
        {
            return (null, "dateline_time is empty");
        }

        if (!Enum.TryParse<EventStatus>(get("dateline_status"), ignoreCase: true, out var status) || !Enum.IsDefined(status))
        {
            return (null, $"dateline_status '{get("dateline_status")}' is not a status");
        }

        Quantity? fatalities = null;
        if (get("fatalities") is { Length: > 0 } min)
        {
            if (!int.TryParse(min, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return (null, $"fatalities '{min}' is not a count");
            }

            int? max = int.TryParse(get("dateline_fatalities_max"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : null;
            fatalities = new Quantity(n, max);
        }

        return (new Event
        {
            Id = get("dateline_id"),
            Title = get("dateline_title"),
            Type = get("dateline_type"),
            Status = status,
            Time = time,
            Actors = actors ?? [],
            Location = location,
            Mentions = mentions ?? [],
            Fatalities = fatalities,
            AcledEventType = NullIfEmpty(get("event_type")),
            AcledSubEventType = NullIfEmpty(get("sub_event_type")),
            CameoCode = NullIfEmpty(get("dateline_cameo_code")),
            Notes = NullIfEmpty(get("notes")),
            SourceUrl = NullIfEmpty(get("dateline_source_url")),
            Provenance = provenance ?? [],
        }, null);
    }

    /// <summary>Undoes the exporter's formula neutralization on a cell read back.</summary>
    internal static string Unneutralize(string cell) => CsvCells.Unneutralize(cell);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
