using Dateline.Core.Model;
using Dateline.Sources.Datasets;

namespace Dateline.Sources.Tests.Datasets;

public sealed class UcdpReaderTests
{
    private const string DayRow =
        "300380,SYR-2013-1-11973-99,2013,1,Clear,1,299,299,Syria: Government,11973,11973,Government of Syria - Syrian insurgents,118,118,Government of Syria,4456,4456,Syrian insurgents,2,\"\"\"VDC,2013-01-03\"\"\",VDC,2013-01-03,Thursday 3 January 2013,SOHR; VDC,1,Rami village,in the al-Rami village,Idlib governorate,Ariha district,35.763369,36.558974,POINT (36.558974 35.763369),181154,Syria,652,Middle East,1,1,2013-01-03 00:00:00.000,2013-01-03 00:00:00.000,0,2,0,0,2,3,1,652,";

    private const string WeekRow =
        "21300,ANG-1989-1-7-62.3,1989,1,Clear,1,327,327,Angola: Government,714,714,Government of Angola - UNITA,99,99,Government of Angola,567,567,UNITA,-1,\"Reuters 1989-05-17 \"\"ANGOLAN UNITA REBELS\",,,,army statement,4,Lunda Sul province,Lunda Sul province,Lunda Sul province,,-9.65,20.4,POINT (20.4 -9.65),115601,Angola,540,Africa,2,3,1989-05-10,1989-05-14,0,14,0,0,14,14,14,540,";

    [Fact]
    public void Read_DayRow_MapsFields()
    {
        // Given
        var file = Fixtures.Stream(Fixtures.UcdpHeader + "\n" + DayRow + "\n");

        // When
        var e = UcdpReader.Read(file, "ged.csv").Single().Event!;

        // Then
        Assert.Equal("dataset:ucdp:300380", e.Provenance);
        Assert.Equal("2013-01-03", e.Time.Value);
        Assert.Equal("assault", e.PloverType);
        Assert.Equal([new ActorRef("Government of Syria", ActorRole.Initiator), new ActorRef("Syrian insurgents", ActorRole.Target)], e.Actors);
        Assert.Equal(new PlaceRef("Rami village", "SY", 35.763369, 36.558974), e.Location);
        Assert.Equal(new Quantity(1, 3), e.Fatalities);
        Assert.Equal("Thursday 3 January 2013", e.Notes);
        Assert.Equal("2", e.Raw["best"]);
    }

    [Fact]
    public void Read_DateRange_IntervalWithCoveringValue()
    {
        // Given: 10–14 May 1989 (Wednesday to Sunday) lies in ISO week 19.
        var file = Fixtures.Stream(Fixtures.UcdpHeader + "\n" + WeekRow + "\n");

        // When
        var t = UcdpReader.Read(file, "ged.csv").Single().Event!.Time;

        // Then
        Assert.Equal(new TimeValue("1989-W19", new DateOnly(1989, 5, 10), new DateOnly(1989, 5, 14), TimePrecision.Week, null, TimeAnchor.Dataset), t);
    }

    [Fact]
    public void Read_BadDateAndBadCount_ReportedRestRead()
    {
        // Given
        var badDate = DayRow.Replace("2013-01-03 00:00:00.000,2013-01-03", "03/01/2013,2013-01-03", StringComparison.Ordinal);
        var badCount = WeekRow.Replace(",14,14,14,540,", ",many,14,14,540,", StringComparison.Ordinal);
        var text = string.Join("\n", Fixtures.UcdpHeader, badDate, DayRow, badCount);

        // When
        var results = UcdpReader.Read(Fixtures.Stream(text), "g.csv").ToList();

        // Then
        Assert.Single(results, r => r.Event is not null);
        Assert.StartsWith("g.csv:2: date_start/date_end", results[0].Error, StringComparison.Ordinal);
        Assert.StartsWith("g.csv:4: best/low/high", results[2].Error, StringComparison.Ordinal);
    }
}
