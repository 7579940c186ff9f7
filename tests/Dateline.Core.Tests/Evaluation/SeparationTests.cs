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
}
