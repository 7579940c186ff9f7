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
}
