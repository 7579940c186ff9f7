namespace Dateline.Core.Ranking;

/// <summary>
/// Picks the sentences that say what most of a group of sentences say: each sentence's centrality is the sum of its
/// cosine similarities (bags of content words) to the others, so the sentence that many reports paraphrase wins over
/// a one-off aside. Example: of "108 people were killed in Houla", "the Houla massacre killed 108 people" and "the
/// UN met on Friday", one of the first two is the most central.
/// </summary>
public static class SentenceCentrality
{
    /// <summary>
    /// The <paramref name="count"/> most central distinct sentences, most central first; with <paramref name="context"/>,
    /// each sentence's similarity to those sentences counts too (they vote, but cannot be picked).
    /// </summary>
    public static IReadOnlyList<string> Central(IReadOnlyList<string> sentences, int count = 1, IReadOnlyList<string>? context = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var distinct = sentences.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var bags = distinct.Select(Bag).ToList();
        var scores = new double[distinct.Count];
        for (var i = 0; i < distinct.Count; i++)
        {
            for (var j = i + 1; j < distinct.Count; j++)
            {
                var sim = Cosine(bags[i], bags[j]);
                scores[i] += sim;
                scores[j] += sim;
            }
        }

        if (context is not null)
        {
            var others = context.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Except(distinct, StringComparer.Ordinal).Select(Bag).ToList();
            for (var i = 0; i < distinct.Count; i++)
            {
                scores[i] += others.Sum(o => Cosine(bags[i], o));
            }
        }

        // Ties (a day with one or two sentences) go to the sentence with more content words: it usually says what happened.
        return Enumerable.Range(0, distinct.Count)
            .OrderByDescending(i => scores[i])
            .ThenByDescending(i => bags[i].Count)
            .ThenBy(i => i)
            .Take(count)
            .Select(i => distinct[i])
            .ToList();
    }

    private static Dictionary<string, int> Bag(string sentence)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in sentence.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = new string(raw.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            // Words of three letters or fewer are mostly function words ("the", "and", "was").
            if (word.Length > 3)
            {
                bag[word] = bag.GetValueOrDefault(word) + 1;
            }
        }

        return bag;
    }

    private static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double dot = 0;
        foreach (var (w, c) in a)
        {
            if (b.TryGetValue(w, out var d))
            {
                dot += c * d;
            }
        }

        var norm = Math.Sqrt(a.Values.Sum(c => (double)c * c)) * Math.Sqrt(b.Values.Sum(c => (double)c * c));
        return norm == 0 ? 0 : dot / norm;
    }
}
