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
}
