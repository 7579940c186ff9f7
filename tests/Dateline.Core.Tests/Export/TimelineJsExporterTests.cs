using System.Text.Json;
using Dateline.Core.Export;

namespace Dateline.Core.Tests.Export;

public sealed class TimelineJsExporterTests
{
    [Fact]
    public void Write_Events_DatesByPrecisionAndGroups()
    {
        // Given
        var events = SampleEvents.All;

        // When
        using var doc = JsonDocument.Parse(TimelineJsExporter.Write(events, "Syria"));

        // Then
        var list = doc.RootElement.GetProperty("events");
        Assert.Equal(2, list.GetArrayLength()); // the undated event is left out
        var ceasefire = list[0];
        Assert.Equal("2016", ceasefire.GetProperty("start_date").GetProperty("year").GetString());
        Assert.Equal("30", ceasefire.GetProperty("start_date").GetProperty("day").GetString());
        Assert.False(ceasefire.TryGetProperty("end_date", out _));
        Assert.Equal("agree", ceasefire.GetProperty("group").GetString());
        Assert.Equal("ev-0001", ceasefire.GetProperty("unique_id").GetString());
        var talks = list[1];
        Assert.False(talks.GetProperty("start_date").TryGetProperty("day", out _)); // month precision
        Assert.Equal("1", talks.GetProperty("end_date").GetProperty("month").GetString());
        Assert.Contains("&quot;negotiated&quot;", ceasefire.GetProperty("text").GetProperty("headline").GetString(), StringComparison.Ordinal);
    }
}
