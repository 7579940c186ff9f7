namespace Dateline.Core.Evaluation;

/// <summary>Clustering scores of a system against a gold clustering of the same items.</summary>
/// <param name="BCubedPrecision">B-cubed precision (Bagga and Baldwin, 1998), averaged over items.</param>
/// <param name="BCubedRecall">B-cubed recall.</param>
/// <param name="BCubedF1">Harmonic mean of the two.</param>
/// <param name="PairPrecision">Of the system's same-cluster pairs, the share that gold also pairs.</param>
/// <param name="PairRecall">Of gold's same-cluster pairs, the share that the system also pairs.</param>
/// <param name="PairF1">Harmonic mean of the two.</param>
/// <param name="Items">Items scored.</param>
public sealed record ClusterScores(
    double BCubedPrecision, double BCubedRecall, double BCubedF1,
    double PairPrecision, double PairRecall, double PairF1, int Items);

/// <summary>B-cubed and pairwise scores of two clusterings given as item → cluster label maps.</summary>
public static class ClusterScorer
{
    /// <summary>
    /// Scores <paramref name="system"/> against <paramref name="gold"/>. Items are the gold's keys; an item the system
    /// did not cluster counts as a singleton of its own.
    /// </summary>
    public static ClusterScores Score(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> system)
    {
        var items = gold.Keys.ToList();
        var sys = items.ToDictionary(i => i, i => system.TryGetValue(i, out var c) ? "s:" + c : "missing:" + i, StringComparer.Ordinal);
        var goldMembers = items.GroupBy(i => gold[i]).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal));
        var sysMembers = items.GroupBy(i => sys[i]).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal));

        double p = 0, r = 0;
        foreach (var i in items)
        {
            var g = goldMembers[gold[i]];
            var s = sysMembers[sys[i]];
            var both = s.Count(g.Contains);
            p += (double)both / s.Count;
            r += (double)both / g.Count;
        }

        var n = Math.Max(1, items.Count);
        var (bp, br) = (p / n, r / n);

        long sysPairs = 0, goldPairs = 0, bothPairs = 0;
        foreach (var cluster in sysMembers.Values)
        {
            sysPairs += (long)cluster.Count * (cluster.Count - 1) / 2;
            foreach (var byGold in cluster.GroupBy(i => gold[i]))
            {
                var k = byGold.Count();
                bothPairs += (long)k * (k - 1) / 2;
            }
        }

        foreach (var cluster in goldMembers.Values)
        {
            goldPairs += (long)cluster.Count * (cluster.Count - 1) / 2;
        }

        var pp = sysPairs == 0 ? 1.0 : (double)bothPairs / sysPairs;
        var pr = goldPairs == 0 ? 1.0 : (double)bothPairs / goldPairs;
        return new ClusterScores(bp, br, F1(bp, br), pp, pr, F1(pp, pr), items.Count);
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
