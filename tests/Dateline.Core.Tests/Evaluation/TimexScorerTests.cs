using Dateline.Core.Evaluation;

namespace Dateline.Core.Tests.Evaluation;

public sealed class TimexScorerTests
{
    [Fact]
    public void Score_IdenticalAnnotations_AreAllOnes()
    {
        // Given
        IReadOnlyList<TimexSpan> gold = [new(0, 5, "DATE", "2017-01-08"), new(10, 20, "DURATION", "P3D")];

        // When
        var s = TimexScorer.Score([new TimexDocumentPair("a", gold, gold)]);

        // Then
        Assert.Equal(1, s.Relaxed.F1);
        Assert.Equal(1, s.Strict.F1);
        Assert.Equal(1, s.ValueAccuracy);
        Assert.Equal(1, s.ValueF1);
        Assert.Empty(s.Confusions);
    }

    [Fact]
    public void Score_OverlapWithWrongValue_CountsRelaxedNotStrictNorValue()
    {
        // Given: gold "a year earlier" (0-14), system "a year" (0-6) with another value
        IReadOnlyList<TimexSpan> gold = [new(0, 14, "DATE", "2016")];
        IReadOnlyList<TimexSpan> system = [new(0, 6, "DURATION", "P1Y")];

        // When
        var s = TimexScorer.Score([new TimexDocumentPair("a", gold, system)]);

        // Then
        Assert.Equal(1, s.Relaxed.F1);
        Assert.Equal(0, s.Strict.F1);
        Assert.Equal(0, s.TypeAccuracy);
        Assert.Equal(0, s.ValueAccuracy);
        Assert.Equal(0, s.ValueF1);
        Assert.Contains(s.Confusions, c => c.Kind == "value" && c.System == "P1Y");
    }

    [Fact]
    public void Score_MissAndSpurious_LowerRecallAndPrecision()
    {
        // Given: one match, one gold miss, two spurious system items
        IReadOnlyList<TimexSpan> gold = [new(0, 5, "DATE", "2017"), new(30, 35, "DATE", "2016")];
        IReadOnlyList<TimexSpan> system = [new(0, 5, "DATE", "2017"), new(10, 12, "DATE", "PRESENT_REF"), new(40, 45, "SET", "P1D")];

        // When
        var s = TimexScorer.Score([new TimexDocumentPair("a", gold, system)]);

        // Then
        Assert.Equal(1.0 / 3, s.Relaxed.Precision, 6);
        Assert.Equal(0.5, s.Relaxed.Recall, 6);
        Assert.Equal(0.4, s.Relaxed.F1, 6);
        Assert.Equal(1, s.ValueAccuracy);
        Assert.Equal(0.4, s.ValueF1, 6);
    }

    [Fact]
    public void Score_ManyDocuments_MicroAverages()
    {
        // Given
        var a = new TimexDocumentPair("a", [new(0, 4, "DATE", "2017")], [new(0, 4, "DATE", "2017")]);
        var b = new TimexDocumentPair("b", [new(0, 4, "DATE", "2016"), new(9, 12, "DATE", "2015")], []);

        // When
        var s = TimexScorer.Score([a, b]);

        // Then
        Assert.Equal(3, s.GoldCount);
        Assert.Equal(1, s.SystemCount);
        Assert.Equal(1.0 / 3, s.Relaxed.Recall, 6);
        Assert.Equal(1, s.Relaxed.Precision);
    }

    [Fact]
    public void Score_NoDocuments_IsZeroNotNaN()
    {
        // Given / When
        var s = TimexScorer.Score([]);

        // Then
        Assert.Equal(0, s.Relaxed.F1);
        Assert.Equal(0, s.ValueF1);
    }
}
