using Dateline.Core.Export;

namespace Dateline.Core.Tests.Export;

public sealed class AcledCsvExporterTests
{
    [Fact]
    public void Write_Events_AcledHeaderThenDatelineColumns()
    {
        // Given
        var events = SampleEvents.All;

        // When
        var csv = AcledCsvExporter.Write(events);

        // Then
        var header = csv[..csv.IndexOf("\r\n", StringComparison.Ordinal)];
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,", header, StringComparison.Ordinal);
        Assert.EndsWith(",dateline_provenance,dateline_mentions", header, StringComparison.Ordinal);
        Assert.Contains("SYR1,30 December 2016,2016,1,,Strategic developments,Agreement,Syrian government,Russia; Turkey,,,,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FormulaCells_Neutralized()
    {
        // Given: a title starting with "-", one with "@", notes starting with "=".
        var events = SampleEvents.All;

        // When
        var csv = AcledCsvExporter.Write(events);

        // Then
        Assert.Contains(",'-Peace talks in Astana,", csv, StringComparison.Ordinal);
        Assert.Contains(",'@UN Security Council ratifies the ceasefire,", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\") and a comma", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NegativeCoordinate_NotNeutralized()
    {
        // Given
        var e = SampleEvents.Talks with { Location = new Core.Model.PlaceRef("Lima", "PE", -12.04318, -77.02824) };

        // When
        var csv = AcledCsvExporter.Write([e]);

        // Then
        Assert.Contains(",Lima,-12.04318,-77.02824,", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Core.Model.PlacePrecision.Exact, ",Gubar,35.95,39.01,1,")]
    [InlineData(Core.Model.PlacePrecision.Near, ",Gubar,35.95,39.01,2,")]
    [InlineData(Core.Model.PlacePrecision.Region, ",Gubar,35.95,39.01,3,")]
    public void Write_PlacePrecision_IsAcledGeoPrecisionAndRoundTrips(Core.Model.PlacePrecision precision, string cells)
    {
        // Given a village placed at its own, a nearby town's or its province seat's coordinates
        var location = new Core.Model.PlaceRef("Gubar", "SY", 35.95, 39.01, precision, precision == Core.Model.PlacePrecision.Exact ? null : "Ar Raqqah");
        var e = SampleEvents.Talks with { Location = location };

        // When
        var csv = AcledCsvExporter.Write([e]);
        var back = Core.Contract.EventJsonReader.Read(Core.Contract.EventJson.Write([e])).Events.Single();

        // Then ACLED's geo_precision says which, and the contract keeps it
        Assert.Contains(cells, csv, StringComparison.Ordinal);
        Assert.Equal(location, back.Location);
    }
}
