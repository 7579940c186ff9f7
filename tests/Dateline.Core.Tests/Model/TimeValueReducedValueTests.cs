using Dateline.Core.Model;

namespace Dateline.Core.Tests.Model;

public sealed class TimeValueReducedValueTests
{
    [Theory]
    [InlineData("2016-12-30", "2016-12-30", "2016-12-30", TimePrecision.Day)]
    [InlineData("2017-01-08T14:28", "2017-01-08", "2017-01-08", TimePrecision.Day)]
    [InlineData("2017-W02", "2017-01-09", "2017-01-15", TimePrecision.Week)]
    [InlineData("2016-W52-WE", "2016-12-31", "2017-01-01", TimePrecision.Week)]
    [InlineData("2016-12", "2016-12-01", "2016-12-31", TimePrecision.Month)]
    [InlineData("2016-SU", "2016-06-01", "2016-08-31", TimePrecision.Season)]
    [InlineData("2016-WI", "2016-12-01", "2017-02-28", TimePrecision.Season)]
    [InlineData("2017-Q1", "2017-01-01", "2017-03-31", TimePrecision.Quarter)]
    [InlineData("2016-H2", "2016-07-01", "2016-12-31", TimePrecision.Quarter)]
    [InlineData("2016", "2016-01-01", "2016-12-31", TimePrecision.Year)]
    [InlineData("199X", "1990-01-01", "1999-12-31", TimePrecision.Decade)]
    [InlineData("199", "1990-01-01", "1999-12-31", TimePrecision.Decade)]
    [InlineData("19XX", "1900-01-01", "1999-12-31", TimePrecision.Decade)]
    [InlineData("19", "1900-01-01", "1999-12-31", TimePrecision.Decade)]
    public void FromTimeMl_CalendarValue_GivesInterval(string value, string earliest, string latest, TimePrecision precision)
    {
        // Given / When
        var t = TimeValue.FromTimeMl(value);

        // Then
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), t.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), t.Latest);
        Assert.Equal(precision, t.Precision);
    }

    [Theory]
    [InlineData("PRESENT_REF")]
    [InlineData("P3D")]
    [InlineData("XXXX-12-25")]
    [InlineData("PXY")]
    public void FromTimeMl_NoCalendarInterval_IsUnbounded(string value)
    {
        // Given / When
        var t = TimeValue.FromTimeMl(value);

        // Then
        Assert.False(t.IsBounded);
        Assert.Equal(TimePrecision.Unknown, t.Precision);
    }

    [Fact]
    public void FromTimeMl_EndMod_NarrowsToLastThird()
    {
        // Given / When
        var t = TimeValue.FromTimeMl("2017-01", "END", TimeAnchor.Publication);

        // Then
        Assert.Equal(new DateOnly(2017, 1, 21), t.Earliest);
        Assert.Equal(new DateOnly(2017, 1, 31), t.Latest);
        Assert.Equal(TimeAnchor.Publication, t.Anchor);
    }
}
