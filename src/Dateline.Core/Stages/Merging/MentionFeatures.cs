using Dateline.Core.Model;
using Dateline.Core.Stages.Extraction;

namespace Dateline.Core.Stages.Merging;

/// <summary>What merging needs of a mention, computed once: class, country, blocking interval, text vector.</summary>
internal sealed class MentionFeatures
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "with", "by", "from", "was", "were", "is", "are",
        "be", "been", "has", "have", "had", "it", "its", "that", "which", "who", "as", "this", "said", "says", "also", "he",
        "she", "they", "their", "his", "her", "after", "before", "than", "into", "over", "but", "not", "will", "would",
    };

    private MentionFeatures(Mention mention, string @class, string? country, int blockStart, int blockEnd, int? explicitDay, (int Term, float Weight)[] vector, string? dataset)
    {
        Dataset = dataset;
        Mention = mention;
        Class = @class;
        Country = country;
        BlockStart = blockStart;
        BlockEnd = blockEnd;
        ExplicitDay = explicitDay;
        Vector = vector;
    }

    public Mention Mention { get; }

    /// <summary>The dataset a row comes from ("acled"), or null for a text mention.</summary>
    public string? Dataset { get; }

    public string Class { get; }

    public string? Country { get; }

    /// <summary>First day (day number) the mention can be compared on.</summary>
    public int BlockStart { get; }

    /// <summary>Last day (day number) the mention can be compared on.</summary>
    public int BlockEnd { get; }

    /// <summary>The day number of a day-precise date stated in the text, else null.</summary>
    public int? ExplicitDay { get; }

    /// <summary>TF-IDF vector over the sentence's content words, sorted by term id, unit length.</summary>
    public (int Term, float Weight)[] Vector { get; }

    public static MentionFeatures[] Build(IReadOnlyList<CitedMention> mentions)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var docs = new List<int[]>(mentions.Count);
        var df = new List<int>();
        foreach (var c in mentions)
        {
            var ids = Words(c.Mention.Sentence).Select(w =>
            {
                if (!terms.TryGetValue(w, out var id))
                {
                    terms[w] = id = terms.Count;
                    df.Add(0);
                }

                return id;
            }).ToArray();
            foreach (var id in ids.Distinct())
            {
                df[id]++;
            }

            docs.Add(ids);
        }

        var result = new MentionFeatures[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i].Mention;
            var (start, end) = BlockInterval(mentions[i]);
            var vector = docs[i]
                .GroupBy(t => t)
                .Select(g => (Term: g.Key, Weight: (float)(g.Count() * Math.Log(1.0 + (double)mentions.Count / df[g.Key]))))
                .OrderBy(t => t.Term)
                .ToArray();
            var norm = (float)Math.Sqrt(vector.Sum(t => t.Weight * t.Weight));
            for (var k = 0; k < vector.Length && norm > 0; k++)
            {
                vector[k].Weight /= norm;
            }

            var row = mentions[i].Dataset;
            int? explicitDay = (m.TimeText is not null || row is not null) && m.Time.Precision == TimePrecision.Day && m.Time.Earliest is { } e ? e.DayNumber : null;
            var cls = row?.AcledSubEventType is { } sub ? TriggerClasses.OfAcledSubEvent(sub, m.Type) : TriggerClasses.ClassOf(m.Trigger, m.Type);
            result[i] = new MentionFeatures(m, cls, m.Location?.Country, start, end, explicitDay, vector, row?.Dataset);
        }

        return result;
    }

    /// <summary>
    /// The days a mention is compared over: its interval; an open side is closed a week from the report's date
    /// (the past) or its own bound, so a vague "before January 8" does not meet every event in history.
    /// </summary>
    private static (int Start, int End) BlockInterval(CitedMention c)
    {
        var t = c.Mention.Time;
        var anchor = t.Latest ?? t.Earliest ?? (c.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : DateOnly.MinValue);
        var start = t.Earliest ?? anchor.AddDays(-7);
        var end = t.Latest ?? (t.Earliest is { } e ? e.AddDays(31) : anchor);
        return (start.DayNumber, Math.Max(start.DayNumber, end.DayNumber));
    }

    public static double Cosine((int Term, float Weight)[] a, (int Term, float Weight)[] b)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i].Term == b[j].Term)
            {
                sum += a[i].Weight * b[j].Weight;
                i++;
                j++;
            }
            else if (a[i].Term < b[j].Term)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    private static IEnumerable<string> Words(string sentence)
    {
        foreach (var raw in sentence.Split([' ', ',', '.', ';', ':', '"', '(', ')', '\'', '’', '“', '”', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.ToLowerInvariant();
            if (w.Length > 2 && !StopWords.Contains(w))
            {
                yield return Evaluation.PorterStemmer.Stem(w);
            }
        }
    }
}
