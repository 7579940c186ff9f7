namespace Dateline.Core.Evaluation;

/// <summary>How well a score tells same-event pairs from different-event pairs (or any positives from negatives).</summary>
public static class Separation
{
    /// <summary>
    /// ROC AUC: the chance that a same-event pair drawn at random scores above a different-event pair drawn at random,
    /// ties counting half (Mann–Whitney). 1 separates perfectly, 0.5 is a coin. Example: same-event values {0.9, 0.4}
    /// and different-event values {0.5, 0.1} give 3 of 4 pairs ordered right, 0.75. NaN when either side is empty.
    /// </summary>
    /// <param name="pairs">Each item's score and whether it is a positive (a same-event pair).</param>
    public static double Auc(IReadOnlyList<(double Value, bool Same)> pairs)
    {
        var positives = pairs.Count(p => p.Same);
        var negatives = pairs.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        // Ranks from 1 in ascending order, tied values sharing their average rank.
        var sorted = pairs.OrderBy(p => p.Value).ToArray();
        double positiveRanks = 0;
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j < sorted.Length && sorted[j].Value == sorted[i].Value)
            {
                j++;
            }

            var rank = (i + 1 + j) / 2.0;
            positiveRanks += rank * sorted[i..j].Count(p => p.Same);
            i = j;
        }

        return (positiveRanks - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>
    /// The 2.5th and 97.5th percentiles of AUC(second) − AUC(first) over <paramref name="resamples"/> resamplings of the
    /// pairs with replacement (a paired bootstrap, seeded so that a run repeats). Example: two scores that order every
    /// pair alike give (0, 0); an interval above 0 says the second separates better on pairs like these. Pairs that share
    /// mentions are not independent, so the interval is narrower than the truth.
    /// </summary>
    /// <param name="pairs">Each pair's two scores and whether it is a same-event pair.</param>
    /// <param name="resamples">How many resamplings.</param>
    /// <param name="seed">The random seed.</param>
    public static (double Low, double High) AucDifferenceInterval(IReadOnlyList<(double First, double Second, bool Same)> pairs, int resamples, int seed)
    {
        var random = new Random(seed);
        var differences = new List<double>(resamples);
        for (var r = 0; r < resamples; r++)
        {
            var sample = Enumerable.Range(0, pairs.Count).Select(_ => pairs[random.Next(pairs.Count)]).ToList();
            var difference = Auc(sample.Select(p => (p.Second, p.Same)).ToList()) - Auc(sample.Select(p => (p.First, p.Same)).ToList());
            if (!double.IsNaN(difference))
            {
                differences.Add(difference);
            }
        }

        differences.Sort();
        return differences.Count == 0
            ? (double.NaN, double.NaN)
            : (differences[(int)(0.025 * (differences.Count - 1))], differences[(int)Math.Ceiling(0.975 * (differences.Count - 1))]);
    }
}
