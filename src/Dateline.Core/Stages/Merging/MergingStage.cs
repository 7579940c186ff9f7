using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dateline.Core.Model;
using Dateline.Core.Stages.Extraction;
using Dateline.Core.Stages.Resolution;

namespace Dateline.Core.Stages.Merging;

/// <summary>
/// Merging: clusters mentions of one real event across reports. Candidates are blocked by type and
/// time-interval overlap (never all pairs); each candidate pair gets a score from time, place, actors, text
/// similarity and merge class, with vetoes (different countries, different trigger classes, contradicting
/// statuses); links are taken best-first while no analyst's cannot-link is broken. Each link is kept as evidence.
/// </summary>
public sealed class MergingStage(MergeOptions? options = null)
{
    private readonly MergeOptions _options = (options ?? new MergeOptions()).Validate();

    /// <summary>Clusters <paramref name="mentions"/> into events, ordered by earliest date.</summary>
    public IReadOnlyList<Event> Merge(IReadOnlyList<CitedMention> mentions, MergeConstraints? constraints = null) => Merge(mentions, constraints, null);

    /// <summary>Clusters <paramref name="mentions"/> into events, timing each phase into <paramref name="profile"/> (for `bench`).</summary>
    public IReadOnlyList<Event> Merge(IReadOnlyList<CitedMention> mentions, MergeConstraints? constraints, MergeProfile? profile)
    {
        constraints ??= MergeConstraints.None;
        var phase = System.Diagnostics.Stopwatch.StartNew();
        var n = mentions.Count;
        var features = MentionFeatures.Build(mentions, profile, _options.Embedder);
        phase.Restart();
        var scored = 0L;
        var candidates = new List<(int A, int B, double Score)>();

        foreach (var (a, b) in CandidatePairs(features))
        {
            scored++;
            var score = QuickScore(features[a], features[b]);
            if (score >= _options.Threshold)
            {
                candidates.Add((a, b, score));
            }
        }

        profile?.Add("candidates", phase);
        profile?.Count("pairs scored", scored);
        profile?.Count("pairs above threshold", candidates.Count);
        var keyIndex = Enumerable.Range(0, n).ToDictionary(i => mentions[i].Mention.Key, StringComparer.Ordinal);
        var clusters = new Clusters(features);
        foreach (var (a, b) in constraints.CannotLink)
        {
            if (keyIndex.TryGetValue(a, out var ia) && keyIndex.TryGetValue(b, out var ib))
            {
                clusters.Forbid(ia, ib);
            }
        }

        var links = new List<(int A, int B, MergeLink Link)>();
        foreach (var (a, b) in constraints.MustLink)
        {
            if (keyIndex.TryGetValue(a, out var ia) && keyIndex.TryGetValue(b, out var ib) && clusters.Union(ia, ib, force: true))
            {
                links.Add((ia, ib, new MergeLink(a, b, 1, [], "analyst")));
            }
        }

        // Best first, ties by mention index: a pair occurs once, so the order is total and the sort in place needs no stability.
        candidates.Sort(static (x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        profile?.Add("sort", phase);
        foreach (var (a, b, score) in candidates)
        {
            // Most candidates join two mentions already in one cluster (a story retold in many reports): nothing to check.
            if (clusters.Find(a) == clusters.Find(b))
            {
                continue;
            }

            // A mention of several events ("hit twice on Tuesday") joins the best of them and never bridges two: its
            // links join clusters only while one side holds no other kind of mention.
            if ((features[a].Several || features[b].Several) && clusters.Single(a) > 0 && clusters.Single(b) > 0)
            {
                continue;
            }

            if (CompatibleClusters(clusters, a, b) && clusters.TimesFit(a, b) && clusters.Union(a, b, force: false, sameName: SameName(features[a], features[b])))
            {
                // Features only for the links kept: built for every scored pair they held most of the memory.
                var why = Score(features[a], features[b]).Features;
                links.Add((a, b, new MergeLink(mentions[a].Mention.Key, mentions[b].Mention.Key, Math.Round(score, 3), why)));
            }
        }

        profile?.Add("link", phase);
        var linksByRoot = links.GroupBy(l => clusters.Find(l.A)).ToDictionary(g => g.Key, g => g.Select(l => l.Link).ToList());
        var events = Enumerable.Range(0, n)
            .GroupBy(clusters.Find)
            .Select(g => EventConsolidation.Consolidate(g.Select(i => mentions[i]).ToList(), linksByRoot.GetValueOrDefault(g.Key) ?? []))
            .ToList();
        profile?.Add("consolidate", phase);
        var result = EventRelations.Link(events, features.ToDictionary(f => f.Mention.Key, f => f.Class, StringComparer.Ordinal))
            .OrderBy(e => e.Time.Earliest ?? DateOnly.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        profile?.Add("relations", phase);
        return result;
    }

    /// <summary>
    /// The pairs blocking lets merging score (as indexes of <paramref name="features"/>), never all pairs: mentions of one
    /// type whose blocking intervals meet, each with at most <see cref="MergeOptions.MaxCandidates"/> of those that start
    /// no earlier. An assault blocked over 8–9 January pairs with one over 9–12 January, never with a protest or with an
    /// assault of 20 January.
    /// </summary>
    internal IEnumerable<(int A, int B)> CandidatePairs(MentionFeatures[] features)
    {
        foreach (var group in Enumerable.Range(0, features.Length).GroupBy(i => features[i].Mention.Type))
        {
            var ordered = group.OrderBy(i => features[i].BlockStart).ThenBy(i => i).ToArray();
            for (var a = 0; a < ordered.Length; a++)
            {
                var fa = features[ordered[a]];
                var compared = 0;
                for (var b = a + 1; b < ordered.Length && compared < _options.MaxCandidates; b++)
                {
                    if (features[ordered[b]].BlockStart > fa.BlockEnd)
                    {
                        break;
                    }

                    compared++;
                    yield return (ordered[a], ordered[b]);
                }
            }
        }
    }

    /// <summary>
    /// Two clusters may join only if their explicit day dates stay within three days of each other: reports
    /// disagree on dates by a day or two, not by weeks.
    /// </summary>
    private static bool CompatibleClusters(Clusters clusters, int a, int b)
    {
        var (minA, maxA) = clusters.DayRange(a);
        var (minB, maxB) = clusters.DayRange(b);
        if (minA is null || minB is null)
        {
            return true;
        }

        return Math.Max(maxA!.Value, maxB!.Value) - Math.Min(minA.Value, minB.Value) <= 3;
    }

    /// <summary>
    /// The pair's score as <see cref="Score"/> gives it, without building the features; −1 for a veto or as soon as the
    /// pair cannot reach the threshold. Most of the pairs a mention is compared with fall short, and most that fall
    /// short do so on time, place and class alone: with a time of 0.4 and places 0.3 apart, say, actors and text
    /// together cannot lift the pair to 0.55.
    /// </summary>
    internal double QuickScore(MentionFeatures a, MentionFeatures b) => Evaluate(a, b, _options.Threshold, out _, out _);

    /// <summary>The pair's score and the features behind it; a veto gives −1.</summary>
    internal (double Score, MergeFeature[] Features) Score(MentionFeatures a, MentionFeatures b)
    {
        var score = Evaluate(a, b, double.NegativeInfinity, out var veto, out var p);
        if (veto is not null)
        {
            return (-1, [new MergeFeature(veto, -1, 1)]);
        }

        var o = _options;
        return (score,
        [
            new("time", p.Time, o.TimeWeight),
            new("place", p.Place, o.PlaceWeight),
            new("actors", p.Actors, o.ActorWeight),
            new("text", p.Text, o.TextWeight),
            new("same_report", p.SameReport, o.SameReportBonus),
            new("class", p.Class, o.ClassWeight),
            new("context", p.Context, o.ContextWeight),
            new("crowd", p.Crowd, o.CrowdWeight),
        ]);
    }

    /// <summary>The rounded feature values of a pair, in the order they are summed and shown.</summary>
    private readonly record struct PairParts(double Time, double Place, double Actors, double Text, double SameReport, double Class, double Context, double Crowd);

    /// <summary>
    /// The one scoring of a pair: the veto that parts it (its feature name), else the weighted sum of the rounded
    /// features. Below <paramref name="cutoff"/> it stops as soon as the features still to come cannot reach it and
    /// gives −1; with no cutoff it computes every feature.
    /// </summary>
    private double Evaluate(MentionFeatures a, MentionFeatures b, double cutoff, out string? veto, out PairParts parts)
    {
        var o = _options;
        parts = default;
        var classFit = TriggerClasses.Compatibility(a.Class, b.Class);
        veto = a.Dataset is not null && a.Dataset == b.Dataset ? "dataset" // two rows of one dataset are two events by its own coding
            : classFit == 0 ? "class"
            : a.Country is not null && b.Country is not null && a.Country != b.Country && !IsStatement(a) && !IsStatement(b) && !SameName(a, b) ? "country"
            : !a.Time.Overlaps(b.Time) ? "time"
            : Contradicts(a.Mention.Status, b.Mention.Status) ? "status"
            : null;
        if (veto is not null)
        {
            return -1;
        }

        var time = Math.Round(TimeSimilarity(a.Time, b.Time), 3);
        var place = Math.Round(IsStatement(a) || IsStatement(b) ? Math.Max(0.3, PlaceSimilarity(a, b)) : PlaceSimilarity(a, b), 3);
        var same = a.Mention.ReportId == b.Mention.ReportId ? 1.0 : 0.0;

        // The context and crowd features only ever subtract (their weights are never negative), so the bound leaves them out. The slack
        // keeps a pair whose bound differs from its score only by rounding.
        const double slack = 1e-9;
        var known = (time * o.TimeWeight) + (place * o.PlaceWeight) + (same * o.SameReportBonus) + (classFit * o.ClassWeight);
        var textReach = Math.Max(0, o.TextWeight);
        if (known + Math.Max(-1.5 * o.ActorWeight, o.ActorWeight) + textReach < cutoff - slack)
        {
            return -1;
        }

        var actors = Math.Round(ActorSimilarity(a, b), 3);
        if (known + (actors * o.ActorWeight) + textReach < cutoff - slack)
        {
            return -1;
        }

        var text = Math.Round(MentionFeatures.Cosine(a.Vector, b.Vector), 3);
        if (known + (actors * o.ActorWeight) + (text * o.TextWeight) < cutoff - slack)
        {
            return -1;
        }

        // Two accounts of one event share some of its people and places; two reports whose accounts of the type share
        // almost nothing tell of different events, however well day and town agree. A penalty only: from 0 at the
        // expected level down to −1 for nothing shared, and only when both accounts are long enough for silence to
        // mean something (two one-line reports of one raid may share no word). One report shares its own context.
        var told = same == 0 && Math.Min(a.Context.Length, b.Context.Length) >= o.ContextTerms;
        var context = told ? Math.Round(Math.Min(0, (MentionFeatures.Cosine(a.Context, b.Context) - o.ContextExpected) / o.ContextExpected), 3) : 0;
        var crowd = a.OtherCrowd(b) ? -1.0 : 0;
        parts = new PairParts(time, place, actors, text, same, classFit, context, crowd);
        double score = 0;
        score += time * o.TimeWeight;
        score += place * o.PlaceWeight;
        score += actors * o.ActorWeight;
        score += text * o.TextWeight;
        score += same * o.SameReportBonus;
        score += classFit * o.ClassWeight;
        score += context * o.ContextWeight;
        score += crowd * o.CrowdWeight;
        return score;
    }

    // One place name read as two countries' places ("Basra" as the Iraqi city and as a village elsewhere) is a misread
    // name more often than two events: the name itself is what the reports share.
    private static bool SameName(MentionFeatures a, MentionFeatures b) =>
        a.Location is { } pa && b.Location is { } pb && string.Equals(pa.Name, pb.Name, StringComparison.OrdinalIgnoreCase);

    // "The spokesman warned in Sanaa" and "the Houthis threatened Saudi airports" are one threat: a statement's places
    // never count against (see MentionFeatures.IsStatement).
    private static bool IsStatement(MentionFeatures f) => MentionFeatures.IsStatement(f.Mention);

    // A denial and a claim of the same thing are still one event; what cannot be one is a thing that happened
    // and the same thing only hypothesised.
    private static bool Contradicts(EventStatus a, EventStatus b) =>
        (a == EventStatus.Hypothetical) != (b == EventStatus.Hypothetical);

    private const double UntoldDay = 0.7;

    /// <summary>1 for the same day; falls with distance for day dates; interval overlap ratio otherwise.</summary>
    private static double TimeSimilarity(TimeValue a, TimeValue b)
    {
        if (a.IsBounded && b.IsBounded)
        {
            if (a.Precision == TimePrecision.Day && b.Precision == TimePrecision.Day)
            {
                var gap = Math.Abs(a.Earliest!.Value.DayNumber - b.Earliest!.Value.DayNumber);
                return gap switch { 0 => 1.0, 1 => 0.6, 2 => 0.3, _ => 0.1 };
            }

            // An account its report does not date (see MentionFeatures.ToldWithinDays) agrees with a day it covers nearly
            // as well as a stated day would: most reports tell of the days just before them.
            if (MentionFeatures.IsUntold(a) || MentionFeatures.IsUntold(b))
            {
                return UntoldDay;
            }

            var start = Math.Max(a.Earliest!.Value.DayNumber, b.Earliest!.Value.DayNumber);
            var end = Math.Min(a.Latest!.Value.DayNumber, b.Latest!.Value.DayNumber);
            var union = Math.Max(a.Latest.Value.DayNumber, b.Latest.Value.DayNumber) - Math.Min(a.Earliest.Value.DayNumber, b.Earliest.Value.DayNumber) + 1;
            var overlap = Math.Max(0, end - start + 1);

            // A month containing a day agrees with it, if less precisely: at least 0.5.
            return Math.Max(0.5, (double)overlap / union);
        }

        return 0.4;
    }

    private static double PlaceSimilarity(MentionFeatures fa, MentionFeatures fb)
    {
        var (a, b) = (fa.Location, fb.Location);
        if (a is null || b is null)
        {
            return 0.3;
        }

        if (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        // A vague place (the report's story place, or a whole country) that differs says nothing either way: as good as
        // no place.
        if (fa.Vague || fb.Vague)
        {
            return 0.3;
        }

        if (a.Lat is { } la && a.Lon is { } lo && b.Lat is { } lb && b.Lon is { } lob)
        {
            var km = Gazetteer.DistanceKm(la, lo, lb, lob);
            if (km < 25)
            {
                return 0.8;
            }

            if (km > 150)
            {
                return -0.5;
            }
        }

        return a.Country is not null && a.Country == b.Country ? 0.3 : 0;
    }

    private static double ActorSimilarity(MentionFeatures a, MentionFeatures b)
    {
        if (a.ActorKeys.Count == 0 || b.ActorKeys.Count == 0)
        {
            return 0.3;
        }

        var shared = 0;
        foreach (var key in a.ActorKeys)
        {
            if (b.ActorKeys.Contains(key))
            {
                shared++;
            }
        }

        if (shared == 0)
        {
            // Different named initiators: two protests by two organisers are two events.
            return a.HasInitiator && b.HasInitiator ? -1.5 : 0;
        }

        return (double)shared / (a.ActorKeys.Count + b.ActorKeys.Count - shared);
    }

    /// <summary>Union–find over mention indexes, with cannot-link pairs and each cluster's explicit-day range.</summary>
    private sealed class Clusters
    {
        private readonly int[] _parent;
        private readonly int?[] _minDay;
        private readonly int?[] _maxDay;
        private readonly string?[] _country;
        private readonly int?[] _latestStart;
        private readonly string?[] _kind;
        private readonly int?[] _earliestEnd;
        private readonly Dictionary<int, HashSet<int>> _forbidden = [];
        private readonly int[] _single;

        public Clusters(MentionFeatures[] features)
        {
            _parent = Enumerable.Range(0, features.Length).ToArray();
            _single = features.Select(f => f.Several ? 0 : 1).ToArray();
            _minDay = features.Select(f => f.ExplicitDay).ToArray();
            _maxDay = features.Select(f => f.ExplicitDay).ToArray();
            _country = features.Select(f => IsStatement(f) ? null : f.Country).ToArray();
            _latestStart = features.Select(f => f.Time.Earliest?.DayNumber).ToArray();
            _kind = features.Select(f => TriggerClasses.IsSpecific(f.Class) ? TriggerClasses.KindOf(f.Class) : null).ToArray();
            _earliestEnd = features.Select(f => f.Time.Latest?.DayNumber).ToArray();
        }

        /// <summary>
        /// True when the clusters of a and b can be one event in time: every mention's interval must share a day
        /// with the others' (three days of slack for sources that disagree on the day). Pairwise overlap is not
        /// enough: "upcoming talks" overlaps both talks held today and talks planned for late month.
        /// </summary>
        public bool TimesFit(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            var start = Max(_latestStart[ra], _latestStart[rb]);
            var end = Min(_earliestEnd[ra], _earliestEnd[rb]);
            return start is null || end is null || start.Value <= end.Value + 3;
        }

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        /// <summary>How many mentions of a single event a's cluster holds (see <see cref="MentionFeatures.Several"/>).</summary>
        public int Single(int a) => _single[Find(a)];

        public void Forbid(int a, int b)
        {
            Add(a, b);
            Add(b, a);
        }

        /// <summary>The explicit day dates of a's cluster, as day numbers; nulls when it has none.</summary>
        public (int? Min, int? Max) DayRange(int a)
        {
            var r = Find(a);
            return (_minDay[r], _maxDay[r]);
        }

        /// <summary>
        /// Joins the clusters of a and b unless a cannot-link forbids it (or <paramref name="force"/>); clusters in two
        /// countries join only through a link whose two places bear one name (<paramref name="sameName"/>).
        /// </summary>
        public bool Union(int a, int b, bool force, bool sameName = false)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra == rb)
            {
                return false;
            }

            var fa = _forbidden.GetValueOrDefault(ra);
            var fb = _forbidden.GetValueOrDefault(rb);
            if (!force && fa is not null && fa.Any(x => Find(x) == rb))
            {
                return false;
            }

            // Links are pairwise, clusters are not: a mention with no place must not bridge a Syrian and a Turkish event,
            // and "the attacks" must not bridge a car bomb and an air raid.
            if (!force && ((_country[ra] is { } ca && _country[rb] is { } cb && ca != cb && !sameName) || (_kind[ra] is { } ka && _kind[rb] is { } kb && ka != kb)))
            {
                return false;
            }

            var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
            _parent[child] = root;
            _single[root] += _single[child];
            _minDay[root] = Min(_minDay[root], _minDay[child]);
            _maxDay[root] = Max(_maxDay[root], _maxDay[child]);
            _country[root] ??= _country[child];
            _kind[root] ??= _kind[child];
            _latestStart[root] = Max(_latestStart[root], _latestStart[child]);
            _earliestEnd[root] = Min(_earliestEnd[root], _earliestEnd[child]);
            if (fa is not null || fb is not null)
            {
                var merged = new HashSet<int>(fa ?? []);
                merged.UnionWith(fb ?? []);
                _forbidden.Remove(child);
                _forbidden[root] = merged;
            }

            return true;
        }

        private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

        private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

        private void Add(int a, int b)
        {
            var root = Find(a);
            if (!_forbidden.TryGetValue(root, out var set))
            {
                _forbidden[root] = set = [];
            }

            set.Add(b);
        }
    }
}
