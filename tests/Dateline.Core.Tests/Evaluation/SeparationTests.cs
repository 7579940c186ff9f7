using Dateline.Core.Evaluation;

namespace Dateline.Core.Tests.Evaluation;

public sealed class SeparationTests
{
    [Fact]
    public void Auc_ThreeOfFourPairsOrderedRight_IsThreeQuarters()
    {
        // Given same-event values 0.9 and 0.4, different-event values 0.5 and 0.1
        (double, bool)[] pairs = [(0.9, true), (0.4, true), (0.5, false), (0.1, false)];

        // When / Then: 0.9 beats both, 0.4 beats only 0.1
        Assert.Equal(0.75, Separation.Auc(pairs), 9);
    }

    [Fact]
    public void Auc_TiesAndExtremes_CountHalfAndBound()
    {
        // Given / When / Then: a tie counts half; a perfect split is 1, a reversed one 0; no negatives is undefined
        Assert.Equal(0.5, Separation.Auc([(0.3, true), (0.3, false)]), 9);
        Assert.Equal(1, Separation.Auc([(0.8, true), (0.7, true), (0.2, false)]), 9);
        Assert.Equal(0, Separation.Auc([(0.1, true), (0.7, false), (0.9, false)]), 9);
        Assert.True(double.IsNaN(Separation.Auc([(0.1, true)])));
    }

    [Fact]
    public void AucDifferenceInterval_SameOrderAndPerfectVsReversed_ZeroAndPositive()
    {
        // Given eight pairs scored alike twice (a score and its double), and scored all wrong then all right
        (double Value, bool Same)[] items = [(0.9, true), (0.8, true), (0.7, false), (0.6, true), (0.5, false), (0.4, true), (0.2, false), (0.1, false)];
        var alike = items.Select(p => (p.Value, p.Value * 2, p.Same)).ToList();
        var better = items.Select(p => (p.Same ? 0.0 : 1.0, p.Same ? 1.0 : 0.0, p.Same)).ToList();

        // When
        var same = Separation.AucDifferenceInterval(alike, 200, seed: 1);
        var gain = Separation.AucDifferenceInterval(better, 200, seed: 1);

        // Then scores that order alike differ by nothing; a perfect score beats one that orders every pair wrong
        Assert.Equal((0.0, 0.0), same);
        Assert.Equal((1.0, 1.0), gain);
    }
}
