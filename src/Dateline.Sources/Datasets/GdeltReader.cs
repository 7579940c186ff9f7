using Dateline.Core.Model;
using Dateline.Core.Reference;

namespace Dateline.Sources.Datasets;

/// <summary>Which GDELT table a file holds, told by its column count (GDELT files have no header).</summary>
public enum GdeltLayout
{
    /// <summary>Not a GDELT layout Dateline knows.</summary>
    Unknown,
    /// <summary>GDELT 2.0 Events export: 61 columns, DATEADDED as YYYYMMDDHHMMSS.</summary>
    Events2,
    /// <summary>GDELT 1.0 daily Events: 58 columns (no ADM2Code in the three geo blocks), DATEADDED as YYYYMMDD.</summary>
    Events1,
    /// <summary>GDELT 2.0 Mentions: 16 columns.</summary>
    Mentions,
}

/// <summary>
/// Reads GDELT Events exports (tab-separated, no header): 2.0 (61 columns) and 1.0 daily files (58 columns). Each
/// row becomes a <see cref="DatasetEvent"/>: SQLDATE as the day (GDELT stamps the article's day, not the event's;
/// anchored <see cref="TimeAnchor.Dataset"/>), Actor1/Actor2 as initiator/target, the CAMEO EventCode mapped to
/// PLOVER, ActionGeo as the location with its FIPS country converted to ISO, SOURCEURL. Streams: one row at a time.
/// </summary>
public static class GdeltReader
{
    /// <summary>The 61 GDELT 2.0 Events columns, in order.</summary>
    public static IReadOnlyList<string> Events2Columns { get; } =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
        "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
        "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
        "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>The 58 GDELT 1.0 daily Events columns: the 2.0 columns without the three *_ADM2Code.</summary>
    public static IReadOnlyList<string> Events1Columns { get; } =
        Events2Columns.Where(c => !c.EndsWith("_ADM2Code", StringComparison.Ordinal)).ToArray();

    private static readonly Header Header2 = new(Events2Columns);
    private static readonly Header Header1 = new(Events1Columns);
    private static readonly Columns Cols2 = new(Header2);
    private static readonly Columns Cols1 = new(Header1);

    /// <summary>The layout of a file, from its first rows; <see cref="GdeltLayout.Unknown"/> when none fits.</summary>
    public static GdeltLayout DetectLayout(string path)
    {
        var (stream, _) = DatasetInput.OpenFile(path);
        if (stream is null)
        {
            return GdeltLayout.Unknown;
        }

        using (stream)
        {
            var (reader, _) = DatasetInput.OpenText(stream, path);
            if (reader is null)
            {
                return GdeltLayout.Unknown;
            }

            using (reader)
            {
                return new DelimitedTextReader(reader, '\t', quoting: false).ReadAll().Take(5)
                    .Select(r => LayoutOf(r.Fields.Length)).FirstOrDefault(l => l != GdeltLayout.Unknown);
            }
        }
    }

    /// <summary>Reads an Events file; failures (file or row) come back as results naming file and line.</summary>
    public static IEnumerable<DatasetReadResult> Read(string path) =>
        DatasetInput.ReadFile(path, Read, DatasetReadResult.Fail);

    /// <summary>Reads Events rows from a stream; <paramref name="source"/> names it in messages.</summary>
    public static IEnumerable<DatasetReadResult> Read(Stream stream, string source)
    {
        var (reader, error) = DatasetInput.OpenText(stream, source);
        if (reader is null)
        {
            yield return DatasetReadResult.Fail(error!);
            yield break;
        }

        using (reader)
        {
            // The layout is decided by the first of the first five rows whose column count is a known one; rows
            // before it are reported one by one, and a file where none fits gets one error.
            var pending = new List<DelimitedRecord>();
            Columns? cols = null;
            var expected = 0;
            foreach (var record in new DelimitedTextReader(reader, '\t', quoting: false).ReadAll())
            {
                if (cols is null)
                {
                    if (record.Line == 1 && record.Fields.Length > 0 && record.Fields[0] == "GLOBALEVENTID")
                    {
                        continue; // A header row someone added.
                    }

                    pending.Add(record);
                    var layout = LayoutOf(record.Fields.Length);
                    if (layout is GdeltLayout.Events1 or GdeltLayout.Events2)
                    {
                        cols = layout == GdeltLayout.Events2 ? Cols2 : Cols1;
                        expected = record.Fields.Length;
                        foreach (var p in pending)
                        {
                            yield return Map(p, cols, expected, source);
                        }

                        pending.Clear();
                    }
                    else if (pending.Count == 5)
                    {
                        yield return DatasetReadResult.Fail(
                            $"{source}: not a GDELT Events file: expected 61 (GDELT 2.0) or 58 (GDELT 1.0) tab-separated columns, line {pending[0].Line} has {pending[0].Fields.Length}");
                        yield break;
                    }

                    continue;
                }

                yield return Map(record, cols, expected, source);
            }

            if (pending.Count > 0)
            {
                yield return DatasetReadResult.Fail(
                    $"{source}: not a GDELT Events file: expected 61 (GDELT 2.0) or 58 (GDELT 1.0) tab-separated columns, line {pending[0].Line} has {pending[0].Fields.Length}");
            }
        }
    }

