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

    private MentionFeatures(
        Mention mention, TimeValue time, PlaceRef? location, string @class, int blockStart, int blockEnd, int? explicitDay,
        (int Term, float Weight)[] vector, (int Term, float Weight)[] context, string? dataset, IReadOnlySet<string> crowd)
    {
        Crowd = crowd;
        Context = context;
        Time = time;
        Location = location;
        Dataset = dataset;
        Mention = mention;
        Class = @class;
        Vague = location is { Precision: PlacePrecision.Story } || (location?.Country is { } iso && Reference.CountryCodes.FromName(location.Name) == iso);
        Country = location is { Precision: PlacePrecision.Story } || (Vague && mention.Type is "consult" or "agree") ? null : location?.Country;
        BlockStart = blockStart;
        BlockEnd = blockEnd;
        ExplicitDay = explicitDay;
        Vector = vector;
        ActorKeys = mention.Actors.Select(x => x.Id ?? x.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        HasInitiator = mention.Actors.Any(x => x.Role == ActorRole.Initiator);
        Several = TellsSeveral(mention);
    }

    /// <summary>
    /// Who turned out, for a protest: the trades and groups its sentence names ("teachers", "vendors"), else those its
    /// report names in its sentences of the type; empty when none is named (see <see cref="Crowds"/>).
    /// </summary>
    public IReadOnlySet<string> Crowd { get; }

    /// <summary>
    /// The groups a protest is by, as words of one meaning: "street vendors", "traders" and "stallholders" are one
    /// crowd, "teachers" another. Generic words ("protesters", "residents", "people") name no one in particular.
    /// </summary>
    private static readonly Dictionary<string, string> Crowds = new(StringComparer.Ordinal)
    {
        ["teacher"] = "teachers", ["teachers"] = "teachers",
        ["vendor"] = "vendors", ["vendors"] = "vendors", ["trader"] = "vendors", ["traders"] = "vendors", ["merchants"] = "vendors",
        ["shopkeepers"] = "vendors", ["stallholders"] = "vendors", ["hawkers"] = "vendors",
        ["student"] = "students", ["students"] = "students", ["pupils"] = "students",
        ["workers"] = "workers", ["employees"] = "workers", ["labourers"] = "workers", ["laborers"] = "workers",
        ["farmers"] = "farmers", ["doctors"] = "doctors", ["nurses"] = "doctors", ["medics"] = "doctors",
        ["lawyers"] = "lawyers", ["judges"] = "judges", ["journalists"] = "journalists", ["drivers"] = "drivers",
        ["miners"] = "miners", ["pensioners"] = "pensioners", ["retirees"] = "pensioners", ["graduates"] = "graduates",
        ["fishermen"] = "fishermen", ["veterans"] = "veterans",
    };

    /// <summary>
    /// True when both protests' crowds are known and share no group: the teachers' rally is not the vendors' protest,
    /// however well day and city agree. A sentence's own crowd counts before its report's.
    /// </summary>
    public bool OtherCrowd(MentionFeatures other) =>
        Mention.Type == "protest" && Crowd.Count > 0 && other.Crowd.Count > 0 && !Crowd.Overlaps(other.Crowd);

    /// <summary>
    /// True when the mention sums up more than one event: "Maarat al-Numan was hit twice on Tuesday", "two separate
    /// protests". It belongs to each of them, so merging lets it join one and never bridge two.
    /// </summary>
    public bool Several { get; }

    /// <summary>The mention's actors by id, else name (case ignored): built once, not for each of its ~150 pairs.</summary>
    public HashSet<string> ActorKeys { get; }

    /// <summary>True when one of the mention's actors is its initiator.</summary>
    public bool HasInitiator { get; }

    public Mention Mention { get; }

    /// <summary>The dataset a row comes from ("acled"), or null for a text mention.</summary>
    public string? Dataset { get; }

    /// <summary>
    /// The time merging compares: the mention's own when the sentence states one, else the report's context
    /// (see <see cref="ReportContext"/>).
    /// </summary>
    public TimeValue Time { get; }

    /// <summary>The place merging compares: the mention's own, else the report's context.</summary>
    public PlaceRef? Location { get; }

    public string Class { get; }

    /// <summary>
    /// The country of the place the sentence states, else null: a story place (<see cref="PlacePrecision.Story"/>) is
    /// only the report's guess and vetoes nothing. "The truce came into force on Friday" in a report whose lead is in
    /// Astana is still Syria's truce. Nor does a whole country named for talks or an accord: it is most often what they are
    /// about, not where they are held ("the first round of Syria talks in Kazakhstan").
    /// </summary>
    public string? Country { get; }

    /// <summary>
    /// True when the place says little of where in its country the event was: the report's story place rather than the
    /// sentence's (<see cref="PlacePrecision.Story"/>), or the country itself ("a nationwide truce took hold across
    /// Syria"), which holds every town of it. Such a place agrees with another by name only and is never far from it.
    /// </summary>
    public bool Vague { get; }

    /// <summary>First day (day number) the mention can be compared on.</summary>
    public int BlockStart { get; }

    /// <summary>Last day (day number) the mention can be compared on.</summary>
    public int BlockEnd { get; }

    /// <summary>The day number of a day-precise date stated in the text, else null.</summary>
    public int? ExplicitDay { get; }

    /// <summary>
    /// TF-IDF vector over the sentence's content words, sorted by term id, unit length; with an embedder, the sentence's
    /// embedding as a unit vector whose terms are its dimensions (see <see cref="Embedded"/>).
    /// </summary>
    public (int Term, float Weight)[] Vector { get; }

    /// <summary>
    /// TF-IDF vector over what the mention's report says of events of its type: the sentences of all its mentions of
    /// that type (a dataset row: its own text). Two reports of one protest share its people and streets ("vendors",
    /// "stalls", "Al-Rasheed Street") even where their single sentences share no word; two protests of one day do not.
    /// </summary>
    public (int Term, float Weight)[] Context { get; }

    /// <summary>
    /// Each mention's features; with an <paramref name="embedder"/> the text vectors are the sentences' embeddings
    /// (the report contexts stay TF-IDF).
    /// </summary>
    public static MentionFeatures[] Build(IReadOnlyList<CitedMention> mentions, MergeProfile? profile = null, ISentenceEmbedder? embedder = null)
    {
        var phase = System.Diagnostics.Stopwatch.StartNew();
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var docs = new List<int[]>(mentions.Count);
        var df = new List<int>();

        // A sentence with several mentions is read once: a report's sentences hold about two mentions each; and a word is
        // stemmed once, not at each of its occurrences.
        var read = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in mentions)
        {
            if (!read.TryGetValue(c.Mention.Sentence, out var ids))
            {
                read[c.Mention.Sentence] = ids = Words(c.Mention.Sentence, stems).Select(w =>
                {
                    if (!terms.TryGetValue(w, out var id))
                    {
                        terms[w] = id = terms.Count;
                        df.Add(0);
                    }

                    return id;
                }).ToArray();
            }

            foreach (var id in ids.Distinct())
            {
                df[id]++;
            }

            docs.Add(ids);
        }

        profile?.Add("features: words", phase);
        var reports = TextReports(mentions);
        // Once per mention (a regex): the report context searches it for each mention before, and the block interval reads it.
        var states = mentions.Select(c => StatesTime(c.Mention)).ToArray();
        var (times, places) = ReportContext(mentions, reports, states);
        profile?.Add("features: report context", phase);
        var classes = ContextClasses(mentions, reports);
        profile?.Add("features: classes", phase);
        var idf = df.Select(d => Math.Log(1.0 + (double)mentions.Count / d)).ToArray();
        var vectors = docs.Select(ids => Weigh(ids, idf)).ToArray();
        var contexts = vectors.ToArray();
        foreach (var ordered in reports)
        {
            foreach (var type in ordered.GroupBy(i => mentions[i].Mention.Type))
            {
                // One sentence once, however many mentions it holds.
                var context = Weigh(type.DistinctBy(i => mentions[i].Mention.Start).SelectMany(i => docs[i]).ToArray(), idf);
                foreach (var i in type)
                {
                    contexts[i] = context;
                }
            }
        }

        if (embedder is not null)
        {
            vectors = Embedded(mentions, embedder);
        }

        profile?.Add("features: vectors", phase);
        // Each sentence's crowd once; a mention whose sentence names none takes its report's for the type.
        var crowds = mentions.Select(c => CrowdOf(c.Mention)).ToArray();
        foreach (var ordered in reports)
        {
            foreach (var type in ordered.GroupBy(i => mentions[i].Mention.Type).Where(t => t.Key == "protest"))
            {
                var told = type.SelectMany(i => crowds[i]).ToHashSet(StringComparer.Ordinal);
                if (told.Count == 0)
                {
                    continue;
                }

                foreach (var i in type.Where(i => crowds[i].Count == 0))
                {
                    crowds[i] = told;
                }
            }
        }

        var result = new MentionFeatures[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i].Mention;
            var (start, end) = BlockInterval(mentions[i], times[i]);
            var row = mentions[i].Dataset;
            int? explicitDay = (states[i] || row is not null) && m.Time.Precision == TimePrecision.Day && m.Time.Earliest is { } e ? e.DayNumber : null;
            result[i] = new MentionFeatures(m, times[i], places[i], classes[i], start, end, explicitDay, vectors[i], contexts[i], row?.Dataset, crowds[i]);
        }

        profile?.Add("features: rest", phase);
        return result;
    }

    /// <summary>A unit-length TF-IDF vector of term ids, sorted by id: each term's count times its idf.</summary>
    private static (int Term, float Weight)[] Weigh(int[] ids, double[] idf)
    {
        // Sorted, a term's occurrences stand together: one pass counts them (no grouping, no dictionary).
        var sorted = ids.ToArray();
        Array.Sort(sorted);
        var vector = new List<(int Term, float Weight)>(sorted.Length);
        for (var k = 0; k < sorted.Length;)
        {
            var term = sorted[k];
            var count = 0;
            for (; k < sorted.Length && sorted[k] == term; k++)
            {
                count++;
            }

            vector.Add((term, (float)(count * idf[term])));
        }

        var result = vector.ToArray();
        var norm = (float)Math.Sqrt(result.Sum(t => t.Weight * t.Weight));
        for (var k = 0; k < result.Length && norm > 0; k++)
        {
            result[k].Weight /= norm;
        }

        return result;
    }

    /// <summary>
    /// Each mention's sentence embedded, as a unit vector whose terms are the embedding's dimensions, so that
    /// <see cref="Cosine"/> serves both kinds of vector. A sentence with several mentions is embedded once.
    /// </summary>
    private static (int Term, float Weight)[][] Embedded(IReadOnlyList<CitedMention> mentions, ISentenceEmbedder embedder)
    {
        var sentences = mentions.Select(c => c.Mention.Sentence).Distinct(StringComparer.Ordinal).ToArray();
        var embeddings = embedder.Embed(sentences);
        if (embeddings.Count != sentences.Length)
        {
            throw new InvalidOperationException($"the sentence embedder gave {embeddings.Count} vectors for {sentences.Length} sentences");
        }

        var bySentence = new Dictionary<string, (int Term, float Weight)[]>(StringComparer.Ordinal);
        for (var k = 0; k < sentences.Length; k++)
        {
            var e = embeddings[k];
            var norm = (float)Math.Sqrt(e.Sum(x => (double)x * x));
            bySentence[sentences[k]] = e.Select((x, dim) => (dim, norm > 0 ? x / norm : 0f)).ToArray();
        }

        return mentions.Select(c => bySentence[c.Mention.Sentence]).ToArray();
    }

    /// <summary>The text mentions of each report (dataset rows left out), as indexes in reading order.</summary>
    private static List<int[]> TextReports(IReadOnlyList<CitedMention> mentions) =>
        Enumerable.Range(0, mentions.Count)
            .Where(i => mentions[i].Dataset is null)
            .GroupBy(i => mentions[i].Mention.ReportId)
            .Select(report => report.OrderBy(i => mentions[i].Mention.Start).ThenBy(i => mentions[i].Mention.Ordinal).ToArray())
            .ToList();

    /// <summary>
    /// Each mention's time and place for merging, filled from its report where the sentence states none. A report
    /// keeps talking about the event it opened with: in "A car bomb exploded in Maarat al-Numan on Tuesday. The
    /// blast killed 11." the blast has no date or place of its own but is Tuesday's, in Maarat al-Numan. A
    /// mention without a time expression takes the nearest earlier day-precise time of the same type in its
    /// report (else the nearest later one); one without a place takes the nearest earlier place in its report
    /// (else the first one). Dataset rows keep their own.
    /// </summary>
    private static (TimeValue[] Times, PlaceRef?[] Places) ReportContext(IReadOnlyList<CitedMention> mentions, IReadOnlyList<int[]> reports, bool[] states)
    {
        var times = mentions.Select(c => c.Mention.Time).ToArray();
        var places = mentions.Select(c => c.Mention.Location).ToArray();

        foreach (var ordered in reports)
        {
            var countries = ordered.Select(i => mentions[i].Mention.Location?.Country).OfType<string>().GroupBy(c => c, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var dominant = countries.Count == 0 ? null : countries.MaxBy(kv => kv.Value).Key;
            for (var k = 0; k < ordered.Length; k++)
            {
                var m = mentions[ordered[k]].Mention;

                // A lone place in another country than the rest of its report is more often a misread name ("Basra"
                // read as the Pakistani village in a report on Iraq) than the event's place: the report's own serves.
                if (m.Location?.Country is { } own && dominant is not null && own != dominant && countries[dominant] >= 2 && countries[own] == 1)
                {
                    var source = Nearest(ordered, k, i => mentions[i].Mention.Location?.Country == dominant);
                    places[ordered[k]] = source is { } s0 ? mentions[s0].Mention.Location : null;
                }

                if (!states[ordered[k]])
                {
                    // A day weeks before its report is the report's background, not its news: in a report of 24 January,
                    // "the truce has been in force since 30 December" dates the truce, not "the sponsors agreed to monitor it".
                    var told = mentions[ordered[k]].Published is { } pub ? DateOnly.FromDateTime(pub.DateTime).AddDays(-ToldWithinDays) : DateOnly.MinValue;
                    bool Dated(int i) => states[i] && mentions[i].Mention is { Time.Precision: TimePrecision.Day, Time.Earliest: { } day } o && o.Type == m.Type && day >= told;
                    var source = Nearest(ordered, k, Dated);

                    // Of one sentence's dated events the first is the one it tells; the rest it tells of as background:
                    // in "Thursday's fighting came a day after the Houthis overran several posts", Thursday's.
                    while (source is { } s1 && Array.IndexOf(ordered, s1) is > 0 and var at && mentions[ordered[at - 1]].Mention.Start == mentions[s1].Mention.Start && Dated(ordered[at - 1]))
                    {
                        source = ordered[at - 1];
                    }

                    if (source is { } s)
                    {
                        times[ordered[k]] = mentions[s].Mention.Time;
                    }
                    else if (mentions[ordered[k]].Published is { } p && m.Time.Precision == TimePrecision.Day && m.Time.Earliest == DateOnly.FromDateTime(p.DateTime))
                    {
                        // Nothing in the report dates it: the report's own day is only when it was told, not when it
                        // happened. "The Taliban's weekend attack on police posts" in Wednesday's paper happened in the
                        // days before it, and is Sunday's attack as much as Wednesday's.
                        var day = DateOnly.FromDateTime(p.DateTime);
                        times[ordered[k]] = new TimeValue(Untold, day.AddDays(-ToldWithinDays), day, TimePrecision.Week, null, TimeAnchor.Publication);
                    }
                }

                if (m.Location is null)
                {
                    var source = Nearest(ordered, k, i => mentions[i].Mention.Location is not null);
                    if (source is { } s)
                    {
                        places[ordered[k]] = mentions[s].Mention.Location;
                    }
                }
                else if (!IsStatement(m) && Array.Exists(ordered, i => IsStatement(mentions[i].Mention) && mentions[i].Mention.Start == m.Start && mentions[i].Mention.Location == m.Location))
                {
                    // The place of a sentence that tells of a statement is where the statement was made: in "The Security
                    // Council voted in New York to support the ceasefire", New York is the vote's, and only a guess for the
                    // ceasefire's (as a story place is).
                    places[ordered[k]] = m.Location with { Precision = PlacePrecision.Story };
                }
            }
        }

        return (times, places);
    }

    /// <summary>
    /// Each mention's trigger class; a generic word ("killed", "the attack") takes the kind its context names. In
    /// "A car bomb went off at the market. At least nine people were killed." the killing is the car bomb's: the
    /// only specific kind in its sentence, else the nearest earlier specific mention of its type in its report.
    /// </summary>
    private static string[] ContextClasses(IReadOnlyList<CitedMention> mentions, IReadOnlyList<int[]> reports)
    {
        var own = mentions.Select(c => c.Dataset?.AcledSubEventType is { } sub
            ? TriggerClasses.OfAcledSubEvent(sub, c.Mention.Type)
            : TriggerClasses.ClassOf(c.Mention.Trigger, c.Mention.Type)).ToArray();
        var result = own.ToArray();

        // Each trigger's stems once, when first needed, not once for every mention before which it stands.
        var byTrigger = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> StemsOf(int i)
        {
            var trigger = mentions[i].Mention.Trigger;
            if (!byTrigger.TryGetValue(trigger, out var set))
            {
                byTrigger[trigger] = set = TriggerStems(trigger);
            }

            return set;
        }

        foreach (var ordered in reports)
        {
            foreach (var i in ordered.Where(i => !TriggerClasses.IsSpecific(own[i])))
            {
                var m = mentions[i].Mention;

                // A generic word that repeats a specific one names that one: after "a roadside bomb killed a peacekeeper
                // and rockets rained on the camp", "the bombing of the supply convoy" is the roadside bomb's.
                var stems = StemsOf(i);
                var named = ordered.LastOrDefault(
                    j => mentions[j].Mention.Start <= m.Start && j != i && mentions[j].Mention.Type == m.Type && TriggerClasses.IsSpecific(own[j])
                        && StemsOf(j).Overlaps(stems), -1);
                if (named >= 0)
                {
                    result[i] = own[named];
                    continue;
                }

                var inSentence = ordered
                    .Where(j => mentions[j].Mention.Start == m.Start && mentions[j].Mention.Type == m.Type && TriggerClasses.IsSpecific(own[j]))
                    .Select(j => own[j])
                    .Distinct()
                    .ToList();
                if (inSentence.Count > 0)
                {
                    result[i] = inSentence.Select(TriggerClasses.KindOf).Distinct().Count() == 1 ? inSentence[0] : own[i];
                    continue;
                }

                // Else the kind the report has told most often before it, the nearest on a tie: its story, not a background
                // event told in passing. In a report on rockets fired at a camp that recalls "earlier on Sunday a bomb
                // hit a UN convoy", "the launchers used in the attack" are the rockets'.
                var earlier = ordered.Where(j => mentions[j].Mention.Start < m.Start && mentions[j].Mention.Type == m.Type && TriggerClasses.IsSpecific(own[j])).ToList();
                if (earlier.Count > 0)
                {
                    result[i] = earlier
                        .Select((j, at) => (Class: own[j], At: at))
                        .GroupBy(x => TriggerClasses.KindOf(x.Class))
                        .OrderByDescending(g => g.Count())
                        .ThenByDescending(g => g.Max(x => x.At))
                        .First()
                        .MaxBy(x => x.At).Class;
                }
            }
        }

        return result;
    }

    private static readonly HashSet<string> NoCrowd = [];

    /// <summary>The crowds a protest's sentence names; one shared empty set for the many that name none or are not protests.</summary>
    private static IReadOnlySet<string> CrowdOf(Mention m)
    {
        if (m.Type != "protest")
        {
            return NoCrowd;
        }

        HashSet<string>? found = null;
        foreach (var raw in m.Sentence.Split([' ', ',', '.', ';', ':', '"', '(', ')', '\'', '’', '-', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Crowds.TryGetValue(raw.ToLowerInvariant(), out var crowd))
            {
                (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(crowd);
            }
        }

        return found ?? NoCrowd;
    }

    private static HashSet<string> TriggerStems(string trigger) =>
        trigger.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Evaluation.PorterStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the sentence dates the mention itself. A bare duration before the event dates it from the sentence's
    /// other event: "Thursday's fighting came a day after the Houthis overran the posts" puts the overrunning on
    /// Wednesday. One after the event does not: in "the arrests came a day after the demonstration" or "a week after
    /// the talks", "a day" and "a week" measure a gap to another event, and the date they were read as (a day from the
    /// report's date) is nobody's.
    /// </summary>
    private static bool StatesTime(Mention m) =>
        m.TimeText is { } t && (!BareDuration.IsMatch(t) || m.Sentence.IndexOf(t, StringComparison.Ordinal) is >= 0 and var at && m.Sentence.IndexOf(m.Trigger, at, StringComparison.Ordinal) > at);

    private static readonly System.Text.RegularExpressions.Regex BareDuration = new(
        @"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(day|days|week|weeks|month|months|year|years)$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// "hit twice", "targeted twice", or a count before a plural trigger ("two separate protests", "both attacks",
    /// "three raids"): the mention stands for several events. A singular trigger after a count is one event ("two
    /// soldiers were killed" counts victims, not killings).
    /// </summary>
    private static bool TellsSeveral(Mention m)
    {
        // The regex only where its words can be: most sentences hold neither "twice" nor "times".
        var at = m.Sentence.IndexOf(m.Trigger, StringComparison.Ordinal);
        if (at >= 0 && (m.Sentence.Contains("twice", StringComparison.OrdinalIgnoreCase) || m.Sentence.Contains("times", StringComparison.OrdinalIgnoreCase))
            && Twice.Matches(m.Sentence).Any(x => Math.Abs(x.Index - at) <= 40))
        {
            return true;
        }

        // "three protesters were arrested" counts people, not protests.
        var people = m.Trigger.EndsWith("ers", StringComparison.OrdinalIgnoreCase) || m.Trigger.EndsWith("ors", StringComparison.OrdinalIgnoreCase);
        return m.Trigger.EndsWith('s') && !people && CountBefore.Matches(m.Sentence).Any(x => string.Equals(x.Groups["t"].Value, m.Trigger, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly System.Text.RegularExpressions.Regex Twice = new(
        @"\b(twice|three times|several times)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex CountBefore = new(
        @"\b(two|three|four|five|both|several|multiple)\s+(separate\s+|distinct\s+|different\s+|simultaneous\s+|\w+\s+)?(?<t>\w+s)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// True for a statement: its place is where it was made or what it is about, and reports differ on which they name
    /// ("the spokesman warned in Sanaa", "the Houthis threatened Saudi airports").
    /// </summary>
    public static bool IsStatement(Mention m) => m.Type is "threaten" or "accuse" or "reject" or "support" or "request";

    /// <summary>How many days before its report an event the report does not date can have happened.</summary>
    private const int ToldWithinDays = 7;

    private const string Untold = "PAST_REF";

    /// <summary>True for the days before its report that an undated account is given (see <see cref="ReportContext"/>).</summary>
    public static bool IsUntold(TimeValue t) => t.Value == Untold && t.IsBounded && t.Anchor == TimeAnchor.Publication;

    private static int? Nearest(int[] ordered, int k, Func<int, bool> fits)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (fits(ordered[j]))
            {
                return ordered[j];
            }
        }

        for (var j = k + 1; j < ordered.Length; j++)
        {
            if (fits(ordered[j]))
            {
                return ordered[j];
            }
        }

        return null;
    }

    /// <summary>
    /// The days a mention is compared over: its interval; an open side is closed a week from the report's date
    /// (the past) or its own bound, so a vague "before January 8" does not meet every event in history.
    /// </summary>
    private static (int Start, int End) BlockInterval(CitedMention c, TimeValue t)
    {
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

    private static IEnumerable<string> Words(string sentence, Dictionary<string, string> stems)
    {
        foreach (var raw in sentence.Split([' ', ',', '.', ';', ':', '"', '(', ')', '\'', '’', '“', '”', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.ToLowerInvariant();
            if (w.Length > 2 && !StopWords.Contains(w))
            {
                if (!stems.TryGetValue(w, out var stem))
                {
                    stems[w] = stem = Evaluation.PorterStemmer.Stem(w);
                }

                yield return stem;
            }
        }
    }
}
