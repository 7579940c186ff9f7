namespace Dateline.Core.Evaluation;

/// <summary>Scores of a predicted timeline against a reference timeline.</summary>
/// <param name="Dates">Date selection: the predicted dates against the reference's.</param>
/// <param name="AlignedRouge1">Alignment-based ROUGE-1 (align+, many-to-one), as news-tls reports AR-1.</param>
/// <param name="AlignedRouge2">Alignment-based ROUGE-2 (AR-2).</param>
public sealed record TimelineScores(Prf Dates, Prf AlignedRouge1, Prf AlignedRouge2);

/// <summary>
/// Timeline summarization metrics (Martschat and Markert, 2017): date-selection F1, and ROUGE computed after
/// aligning each predicted date to the reference date of least cost, where cost multiplies a date-distance
/// factor (1 − 1/(|Δdays|+1)) and a content factor (1 − approximate ROUGE-1 F1 over the raw whitespace tokens,
/// as tilse computes it); matched n-gram counts are weighted by 1/(|Δdays|+1). ROUGE here stems (Porter) and drops stop words, as ROUGE-1.5.5 with -m -s does.
/// </summary>
public static class TimelineScorer
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="reference"/>: day → sentences.</summary>
    public static TimelineScores Score(IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> predicted, IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> reference)
    {
        var hits = predicted.Keys.Count(reference.ContainsKey);
        var dates = Prf.Of(
            predicted.Count == 0 ? 0 : (double)hits / predicted.Count,
            reference.Count == 0 ? 0 : (double)hits / reference.Count);

        var pred = predicted.ToDictionary(kv => kv.Key, kv => Tokens(kv.Value));
        var refs = reference.ToDictionary(kv => kv.Key, kv => Tokens(kv.Value));
        var rawPred = predicted.ToDictionary(kv => kv.Key, kv => RawTokens(kv.Value));
        var rawRefs = reference.ToDictionary(kv => kv.Key, kv => RawTokens(kv.Value));
        return new TimelineScores(dates, Aligned(pred, refs, rawPred, rawRefs, 1), Aligned(pred, refs, rawPred, rawRefs, 2));
    }

    // The alignment compares the texts as tilse does: whitespace tokens as written, case kept, no stemming and no
    // stop-word removal ("Assad" and "assad" differ there); only the ROUGE counts after alignment normalize.
    private static List<string> RawTokens(IEnumerable<string> sentences) =>
        sentences.SelectMany(s => s.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).ToList();

    private static Prf Aligned(Dictionary<DateOnly, List<string>> pred, Dictionary<DateOnly, List<string>> refs, Dictionary<DateOnly, List<string>> rawPred, Dictionary<DateOnly, List<string>> rawRefs, int n)
    {
        if (pred.Count == 0 || refs.Count == 0)
        {
            return Prf.Of(0, 0);
        }

        // Precision: each predicted date to its cheapest reference date.
        double pNum = 0, pDen = 0;
        foreach (var (date, tokens) in pred)
        {
            var target = Cheapest(date, rawPred[date], rawRefs);
            var (hit, predCount, _) = Counts(tokens, refs[target], n);
            pNum += Weight(date, target) * hit;
            pDen += predCount;
        }

        // Recall: each reference date to its cheapest predicted date.
        double rNum = 0, rDen = 0;
        foreach (var (date, tokens) in refs)
        {
            var source = Cheapest(date, rawRefs[date], rawPred, reverse: true);
            var (hit, _, refCount) = Counts(pred[source], tokens, n);
            rNum += Weight(date, source) * hit;
            rDen += refCount;
        }

        return Prf.Of(pDen == 0 ? 0 : pNum / pDen, rDen == 0 ? 0 : rNum / rDen);
    }

    private static DateOnly Cheapest(DateOnly date, List<string> tokens, Dictionary<DateOnly, List<string>> others, bool reverse = false)
    {
        var best = default(DateOnly);
        var bestCost = double.MaxValue;
        foreach (var (other, otherTokens) in others.OrderBy(kv => kv.Key))
        {
            var dateFactor = 1 - Weight(date, other);
            var content = reverse ? ApproxRouge1(otherTokens, tokens) : ApproxRouge1(tokens, otherTokens);
            var cost = dateFactor * (1 - content);
            if (cost < bestCost)
            {
                (best, bestCost) = (other, cost);
            }
        }

        return best;
    }

    private static double Weight(DateOnly a, DateOnly b) => 1.0 / (Math.Abs(a.DayNumber - b.DayNumber) + 1);

    /// <summary>Unigram F1 between a prediction and a reference (the alignment's content similarity).</summary>
    private static double ApproxRouge1(List<string> pred, List<string> reference)
    {
        var (hit, p, r) = Counts(pred, reference, 1);
        var precision = p == 0 ? 0 : (double)hit / p;
        var recall = r == 0 ? 0 : (double)hit / r;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /// <summary>Clipped n-gram matches, n-grams in the prediction, n-grams in the reference.</summary>
    private static (int Hit, int Pred, int Ref) Counts(List<string> pred, List<string> reference, int n)
    {
        var predGrams = Grams(pred, n);
        var refGrams = Grams(reference, n);
        var hit = 0;
        foreach (var (gram, count) in predGrams)
        {
            if (refGrams.TryGetValue(gram, out var rc))
            {
                hit += Math.Min(count, rc);
            }
        }

        return (hit, predGrams.Values.Sum(), refGrams.Values.Sum());
    }

    private static Dictionary<string, int> Grams(List<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    /// <summary>Lower-cased words split at non-alphanumerics, stop words and -LRB- style brackets dropped, words over three letters stemmed.</summary>
    internal static List<string> Tokens(IEnumerable<string> sentences)
    {
        var tokens = new List<string>();
        foreach (var sentence in sentences)
        {
            // As ROUGE-1.5.5: any character that is not a letter or digit separates words ("Ki-moon" is "ki moon"), and
            // only words of four letters or more are stemmed ("gas" stays "gas").
            var text = new string(sentence.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray());
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word is "lrb" or "rrb" or "lsb" or "rsb" || StopWords.Contains(word))
                {
                    continue;
                }

                tokens.Add(word.Length > 3 ? PorterStemmer.Stem(word) : word);
            }
        }

        return tokens;
    }

    // Function words ROUGE ignores with stop-word removal on (a compact list of English function words).
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
        "s", "t", "said", "says", "say", "may", "might", "must", "shall", "since", "yet", "upon", "within", "without",
    };
}