    internal static GdeltLayout LayoutOf(int columns) => columns switch
    {
        61 => GdeltLayout.Events2,
        58 => GdeltLayout.Events1,
        16 => GdeltLayout.Mentions,
        _ => GdeltLayout.Unknown,
    };

    private static DatasetReadResult Map(DelimitedRecord record, Columns c, int expected, string source)
    {
        var at = $"{source}:{record.Line}";
        if (record.Error is not null)
        {
            return DatasetReadResult.Fail($"{at}: {record.Error}");
        }

        var f = record.Fields;
        if (f.Length != expected)
        {
            return DatasetReadResult.Fail($"{at}: {f.Length} columns, expected {expected} (truncated or damaged row)");
        }

        var id = f[c.Id];
        if (id.Length == 0)
        {
            return DatasetReadResult.Fail($"{at}: GLOBALEVENTID is empty");
        }

        if (DatasetTime.ParseCompactDay(f[c.SqlDate]) is not { } day)
        {
            return DatasetReadResult.Fail($"{at}: SQLDATE '{f[c.SqlDate]}' is not a YYYYMMDD date");
        }

        var actors = new List<ActorRef>(2);
        if (f[c.Actor1Name].Length > 0)
        {
            actors.Add(new ActorRef(f[c.Actor1Name], ActorRole.Initiator));
        }

        if (f[c.Actor2Name].Length > 0)
        {
            actors.Add(new ActorRef(f[c.Actor2Name], ActorRole.Target));
        }

        PlaceRef? place = null;
        if (f[c.GeoName].Length > 0 && f[c.GeoType] != "0")
        {
            if (!DatasetInput.TryDouble(f[c.GeoLat], out var lat) || !DatasetInput.TryDouble(f[c.GeoLon], out var lon))
            {
                return DatasetReadResult.Fail($"{at}: ActionGeo_Lat/Long '{f[c.GeoLat]}','{f[c.GeoLon]}' are not numbers");
            }

            place = new PlaceRef(f[c.GeoName], CountryCodes.FromFips(f[c.GeoCountry]), lat, lon);
        }

        var code = f[c.EventCode];
        return DatasetReadResult.Ok(new DatasetEvent(
            "gdelt",
            id,
            DatasetEvent.ProvenanceOf("gdelt", id),
            DatasetTime.Day(day),
            EventTypeCodes.PloverFromCameo(code.Length > 0 ? code : f[c.RootCode]),
            null,
            null,
            code.Length > 0 ? code : null,
            actors,
            place,
            null,
            null,
            f[c.Url].Length > 0 ? f[c.Url] : null,
            new ColumnMap(c.Header, f)));
    }

    private sealed class Columns(Header h)
    {
        public Header Header { get; } = h;
        public int Id { get; } = h.IndexOf("GLOBALEVENTID");
        public int SqlDate { get; } = h.IndexOf("SQLDATE");
        public int Actor1Name { get; } = h.IndexOf("Actor1Name");
        public int Actor2Name { get; } = h.IndexOf("Actor2Name");
        public int EventCode { get; } = h.IndexOf("EventCode");
        public int RootCode { get; } = h.IndexOf("EventRootCode");
        public int GeoType { get; } = h.IndexOf("ActionGeo_Type");
        public int GeoName { get; } = h.IndexOf("ActionGeo_FullName");
        public int GeoCountry { get; } = h.IndexOf("ActionGeo_CountryCode");
        public int GeoLat { get; } = h.IndexOf("ActionGeo_Lat");
        public int GeoLon { get; } = h.IndexOf("ActionGeo_Long");
        public int Url { get; } = h.IndexOf("SOURCEURL");
    }
}
