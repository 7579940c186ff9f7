using Dateline.Core.Model;
using Dateline.Sources.Datasets;

namespace Dateline.Sources.Tests.Datasets;

public sealed class DatasetTimeTests
{
    [Theory]
    [InlineData("1991-03-01", "1996-07-31", "199", TimePrecision.Decade)]
    [InlineData("1915-01-01", "1968-12-31", "19", TimePrecision.Decade)]
    public void Covering_SpanAcrossYears_ReducedFormTheTaggerWrites(string start, string end, string value, TimePrecision precision)
    {
        // Given
        var s = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var e = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture);

        // When
        var t = DatasetTime.Covering(s, e);

        // Then: the value is TimeML's reduced form, and it parses back to the decade or century that holds the span.
        Assert.Equal(value, t.Value);
        Assert.Equal(precision, t.Precision);
        var parsed = TimeValue.FromTimeMl(t.Value);
        Assert.True(parsed.Earliest <= s && parsed.Latest >= e);
    }
}
