using Dateline.Core.Model;
using Dateline.Sources.Datasets;

namespace Dateline.Sources.Tests.Datasets;

public sealed class AcledReaderTests
{
    private const string OldRow =
        "6997066,4,AFG44667,44667,\"21 March 2020\",2020,1,\"Violence against civilians\",Attack,\"Unidentified Armed Group (Afghanistan)\",,3,\"Civilians (Afghanistan)\",\"Muslim Group (Afghanistan); Teachers (Afghanistan)\",7,37,\"Caucasus and Central Asia\",Afghanistan,Kabul,Kabul,,Kabul,34.5167,69.1833,1,\"Pajhwok Afghan News\",National,\"On 21 March 2020, 1 religious scholar was killed, \"\"police said\"\".\",1,1584984341,AFG";

    private const string NewRow =
        "SYR3335,2017-02-26,2017,1,Political violence,Battles,Armed clash,YPG: Peoples Protection Units,,2,Military Forces of Turkey (2016-),,8,28,,760,Middle East,Syria,Aleppo,Menbij,Maskana,Madinet Elghar,35.9171,38.0139,1,SOHR,Other,\"Clashes took place near Afrin.\nNo casualties.\",0,,1624916968";

    [Fact]
    public void Read_OldLayout_MapsFieldsByHeaderName()
    {
        // Given
        var file = Fixtures.Stream(Fixtures.AcledOldHeader + "\r\n" + OldRow + "\r\n");

        // When
        var e = AcledReader.Read(file, "afg.csv").Single().Event!;

        // Then
        Assert.Equal("dataset:acled:AFG44667", e.Provenance);
        Assert.Equal(TimeValue.OfDay(new DateOnly(2020, 3, 21), TimeAnchor.Dataset), e.Time);
        Assert.Equal("Violence against civilians", e.AcledEventType);
        Assert.Equal("Attack", e.AcledSubEventType);
        Assert.Equal("assault", e.PloverType);
        Assert.Equal(4, e.Actors.Count);
        Assert.Equal(new ActorRef("Teachers (Afghanistan)", ActorRole.Target), e.Actors[3]);
        Assert.Equal(new PlaceRef("Kabul", "AF", 34.5167, 69.1833), e.Location);
        Assert.Equal(new Quantity(1, 1), e.Fatalities);
        Assert.Equal("On 21 March 2020, 1 religious scholar was killed, \"police said\".", e.Notes);
        Assert.Equal("AFG", e.Raw["iso3"]);
    }

    [Theory]
    [InlineData("1", PlacePrecision.Exact)]
    [InlineData("2", PlacePrecision.Near)]
    [InlineData("3", PlacePrecision.Region)]
    public void Read_GeoPrecision_IsThePlacesPrecision(string geoPrecision, PlacePrecision expected)
    {
        // Given a row placed at the town itself (1), a town nearby (2) or its region's seat (3)
        var row = NewRow.Replace(",35.9171,38.0139,1,", $",35.9171,38.0139,{geoPrecision},", StringComparison.Ordinal);
        var file = Fixtures.Stream(Fixtures.AcledNewHeader + "\r\n" + row + "\r\n");

        // When
        var e = AcledReader.Read(file, "syr.csv").Single().Event!;

        // Then
        Assert.Equal(new PlaceRef("Madinet Elghar", "SY", 35.9171, 38.0139, expected), e.Location);
    }

    [Fact]
    public void Read_NewLayout_QuotedLineBreakAndNumericIso()
    {
        // Given
        var file = Fixtures.Stream(Fixtures.AcledNewHeader + "\n" + NewRow + "\n");

        // When
        var e = AcledReader.Read(file, "syr.csv").Single().Event!;

        // Then
        Assert.Equal("SY", e.Location!.Country);
        Assert.Equal("Clashes took place near Afrin.\nNo casualties.", e.Notes);
        Assert.Equal(new Quantity(0, 0), e.Fatalities);
        Assert.Equal("Political violence", e.Raw["disorder_type"]);
    }

    [Theory]
    [InlineData("2", "2020-03", "2020-03-18", "2020-03-24", TimePrecision.Month)]
    [InlineData("3", "2020-03", "2020-03-01", "2020-03-31", TimePrecision.Month)]
    [InlineData("1", "2020-03-21", "2020-03-21", "2020-03-21", TimePrecision.Day)]
    public void Read_TimePrecision_MapsToHonestInterval(string precision, string value, string earliest, string latest, TimePrecision expected)
    {
        // Given: 21 March 2020 ± 3 days is 18..24 March, which spans two ISO weeks, so its TimeML value is the month.
        var row = OldRow.Replace(",2020,1,", $",2020,{precision},", StringComparison.Ordinal);

        // When
        var t = AcledReader.Read(Fixtures.Stream(Fixtures.AcledOldHeader + "\n" + row), "a").Single().Event!.Time;

        // Then
        Assert.Equal(value, t.Value);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), t.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), t.Latest);
        Assert.Equal(expected, t.Precision);
    }

    [Fact]
    public void Read_BadRows_EachNamedRestRead()
    {
        // Given: bad date on line 3, a short row on line 4, bad precision on line 5, unterminated quote at the end.
        var lines = new[]
        {
            Fixtures.AcledOldHeader,
            OldRow,
            OldRow.Replace("\"21 March 2020\"", "soon", StringComparison.Ordinal),
            "1,2,3",
            OldRow.Replace(",2020,1,", ",2020,7,", StringComparison.Ordinal),
            OldRow.Replace("AFG44667", "AFG2", StringComparison.Ordinal),
            "7,4,AFG3,3,\"21 March 2020,2020",
        };

        // When
        var results = AcledReader.Read(Fixtures.Stream(string.Join("\n", lines)), "a.csv").ToList();

        // Then
        Assert.Equal(["AFG44667", "AFG2"], results.Where(r => r.Event is not null).Select(r => r.Event!.SourceId));
        Assert.Equal(
            [
                "a.csv:3: event_date 'soon' is not a date (\"21 March 2020\" or 2020-03-21)",
                "a.csv:4: 3 columns, expected 31 (truncated or damaged row)",
                "a.csv:5: time_precision '7' is not 1, 2 or 3",
                "a.csv:7: unterminated quoted field at end of file (truncated file?)",
            ],
            results.Where(r => r.Error is not null).Select(r => r.Error!));
    }

    [Fact]
    public void Read_MissingColumns_OneErrorForTheFile()
    {
        // Given
        var file = Fixtures.Stream("event_id_cnty,event_date\nX1,21 March 2020\n");

        // When
        var results = AcledReader.Read(file, "x.csv").ToList();

        // Then
        Assert.StartsWith("x.csv: not an ACLED export: missing column(s) time_precision, event_type", Assert.Single(results).Error, StringComparison.Ordinal);
    }
}
