using Dateline.Core.Evaluation;

namespace Dateline.Core.Tests.Evaluation;

public sealed class TimelineScorerTests
{
    private static Dictionary<DateOnly, IReadOnlyList<string>> Timeline(params (string Day, string Text)[] items) =>
        items.ToDictionary(i => DateOnly.Parse(i.Day, System.Globalization.CultureInfo.InvariantCulture), i => (IReadOnlyList<string>)[i.Text]);

    [Fact]
    public void Score_SameTimeline_PerfectDatesAndRouge()
    {
        // Given
        var tl = Timeline(("2011-04-22", "Security forces killed 72 protesters in Deraa."), ("2011-10-03", "Opposition groups formed the Syrian National Council."));

        // When
        var s = TimelineScorer.Score(tl, tl);

        // Then
        Assert.Equal(1.0, s.Dates.F1, 6);
        Assert.Equal(1.0, s.AlignedRouge1.F1, 6);
        Assert.Equal(1.0, s.AlignedRouge2.F1, 6);
    }

    [Fact]
    public void Score_RightTextOneDayOff_RougeHalvedByDistanceWeight()
    {
        // Given: the same summary, dated one day late
        var reference = Timeline(("2011-04-22", "Security forces killed 72 protesters in Deraa."));
        var predicted = Timeline(("2011-04-23", "Security forces killed 72 protesters in Deraa."));

        // When
        var s = TimelineScorer.Score(predicted, reference);

        // Then: no date matches; matched n-grams count 1/(1+1)
        Assert.Equal(0.0, s.Dates.F1, 6);
        Assert.Equal(0.5, s.AlignedRouge1.Precision, 6);
        Assert.Equal(0.5, s.AlignedRouge1.Recall, 6);
    }

    [Fact]
    public void Score_HalfTheDates_DateF1Reflects()
    {
        // Given
        var reference = Timeline(("2011-04-22", "a b c"), ("2011-10-03", "d e f"));
        var predicted = Timeline(("2011-04-22", "a b c"), ("2012-01-01", "x y z"), ("2012-02-01", "u v w"), ("2012-03-01", "q r s"));

        // When
        var s = TimelineScorer.Score(predicted, reference);

        // Then: P = 1/4, R = 1/2
        Assert.Equal(0.25, s.Dates.Precision, 6);
        Assert.Equal(0.5, s.Dates.Recall, 6);
        Assert.Equal(2 * 0.25 * 0.5 / 0.75, s.Dates.F1, 6);
    }

    [Theory]
    [InlineData("killed", "kill")]
    [InlineData("negotiations", "negoti")]
    [InlineData("ratified", "ratifi")]
    [InlineData("protesters", "protest")]
    [InlineData("caresses", "caress")]
    [InlineData("hopping", "hop")]
    [InlineData("relational", "relat")]
    public void Tokens_PorterStems_AsRougeDoes(string word, string stem)
    {
        // When
        var tokens = TimelineScorer.Tokens([word]);

        // Then
        Assert.Equal([stem], tokens);
    }

    [Fact]
    public void Tokens_StopWordsAndBrackets_Dropped()
    {
        // When
        var tokens = TimelineScorer.Tokens(["The army -LRB- SAA -RRB- retook the city"]);

        // Then
        Assert.Equal(["armi", "saa", "retook", "citi"], tokens);
    }

    [Fact]
    public void Score_AlignmentOnRawTokens_CaseMattersForTheAlignmentOnly()
    {
        // Given: tilse aligns on the text as written, so "protesters" one day off loses to "Protesters" three days off
        var reference = Timeline(("2011-01-01", "protesters killed"), ("2011-01-05", "Protesters killed"));
        var predicted = Timeline(("2011-01-02", "Protesters killed"));

        // When
        var s = TimelineScorer.Score(predicted, reference);

        // Then: aligned to 5 January, both unigrams match after lower-casing, weighted 1/(3+1)
        Assert.Equal(0.25, s.AlignedRouge1.Precision, 6);
    }

    [Fact]
    public void Tokens_HyphensAndShortWords_AsRouge155()
    {
        // When: "Ki-moon" splits at the hyphen; "gas" (three letters) is not stemmed, "gases" is
        var tokens = TimelineScorer.Tokens(["Ki-moon gas gases"]);

        // Then
        Assert.Equal(["ki", "moon", "gas", "gase"], tokens);
    }
}
