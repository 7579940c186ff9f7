using Dateline.Core.Evaluation;

namespace Dateline.Core.Tests.Evaluation;

public sealed class ClusterScorerTests
{
    [Fact]
    public void Score_IdenticalClusterings_AllOnes()
    {
        // Given
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2" };
        var system = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "y" };

        // When
        var s = ClusterScorer.Score(gold, system);

        // Then
        Assert.Equal(1.0, s.BCubedF1, 6);
        Assert.Equal(1.0, s.PairF1, 6);
    }

    [Fact]
    public void Score_EverythingInOneCluster_RecallOnePrecisionLow()
    {
        // Given: gold {a,b} {c} {d}; system puts all four together
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2", ["d"] = "3" };
        var system = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "x", ["d"] = "x" };

        // When
        var s = ClusterScorer.Score(gold, system);

        // Then: B3 precision = (2/4 + 2/4 + 1/4 + 1/4) / 4 = 0.375; pairs: 1 gold pair of 6 system pairs
        Assert.Equal(0.375, s.BCubedPrecision, 6);
        Assert.Equal(1.0, s.BCubedRecall, 6);
        Assert.Equal(1.0 / 6, s.PairPrecision, 6);
        Assert.Equal(1.0, s.PairRecall, 6);
    }

    [Fact]
    public void Score_ItemMissingFromSystem_CountsAsSingleton()
    {
        // Given: the system never found b
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1" };
        var system = new Dictionary<string, string> { ["a"] = "x" };

        // When
        var s = ClusterScorer.Score(gold, system);

        // Then
        Assert.Equal(1.0, s.BCubedPrecision, 6);
        Assert.Equal(0.5, s.BCubedRecall, 6);
        Assert.Equal(0.0, s.PairRecall, 6);
    }
}
