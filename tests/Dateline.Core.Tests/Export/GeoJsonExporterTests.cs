using System.Text.Json;
using Dateline.Core.Export;

namespace Dateline.Core.Tests.Export;

public sealed class GeoJsonExporterTests
{
    [Fact]
    public void Write_Events_PointsLonLatAndNullGeometry()
    {
        // Given
        var events = SampleEvents.All;

        // When
        using var doc = JsonDocument.Parse(GeoJsonExporter.Write(events));

        // Then
        var root = doc.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features");
        Assert.Equal(3, features.GetArrayLength());
        var astana = features[1];
        Assert.Equal("Point", astana.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([71.47041, 51.16052], astana.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal("ev-0002", astana.GetProperty("properties").GetProperty("id").GetString());
        Assert.Equal("planned", astana.GetProperty("properties").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, features[2].GetProperty("geometry").ValueKind);
    }

    [Fact]
    public void Write_ApproximateLocation_SaysSoInProperties()
    {
        // Given a village the gazetteer lacks, placed at its province's seat
        var e = SampleEvents.Talks with { Location = new Core.Model.PlaceRef("Gubar", "SY", 35.95, 39.01, Core.Model.PlacePrecision.Region, "Ar Raqqah") };

        // When
        using var doc = JsonDocument.Parse(GeoJsonExporter.Write([e]));

        // Then the point is there, and its properties say whose coordinates they are
        var feature = doc.RootElement.GetProperty("features")[0];
        Assert.Equal([39.01, 35.95], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(x => x.GetDouble()));
        var location = feature.GetProperty("properties").GetProperty("location");
        Assert.Equal(("Gubar", "region", "Ar Raqqah"), (location.GetProperty("name").GetString(), location.GetProperty("precision").GetString(), location.GetProperty("anchor").GetString()));
        Assert.False(JsonDocument.Parse(GeoJsonExporter.Write([SampleEvents.Talks])).RootElement.GetProperty("features")[0]
            .GetProperty("properties").GetProperty("location").TryGetProperty("precision", out _));
    }
}
