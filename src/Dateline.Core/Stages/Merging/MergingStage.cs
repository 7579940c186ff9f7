using System.Security.Cryptography;
using System.Text;
using Dateline.Core.Model;

namespace Dateline.Core.Stages.Merging;

/// <summary>
/// Merging: clusters mentions of one real event across reports. Candidates are blocked by type and
/// time-interval overlap (never all pairs); a pair links when its merge class agrees, places do not
/// conflict and enough evidence (actors, place, date precision, words) is shared.
/// </summary>
public sealed class MergingStage
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "with", "by", "from", "was", "were", "is", "are",
        "be", "been", "has", "have", "had", "it", "its", "that", "which", "who", "as", "this", "said", "says", "also",
    };

    /// <summary>Clusters <paramref name="mentions"/> into events, ordered by earliest date.</summary>
    public IReadOnlyList<Event> Merge(IReadOnlyList<CitedMention> mentions)
    {
        var n = mentions.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        var words = mentions.Select(m => ContentWords(m.Mention.Sentence)).ToArray();

        // Blocking: only mentions of the same type are compared, walking them in order of earliest date and
        // stopping once a candidate starts after the current one ends.
        foreach (var group in Enumerable.Range(0, n).GroupBy(i => mentions[i].Mention.Type))
        {
            var ordered = group.OrderBy(i => mentions[i].Mention.Time.Earliest ?? DateOnly.MinValue).ToArray();
            for (var a = 0; a < ordered.Length; a++)
            {
                var ma = mentions[ordered[a]].Mention;
                for (var b = a + 1; b < ordered.Length; b++)
                {
                    var mb = mentions[ordered[b]].Mention;
                    if (ma.Time.Latest is { } la && mb.Time.Earliest is { } eb && eb > la)
                    {
                        break;
                    }

                    if (Linked(ma, mb, words[ordered[a]], words[ordered[b]]))
                    {
                        Union(parent, ordered[a], ordered[b]);
                    }
                }
            }
        }

        return Enumerable.Range(0, n)
            .GroupBy(i => Find(parent, i))
            .Select(g => Consolidate(g.Select(i => mentions[i]).ToList()))
            .OrderBy(e => e.Time.Earliest ?? DateOnly.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static bool Linked(Mention a, Mention b, HashSet<string> wa, HashSet<string> wb)
    {
        if (!a.Time.Overlaps(b.Time) || MergeClass(a) != MergeClass(b))
        {
            return false;
        }

        if (a.Location is { } la && b.Location is { } lb && la.Country is not null && lb.Country is not null && la.Country != lb.Country)
        {
            return false;
        }

        var evidence = 0.0;
        if (a.Actors.Any(x => b.Actors.Any(y => x.Name == y.Name)))
        {
            evidence += 1;
        }

        if (a.Location is not null && b.Location is not null && a.Location.Name == b.Location.Name)
        {
            evidence += 1;
        }

        if (a.Time.Precision == TimePrecision.Day && a.Time.Value == b.Time.Value)
        {
            evidence += 1;
        }

        var shared = wa.Intersect(wb).Count();
        evidence += Math.Min(1.0, shared / 4.0);
        if (a.ReportId == b.ReportId)
        {
            evidence += 0.5;
        }

        return evidence >= 1.0;
    }

    private static string MergeClass(Mention m) => TriggerClasses.ClassOf(m.Trigger, m.Type);

    private static Event Consolidate(List<CitedMention> cluster)
    {
        var ordered = cluster
            .OrderBy(c => c.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(c => c.Mention.ReportId, StringComparer.Ordinal)
            .ThenBy(c => c.Mention.Ordinal)
            .ToList();
        var mentions = ordered.Select(c => c.Mention).ToList();

        // The most precise time the mentions agree on: the narrowest bounded interval, explicit dates first.
        var time = mentions
            .Select(m => m.Time)
            .OrderBy(t => t.IsBounded ? 0 : t.Earliest is not null || t.Latest is not null ? 1 : 2)
            .ThenBy(t => t.IsBounded ? t.Latest!.Value.DayNumber - t.Earliest!.Value.DayNumber : int.MaxValue)
            .ThenBy(t => t.Anchor)
            .First();

        var best = mentions.FirstOrDefault(m => m.Time == time) ?? mentions[0];
        var actors = mentions.SelectMany(m => m.Actors).GroupBy(a => (a.Name, a.Role)).Select(g => g.First()).ToList();
        var location = mentions.Select(m => m.Location).FirstOrDefault(l => l is not null && l.Lat is not null)
            ?? mentions.Select(m => m.Location).FirstOrDefault(l => l is not null);
        var key = string.Join('|', mentions.Select(m => $"{m.ReportId}:{m.Ordinal}").Order(StringComparer.Ordinal).Take(1));
        return new Event
        {
            Id = "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10],
            Title = best.Title,
            Type = best.Type,
            Status = ConsolidateStatus(mentions),
            Time = time,
            Actors = actors,
            Location = location,
            Mentions = ordered,
        };
    }

    /// <summary>The strongest evidence wins: a report that it happened outweighs one that it was planned.</summary>
    private static EventStatus ConsolidateStatus(List<Mention> mentions)
    {
        if (mentions.Any(m => m.Status == EventStatus.Occurred))
        {
            return EventStatus.Occurred;
        }

        if (mentions.Any(m => m.Status == EventStatus.Ongoing))
        {
            return EventStatus.Ongoing;
        }

        return mentions.GroupBy(m => m.Status).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    private static HashSet<string> ContentWords(string sentence)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in sentence.Split([' ', ',', '.', ';', ':', '"', '(', ')', '\'', '’', '“', '”'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.Length > 2 && !StopWords.Contains(w))
            {
                set.Add(w);
            }
        }

        return set;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
