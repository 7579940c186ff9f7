using Dateline.Core.Model;
using Dateline.Core.Stages.Temporal;

namespace Dateline.Core.Tests.Temporal;

public sealed class TemporalStageTests
{
    // The worked example's sentences (Press TV, Sun Jan 8, 2017), shortened; the test never reads ../shared.
    private const string Seed = """
        Iran Press TV

        Sun Jan 8, 2017 2:28PM

        The Syrian president made the remark in a meeting with a visiting delegation of French parliamentarians in the Syrian capital, Damascus, on Sunday.

        Assad also said he was "counting a lot" on the upcoming talks, which are scheduled to be held in the Kazakh capital, Astana, later this month.

        The three countries successfully implemented a similar accord in December following the defeat of militants in Syria's northwestern city of Aleppo.

        The French delegation, led by lawmaker Thierry Mariani, arrived in Syria on January 5 and visited the ancient city of Aleppo the next day.

        The meeting was held in the wake of a countrywide ceasefire in Syria, which came into effect on December 30, 2016, on the back of negotiations between Russia and Turkey.

        Last December, the Syrian army established full control over Aleppo, which had long been divided between government forces in the west and the militants in the east.

        The city's recapture is widely seen as a crushing blow to the militants, who have been actively working to topple the Damascus government since March 2011.
        """;

    private static readonly DateOnly Dct = new(2017, 1, 8);

    [Theory]
    [InlineData("on Sunday", "Sunday", "2017-01-08", TimeAnchor.Publication)]
    [InlineData("later this month", "later this month", "2017-01", TimeAnchor.Publication)]
    [InlineData("accord in December", "December", "2016-12", TimeAnchor.Publication)]
    [InlineData("on January 5", "January 5", "2017-01-05", TimeAnchor.Publication)]
    [InlineData("the next day", "the next day", "2017-01-06", TimeAnchor.PreviousDate)]
    [InlineData("December 30, 2016", "December 30, 2016", "2016-12-30", TimeAnchor.Explicit)]
    [InlineData("Last December", "Last December", "2016-12", TimeAnchor.Publication)]
    [InlineData("since March 2011", "March 2011", "2011-03", TimeAnchor.Explicit)]
    public void Tag_SeedReport_ResolvesWorkedExample(string context, string span, string value, TimeAnchor anchor)
    {
        // Given
        var stage = new TemporalStage();
        var at = Seed.IndexOf(context, StringComparison.Ordinal) + context.IndexOf(span, StringComparison.Ordinal);

        // When
        var found = stage.Tag(Seed, Dct);

        // Then
        var x = Assert.Single(found, e => e.Start == at);
        Assert.Equal(span, x.Text);
        Assert.Equal(at + span.Length, x.End);
        Assert.Equal(value, x.Value);
        Assert.Equal(anchor, x.Time.Anchor);
    }

    [Fact]
    public void Tag_SeedDateline_IsTimeOfDay()
    {
        // Given
        var stage = new TemporalStage();

        // When
        var found = stage.Tag(Seed, Dct);

        // Then
        var x = Assert.Single(found, e => e.Text == "Sun Jan 8, 2017 2:28PM");
        Assert.Equal(TimexType.Time, x.Type);
        Assert.Equal("2017-01-08T14:28", x.Value);
    }

    [Fact]
    public void Tag_LaterThisMonth_CarriesEndMod()
    {
        // Given
        var stage = new TemporalStage();

        // When
        var x = Assert.Single(stage.Tag(Seed, Dct), e => e.Text == "later this month");

        // Then
        Assert.Equal("END", x.Mod);
        Assert.Equal(new DateOnly(2017, 1, 21), x.Time.Earliest);
        Assert.Equal(new DateOnly(2017, 1, 31), x.Time.Latest);
    }

    [Fact]
    public void Tag_UnknownDct_LeavesDeixisUnresolved()
    {
        // Given
        var stage = new TemporalStage();

        // When
        var found = stage.Tag("The accord was implemented in December and talks are set for now.", null);

        // Then
        Assert.Equal("XXXX-12", Assert.Single(found, e => e.Text == "December").Value);
        Assert.Equal(TimeAnchor.None, Assert.Single(found, e => e.Text == "December").Time.Anchor);
        Assert.Equal("PRESENT_REF", Assert.Single(found, e => e.Text == "now").Value);
    }

    [Fact]
    public void Tag_DurationBeforeEarlier_PointsAtShiftedDate()
    {
        // Given
        var stage = new TemporalStage();

        // When
        var found = stage.Tag("The truce began on March 3, 2016. Talks had collapsed a month earlier.", new DateOnly(2016, 4, 1));

        // Then
        var x = Assert.Single(found, e => e.Text == "a month");
        Assert.Equal(TimexType.Duration, x.Type);
        Assert.Equal("P1M", x.Value);
        Assert.Equal(new DateOnly(2016, 2, 3), x.Time.Earliest);
        Assert.Equal(TimeAnchor.PreviousDate, x.Time.Anchor);
    }

    [Fact]
    public void Tag_SameStageManyThreads_GivesSameResult()
    {
        // Given
        var stage = new TemporalStage();
        var expected = stage.Tag(Seed, Dct);

        // When
        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => stage.Tag(Seed, Dct)).ToList();

        // Then
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
