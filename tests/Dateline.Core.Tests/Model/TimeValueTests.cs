using System.Globalization;
using Dateline.Core.Model;
using Dateline.Core.Tests.Support;

namespace Dateline.Core.Tests.Model;

public sealed class TimeValueTests
{
    public static TheoryData<string, string?, string?, string?, string> TimeMlSpec()
    {
        var data = new TheoryData<string, string?, string?, string?, string>();
        foreach (var c in SpecFile.Cases("TimeMlValues.json"))
        {
            data.Add(c.Str("value")!, c.Str("mod"), c.Str("earliest"), c.Str("latest"), c.Str("precision")!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TimeMlSpec))]
    public void FromTimeMl_SpecCase_GivesIntervalAndPrecision(string value, string? mod, string? earliest, string? latest, string precision)
    {
        // Given a TIMEX3 value and mod from Specs/TimeMlValues.json

        // When
        var time = TimeValue.FromTimeMl(value, mod);

        // Then
        Assert.Equal(value, time.Value);
        Assert.Equal(mod, time.Mod);
        Assert.Equal(Day(earliest), time.Earliest);
        Assert.Equal(Day(latest), time.Latest);
        Assert.Equal(precision, time.PrecisionName);
    }

    [Fact]
    public void FromTimeMl_WeekTheYearDoesNotHave_IsUnknown()
    {
        // Given 2017, which has 52 ISO weeks

        // When
        var time = TimeValue.FromTimeMl("2017-W53");

        // Then
        Assert.False(time.IsBounded);
        Assert.Equal(TimePrecision.Unknown, time.Precision);
    }

    [Fact]
    public void FromTimeMl_Anchor_IsKept()
    {
        // Given / When
        var time = TimeValue.FromTimeMl("2017-01-08", null, TimeAnchor.Publication);

        // Then
        Assert.Equal(TimeAnchor.Publication, time.Anchor);
    }

    [Fact]
    public void Unknown_HasNoBoundsAndNoAnchor()
    {
        // Given / When
        var unknown = TimeValue.Unknown;

        // Then
        Assert.Null(unknown.Earliest);
        Assert.Null(unknown.Latest);
        Assert.False(unknown.IsBounded);
        Assert.Equal(TimePrecision.Unknown, unknown.Precision);
        Assert.Equal(TimeAnchor.None, unknown.Anchor);
    }

    [Fact]
    public void OfDay_Day_IsBoundedSingleDayWithIsoValue()
    {
        // Given
        var day = new DateOnly(2016, 12, 30);

        // When
        var time = TimeValue.OfDay(day, TimeAnchor.Publication);

        // Then
        Assert.Equal("2016-12-30", time.Value);
        Assert.Equal(day, time.Earliest);
        Assert.Equal(day, time.Latest);
        Assert.True(time.IsBounded);
        Assert.Equal("day", time.PrecisionName);
        Assert.Equal(TimeAnchor.Publication, time.Anchor);
    }

    [Theory]
    [InlineData("2017-01", null, "2017-01-31", null, true)]            // a month contains its last day
    [InlineData("2017-01", null, "2017-02-01", null, false)]           // the next day is outside
    [InlineData("2016-WI", null, "2017-01", null, true)]               // winter straddles the year
    [InlineData("2016-12-30", "AFTER", "2017-06-01", null, true)]      // open end overlaps anything later
    [InlineData("2016-12-30", "AFTER", "2016-12-30", null, false)]     // but not the anchor day itself
    [InlineData("2016-12-30", "BEFORE", "2016-12", null, true)]        // open start overlaps the month before
    [InlineData("PRESENT_REF", null, "1990", null, true)]              // unbounded overlaps everything
    [InlineData("2017-01", "END", "2017-01", "START", false)]          // late January is not early January
    public void Overlaps_TwoValues_SharesADayOrNot(string a, string? modA, string b, string? modB, bool expected)
    {
        // Given
        var x = TimeValue.FromTimeMl(a, modA);
        var y = TimeValue.FromTimeMl(b, modB);

        // When
        var forward = x.Overlaps(y);
        var backward = y.Overlaps(x);

        // Then overlap is symmetric
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    private static DateOnly? Day(string? s) =>
        s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2017-01-23", "2017-01-24", "2017-01-23/2017-01-24", TimePrecision.Week, true)]
    [InlineData("2017-01-30", "2017-02-02", "2017-01-30/2017-02-02", TimePrecision.Week, true)]
    [InlineData("2017-01-24", "2017-01-24", "2017-01-24", TimePrecision.Day, false)]
    public void Lasting_DaysAnEventLasted_IsAnIsoIntervalSpan(string first, string last, string value, TimePrecision precision, bool span)
    {
        // Given the first and last days of an event told by its length ("two days of talks ended on Tuesday")
        var (a, b) = (DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));

        // When
        var t = TimeValue.Lasting(a, b, TimeAnchor.Publication);

        // Then
        Assert.Equal(value, t.Value);
        Assert.Equal((a, b), (t.Earliest!.Value, t.Latest!.Value));
        Assert.Equal(precision, t.Precision);
        Assert.Equal(span, t.IsSpan);
    }
}
