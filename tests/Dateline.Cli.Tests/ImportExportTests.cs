using System.Text.Json;
using Spectre.Console.Testing;

namespace Dateline.Cli.Tests;

/// <summary>`import` and `export` run for real on small files in each layout, written here.</summary>
public sealed class ImportExportTests : IDisposable
{
    private const string AcledHeader =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private readonly TempDir _dir = new();

    private string Db => _dir.File("d.db");

    private static string Row(string id, string date, string location, double lat, double lon, string notes, int fatalities) =>
        $"{id},{date},2019,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Syria (2000-),,1,Civilians (Syria),,7,17,Civilian targeting,760,Middle East,Syria,Idlib,Maarrat an Numan,,{location},{lat},{lon},1,SOHR,Other,\"{notes}\",{fatalities},,1600000000";

    private (int Code, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(400);
        var code = DatelineApp.Run(args, console, TimeProvider.System);
        return (code, console.Output);
    }

    [Fact]
    public void Import_AcledTwiceThenNewerFile_UpdatesAndRecordsDeletion()
    {
        // Given an ACLED export of two rows, then a newer export of the same period (12–14 March) where one row
        // changed, one is new and the 13 March row is gone
        var first = _dir.File("acled-1.csv");
        File.WriteAllLines(first, [AcledHeader,
            Row("SYR1", "12 March 2019", "Maarrat an Numan", 35.64, 36.67, "On 12 March 2019, jets struck the town, killing 9.", 9),
            Row("SYR2", "13 March 2019", "Kafr Nabl", 35.61, 36.56, "On 13 March 2019, shelling hit Kafr Nabl.", 0)]);
        var newer = _dir.File("acled-2.csv");
        File.WriteAllLines(newer, [AcledHeader,
            Row("SYR1", "12 March 2019", "Maarrat an Numan", 35.64, 36.67, "On 12 March 2019, jets struck the town, killing 11.", 11),
            Row("SYR3", "14 March 2019", "Saraqib", 35.86, 36.8, "On 14 March 2019, clashes near Saraqib.", 2)]);

        // When
        var (c1, o1) = Run("import", "acled", first, "--db", Db);
        var (c2, o2) = Run("import", "acled", first, "--db", Db);
        var (c3, o3) = Run("import", "acled", newer, "--db", Db);

        // Then
        Assert.Equal(0, c1 + c2 + c3);
        Assert.Contains("rows 2 new, 0 updated, 0 unchanged, 0 deleted, 0 failed", o1);
        Assert.Contains("rows 0 new, 0 updated, 2 unchanged, 0 deleted, 0 failed", o2);
        Assert.Contains("rows 1 new, 1 updated, 0 unchanged, 1 deleted, 0 failed", o3);
        var (_, json) = Run("export", "--db", Db, "--format", "json", "--place", "Maarrat");
        using var doc = JsonDocument.Parse(json);
        var e = Assert.Single(doc.RootElement.GetProperty("events").EnumerateArray());
        var (_, all) = Run("export", "--db", Db, "--format", "json");
        Assert.DoesNotContain("dataset:acled:SYR2", all);
        Assert.Equal(11, e.GetProperty("fatalities").GetProperty("min").GetInt32());
        Assert.Equal("dataset:acled:SYR1", e.GetProperty("provenance")[0].GetString());
    }

    [Fact]
    public void Import_BadRowInTheMiddle_NamedAndTheRestImported()
    {
        // Given a row with a date that is no date between two good rows
        var file = _dir.File("acled.csv");
        File.WriteAllLines(file, [AcledHeader,
            Row("SYR1", "12 March 2019", "Maarrat an Numan", 35.64, 36.67, "Jets struck the town.", 9),
            Row("SYR2", "the ides of March", "Kafr Nabl", 35.61, 36.56, "Shelling hit Kafr Nabl.", 0),
            Row("SYR3", "14 March 2019", "Saraqib", 35.86, 36.8, "Clashes near Saraqib.", 2)]);

        // When
        var (code, output) = Run("import", "acled", file, "--db", Db);

        // Then
        Assert.Equal(1, code);
        Assert.Contains("acled.csv:3", output);
        Assert.Contains("rows 2 new", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Theory]
    [InlineData("csv", "event_id_cnty,event_date")]
    [InlineData("geojson", "\"FeatureCollection\"")]
    [InlineData("ics", "BEGIN:VCALENDAR")]
    [InlineData("timelinejs", "\"start_date\"")]
    [InlineData("md", "[^1]")]
    public void Export_EachFormat_WritesItsShape(string format, string expected)
    {
        // Given
        var file = _dir.File("acled.csv");
        File.WriteAllLines(file, [AcledHeader, Row("SYR1", "12 March 2019", "Maarrat an Numan", 35.64, 36.67, "Jets struck the town.", 9)]);
        Run("import", "acled", file, "--db", Db);

        // When
        var (code, output) = Run("export", "--db", Db, "--format", format, "--country", "SY");

        // Then
        Assert.Equal(0, code);
        Assert.Contains(expected, output);
    }

    [Fact]
    public void Export_UnknownFormat_ValidationError()
    {
        // When
        var (code, output) = Run("export", "--db", Db, "--format", "pdf");

        // Then
        Assert.NotEqual(0, code);
        Assert.Contains("--format", output);
    }

    public void Dispose() => _dir.Dispose();
}
