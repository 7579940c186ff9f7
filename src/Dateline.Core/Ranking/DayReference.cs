using Dateline.Core.Model;
using Dateline.Core.Stages.Segmentation;
using Dateline.Core.Stages.Temporal;

namespace Dateline.Core.Ranking;

/// <summary>One sentence of a report that dates something to a day.</summary>
/// <param name="Day">The day the sentence's date expression points at.</param>
/// <param name="ReportId">The report.</param>
/// <param name="Outlet">Its outlet, if known.</param>
/// <param name="Published">Its publication day.</param>
/// <param name="Sentence">The sentence holding the expression.</param>
/// <param name="Explicit">The expression names the date with numbers ("25 May", "May 25, 2012"), not by deixis ("on Friday").</param>
public sealed record DayMention(DateOnly Day, string ReportId, string? Outlet, DateOnly Published, string Sentence, bool Explicit)
{
    /// <summary>
    /// The sentence's day-precise date expressions as ingest tagged them in the whole report (offsets into
    /// <see cref="Sentence"/>), or null when not known; <see cref="DayReference.Entry"/> then tags the sentence again.
    /// Example: "Homs was shelled on 3 February and Idlib on 5 February" holds (19, 29, 3 February) and (42, 52, 5 February).
    /// </summary>
    public IReadOnlyList<DateSpan>? Dates { get; init; }
}

/// <summary>A date expression of a sentence that points at one day.</summary>
/// <param name="Start">Its first character in the sentence.</param>
/// <param name="End">One past its last character.</param>
/// <param name="Day">The day it points at.</param>
public sealed record DateSpan(int Start, int End, DateOnly Day);

/// <summary>A key day of a timeline with the features that made it one.</summary>
/// <param name="Day">The day.</param>
/// <param name="Score">Its importance.</param>
/// <param name="LaterReports">Reports published after the day that still refer to it by a date.</param>
/// <param name="Publications">Reports published on the day.</param>
/// <param name="Summary">The day's most central sentence among those that refer to it.</param>
/// <param name="Sources">Reports that refer to the day.</param>
public sealed record KeyDay(DateOnly Day, double Score, int LaterReports, int Publications, string Summary, IReadOnlyList<string> Sources);

/// <summary>
/// Date selection for timelines from how the coverage refers to days (after DATEWISE, Tran et al. / Ghalandari and
/// Ifrim 2020): every date expression of a report that locates a day on or before its publication day is a vote
/// for that day. A day that reports still name weeks later ("the massacre of 25 May") is a turning point; a day
/// that is only the day's news is not. Example: a report of 2 June saying "on 25 May 108 people were killed" is one
/// later reference to 2012-05-25.
/// </summary>
public static partial class DayReference
{
    private static readonly SegmentationStage Segmenter = new();
    private static readonly TemporalStage Tagger = new();

    /// <summary>
    /// The day mentions of one report: each sentence with a day-precise date expression that is not after the
    /// publication day. Reports without a publication date give none (their deixis cannot be anchored). Segments and
    /// tags the text itself; ingest stores what <see cref="Collect(Report, IReadOnlyList{Sentence}, IReadOnlyList{TimeExpression})"/>
    /// finds in the pipeline's own sentences and expressions, so rankings read them back instead of re-tagging.
    /// </summary>
    public static IReadOnlyList<DayMention> Collect(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Published is { } published
            ? Collect(report, Segmenter.Split(report.Text), Tagger.Tag(report.Text, DateOnly.FromDateTime(published.DateTime)))
            : [];
    }

    /// <summary>
    /// The day mentions of one report from its sentences and the date expressions tagged in its text (offsets into
    /// the report text, anchored on the publication day). Example: a report of 2 June whose sentence "on 25 May 108
    /// people were killed" holds the expression "25 May" (2012-05-25) gives one explicit mention of 2012-05-25.
    /// </summary>
    public static IReadOnlyList<DayMention> Collect(Report report, IReadOnlyList<Sentence> sentences, IReadOnlyList<TimeExpression> times)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(times);
        if (report.Published is not { } published)
        {
            return [];
        }

        var pub = DateOnly.FromDateTime(published.DateTime);
        var result = new List<DayMention>();
        foreach (var sentence in sentences)
        {
            // A "sentence" this long is a table or a run-on page dump, not a statement about a day.
            if (sentence.Text.Length > 2000)
            {
                continue;
            }

            var text = sentence.Text.Trim();
            var lead = sentence.Start + (sentence.Text.Length - sentence.Text.TrimStart().Length);
            var inSentence = times.Where(t => t.Start >= sentence.Start && t.End <= sentence.End && PointsAtDay(t) && t.Time.Earliest is not null).ToList();
            // Kept with each mention so the day's entry is cut from the same tagging later (see Entry).
            var spans = inSentence
                .Select(t => new DateSpan(t.Start - lead, t.End - lead, t.Time.Earliest!.Value))
                .Where(d => d.Start >= 0 && d.End <= text.Length)
                .OrderBy(d => d.Start)
                .ToList();
            var days = new HashSet<DateOnly>();
            foreach (var t in inSentence)
            {
                if (t.Time.Earliest is { } day && day <= pub && days.Add(day))
                {
                    result.Add(new DayMention(day, report.Id, report.Outlet, pub, text, t.Text.Any(char.IsDigit)) { Dates = spans });
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The <paramref name="n"/> key days within [<paramref name="from"/>, <paramref name="to"/>], in date order, ranked
    /// DATEWISE-style by how the coverage refers to each day. Three features, combined as a sum of logs (a product of
    /// counts, so a day needs more than one to rank high and no count's scale dominates):
    /// (1) the day's mentions, from every report, on or after the day (news-tls's MentionCount: how much the coverage
    /// dates things to it); (2) the reports published after the day that name it explicitly ("25 May"): a writer who
    /// spells out a date weeks later marks a turning point, "on Friday" the next morning is the day's news; (3) the
    /// day's death toll as later reports state it (<see cref="Tolls"/>), through a second log, ln(1 + ln(1 + toll)),
    /// because tolls run from one to thousands and a misdated running total must not outweigh the references. A
    /// mention copied from an earlier report (a fact box) counts for neither (1) nor (2) (see Told).
    /// Ties go to the day with more reports published on it and the next day (the day's own news volume), then the
    /// earlier day. Example: 25 May with 20 mentions, named by seven later reports as "25 May", 108 dead by later
    /// count, scores ln 21 + ln 8 + ln(1 + ln 109) ≈ 3.04 + 2.08 + 1.74 = 6.9; a day of three "yesterday" mentions and no
    /// toll, ln 4 ≈ 1.4.
    /// </summary>
    /// <remarks>
    /// Measured on T17 Syria (13 reference dates) as full date F1 and as the mean over 60 seeded random halves of the
    /// articles (`eval tls --halves 60`; one topic moves by a whole date, 0.077, with a few reports, so the halves are
    /// the steadier yardstick; offline figures are from the stored day references, paired halves, ± one standard error).
    /// Session 6: the two features before it (later reports, later explicit reports): 0.308, halves 0.241. Adding the later
    /// death toll: 0.385, halves 0.318. Variants of the toll: from all reports, the day's own included: 0.308, halves
    /// 0.338; that with open numbers too ("more than 7,000", mostly running totals): 0.231, halves 0.288; offline (all
    /// reports' tolls): from the day's own reports only 0.231; ln(1 + toll) × 0.5 instead of the second log 0.385 but
    /// halves +0.04 against +0.10; a flag for any toll halves +0.02; tolls only from reports 2, 3 or 7 days later (offline,
    /// against the kept set) +0.008 ± 0.009, −0.014 ± 0.011, −0.072 ± 0.013; only from mentions dated with digits ("on 25
    /// May", not "on Friday") −0.042 ± 0.013; leaving out running totals ("toll", "since", "so far", …; kept, for
    /// disasters' daily toll updates, test Top_DisasterWithTollUpdates_…) −0.015 ± 0.005. Then replacing later reports by
    /// all mentions (MentionCount): 0.462, halves 0.355; with running totals left out of the tolls, the kept set: 0.462,
    /// halves 0.341. Offline against the kept set: keeping later reports as a fourth feature −0.018 ± 0.007; adding
    /// chronology entries ("26 December : …") −0.028 ± 0.006; calling only dates with a month name explicit (not "13 days
    /// ago") +0.013 ± 0.005, not kept (small, and a writer counting days back still names the day); dropping the toll
    /// −0.112 ± 0.012. MentionCount alone: 0.308, halves 0.17.
    /// Dropping dates of cited publications ("Der Spiegel (March 29, 2012)", from a reader's comment): the day leaves
    /// the top 13 for another wrong one, date F1 and halves unchanged, AR-1 .194 → .190; not kept.
    /// Session 7, a second yardstick with more dates (`eval tls --fact-boxes`): the 44 days the articles' own fact boxes
    /// list, ranked from every other line: this ranker 0.341; without the toll 0.295; raw mention counts 0.250;
    /// publication counts 0.205. Toll variants there: Min for ranges ("hundreds") 0.341, tolls only from mentions with a
    /// stated time 0.341, only from a time stated with digits 0.295, only exact numbers 0.364 (one date; not kept). After the
    /// session's extraction changes (anaphora, negation, lasting events) the ranker itself scores 0.364 there, Syria unchanged.
    /// Left alone: a night event told on two days (the Homs assault of Friday night 3/4 February; the UN veto of
    /// 4 February shares the later day) — no rule tells the two apart without words of the story.
    /// Earlier sessions, without the toll: reports published on the day (0.08 alone), references from earlier reports
    /// (plans and deadlines, 0.00 alone), distinct referring days, days of extracted events and spreading the picks
    /// apart (no two within 1–3 days: −0.08) each lowered date F1; z-scores or rank sums instead of logs picked the same
    /// days; counting only references at least 2–5 days later: same, 8 or 15 days: 0.23 or below; reports of the day
    /// after as a feature, headline-and-lead mentions, distinct later publication days: 0.23 each.
    /// Why the features should carry to other stories (no words of any one topic — the running-total words are those of
    /// casualty counts in any story — and no knob but the logs): a turning point is
    /// what later writers still name and count the dead of, whatever the story; a story without deaths (an election, a
    /// market crash) ranks by the references alone. A disaster's coverage bursts on one day whose reports only tell the
    /// day's news ("today"): the burst is counted once through a log, and the disaster day and the later days writers
    /// recall (aid arriving) are the ones also named afterwards (test Top_DisasterCorpus_…). A story over two years has
    /// later reports a year on that still name a turning point with its date, while a day named only by the next
    /// morning's "yesterday" stays low (test Top_TwoYearStory_…). What the features cannot see: a day the coverage
    /// never names with a date (T17 Syria: 1 of 13 reference days, 2011-10-03).
    /// </remarks>
    /// <param name="mentions">Day mentions of all reports (<see cref="Collect(Report)"/>).</param>
    /// <param name="publications">Publication days of all reports, one entry a report.</param>
    /// <param name="n">How many days to keep.</param>
    /// <param name="from">First day allowed, or null.</param>
    /// <param name="to">Last day allowed, or null.</param>
    /// <param name="sentencesPerDay">How many sentences the day's summary takes.</param>
    /// <param name="tolls">Each day's death toll (<see cref="Tolls"/>), or null to rank by references alone.</param>
    public static IReadOnlyList<KeyDay> Top(IReadOnlyList<DayMention> mentions, IEnumerable<DateOnly> publications, int n, DateOnly? from = null, DateOnly? to = null, int sentencesPerDay = 1, IReadOnlyDictionary<DateOnly, int>? tolls = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var published = publications.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        return mentions
            .Where(m => (from is null || m.Day >= from) && (to is null || m.Day <= to))
            .GroupBy(m => m.Day)
            .Select(g =>
            {
                var told = Told(g).ToList();
                var later = told.Where(m => m.Published > g.Key).GroupBy(m => m.ReportId).ToList();
                var score = Math.Log(1 + told.Count) + Math.Log(1 + later.Count(r => r.Any(m => m.Explicit)))
                    + Math.Log(1 + Math.Log(1 + (tolls?.GetValueOrDefault(g.Key) ?? 0)));
                var pubs = published.GetValueOrDefault(g.Key) + published.GetValueOrDefault(g.Key.AddDays(1));
                return (Day: g.Key, Score: score, Later: later.Count, Pubs: pubs, Mentions: g.ToList());
            })
            .OrderByDescending(d => d.Score)
            .ThenByDescending(d => d.Pubs)
            .ThenBy(d => d.Day)
            .Take(n)
            .Select(d => new KeyDay(
                d.Day,
                d.Score,
                d.Later,
                published.GetValueOrDefault(d.Day),
                Summary(d.Mentions, sentencesPerDay),
                d.Mentions.Select(m => m.ReportId).Distinct(StringComparer.Ordinal).ToList()))
            .OrderBy(d => d.Day)
            .ToList();
    }

    /// <summary>
    /// The death toll each day is remembered by: the largest number of dead that one extracted mention dated to the day
    /// (day precision) states, in a report published after the day. Example: a report of 2 June saying "Of the 108
    /// people killed on 25 May" gives 2012-05-25 a toll of 108, unless another later mention of that day states more.
    /// Only stated numbers count, not open ones ("more than 7,000 have died …"), and not running totals, told by their
    /// words ("the death toll rose to 150,000 on Sunday", "400 killed since the mission began", "so far", "in total"):
    /// such a sentence dates the count, not the deaths, and a disaster's daily updates would make each update day look
    /// like a day of dying. The day's own reports are its first, partial count, as for the references. A toll the
    /// extraction misdated anyway is why <see cref="Top"/> takes it through two logs.
    /// </summary>
    public static IReadOnlyDictionary<DateOnly, int> Tolls(IEnumerable<CitedMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return mentions
            .Where(c => c.Mention is { Fatalities.Max: not null, Time: { Precision: TimePrecision.Day, Earliest: not null } }
                && c.Published is { } p && DateOnly.FromDateTime(p.DateTime) > c.Mention.Time.Earliest
                && !RunningTotal().IsMatch(c.Mention.Sentence))
            .GroupBy(c => c.Mention.Time.Earliest!.Value)
            .ToDictionary(g => g.Key, g => g.Max(c => c.Mention.Fatalities!.Max!.Value));
    }

    // Words of a running total of the dead: "the death toll rose to", "since March", "so far", "in total", "overall".
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:toll|since|so far|total|overall|in all|altogether)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RunningTotal();

    /// <summary>
    /// The mentions that tell their day in words not printed before: a mention whose entry (<see cref="Entry"/>) an
    /// earlier report already printed is a copy (a fact box or background paragraph pasted into each new story), and
    /// a copy is no new writer naming the day. Example: the fact box line "26 December : Arab League observers arrive"
    /// in reports of 13, 14 and 15 January counts for the report of 13 January only.
    /// </summary>
    private static IEnumerable<DayMention> Told(IEnumerable<DayMention> mentions)
    {
        var printed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in mentions.GroupBy(m => m.ReportId).OrderBy(r => r.First().Published).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            // Within one report the same words twice (a caption repeating the text) are still the report's own.
            var entries = report.Select(m => (Mention: m, Entry: Entry(m))).ToList();
            foreach (var (mention, entry) in entries.Where(e => !printed.Contains(e.Entry)))
            {
                yield return mention;
            }

            printed.UnionWith(entries.Select(e => e.Entry));
        }
    }

    // The day's summary: the most central sentences among those that name the day with a date later on (they tell
    // what the day is remembered for: "Of the 108 people killed on 25 May, 49 were children"), else among all; each
    // cut to the day's own entry when it runs several dated entries together (see Entry), and statements preferred
    // over fragments, fact boxes and bylines (see IsStatement). Pooling the day's own news too (same-day "on
    // Wednesday") was measured and lowered AR-1 (.130 → .110): that coverage is the day's first, partial account.
    private static string Summary(IReadOnlyList<DayMention> mentions, int count)
    {
        var retrospective = mentions.Where(m => m.Explicit && m.Published > m.Day).ToList();
        var candidates = (retrospective.Count > 0 ? retrospective : mentions).Select(Entry).Distinct(StringComparer.Ordinal).ToList();
        var statements = candidates.Where(IsStatement).ToList();
        if (statements.Count > 0)
        {
            candidates = statements;
        }

        // All of the day's entries vote (the day's own news and deictic references too), so the pick is the candidate
        // that says what the day's coverage is about: T17 Syria AR-1 .140 → .148, AR-2 .067 → .072. Voting with the
        // whole sentences instead of their entries: .136 / .070 (the other days' parts pull away from the day).
        // Session 6, with the three-feature days (AR-1 .194, AR-2 .115): cutting an entry to the one of two run-together
        // sentences that holds its date ("… kill 55 No wonder , then , …" at "No"): AR-1 .184, AR-2 .120, not kept.
        return string.Join(" ", SentenceCentrality.Central(candidates, count, mentions.Select(Entry).ToList()));
    }

    /// <summary>
    /// The part of a mention's sentence that is about its day. A sentence naming other days too is cut at their date
    /// expressions: a chronology entry that starts with its date ("10 May - Two suicide bombers …", "12 November: …")
    /// runs from that date to the next other day's date; prose ("Homs was shelled on 3 February and Idlib on 5 February")
    /// from the previous other day's date to the clause break before the next. A sentence naming only its day is kept whole.
    /// Example: of "17 Mar - 27 people die in Damascus 10 May - Two suicide bombers kill 55", the entry of 10 May is
    /// "10 May - Two suicide bombers kill 55".
    /// </summary>
    public static string Entry(DayMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var text = mention.Sentence;
        var dates = DatesOf(mention);
        var own = dates.FirstOrDefault(t => t.Day == mention.Day);
        if (own is null || dates.All(t => t.Day == mention.Day))
        {
            return text;
        }

        var next = dates.FirstOrDefault(t => t.Start >= own.End && t.Day != mention.Day);
        var previous = dates.LastOrDefault(t => t.End <= own.Start && t.Day != mention.Day);
        var startsEntry = HeadsEntry(text, own);
        var start = startsEntry ? own.Start : previous?.End ?? 0;
        var end = next?.Start ?? text.Length;
        if (!startsEntry && next is not null && text.LastIndexOfAny([',', ';'], end - 1, end - own.End) is var clause && clause >= own.End)
        {
            // In prose the clause after the day's date is another day's: "… on 3 February | , and Idlib on 5 February".
            end = clause;
        }

        var entry = text[start..end].Trim().TrimStart(',', ';', '-', '–', ' ').TrimEnd(',', ';', '-', '–', ' ');
        // The next date's preposition stays with it: "… an assault , begun on | 26 December" ends at "assault".
        var lastSpace = entry.LastIndexOf(' ');
        if (next is not null && lastSpace > 0 && DatePrepositions.Contains(entry[(lastSpace + 1)..]))
        {
            entry = entry[..lastSpace].TrimEnd(',', ';', '-', '–', ' ');
        }

        return entry.Length > 0 ? entry : text;
    }

    /// <summary>
    /// Whether the mention's sentence lists its day as a chronology entry: the date heads an entry, a dash or colon after
    /// it ("10 May - Two suicide bombers kill 55", "12 November : Arab League suspends Syria"), as in a fact box. Such a
    /// line is a journalist's pick of the day for a timeline, which <c>eval tls --fact-boxes</c> scores the ranking against.
    /// Example: true for 2012-05-10 in "17 Mar - 27 people die in Damascus 10 May - Two suicide bombers kill 55"; false for
    /// "Homs was shelled on 3 February".
    /// </summary>
    public static bool IsChronologyEntry(DayMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return DatesOf(mention).Any(d => d.Day == mention.Day && HeadsEntry(mention.Sentence, d));
    }

    // The sentence's day-precise dates: ingest stored them; a mention made without them (older callers, hand-built) is
    // tagged here.
    private static IReadOnlyList<DateSpan> DatesOf(DayMention mention) =>
        mention.Dates ?? Tagger.Tag(mention.Sentence, mention.Published)
            .Where(t => PointsAtDay(t) && t.Time.Earliest is not null)
            .Select(t => new DateSpan(t.Start, t.End, t.Time.Earliest!.Value))
            .OrderBy(t => t.Start)
            .ToList();

    // A date that heads a chronology entry: a dash or colon follows it ("10 May - …", "12 November : …").
    private static bool HeadsEntry(string text, DateSpan date) =>
        text[date.End..].TrimStart() is var after && (after.StartsWith('-') || after.StartsWith(':') || after.StartsWith('–'));

    /// <summary>
    /// A day-precise DATE, or an offset that points at a day: "Two days later" after "On 3 June" is 5 June (the
    /// tagger keeps TimeML's DURATION type for "two days" but locates the day it points at).
    /// </summary>
    private static bool PointsAtDay(TimeExpression t) =>
        (t.Type == TimexType.Date || (t.Type == TimexType.Duration && t.Time.IsBounded)) && t.Time.Precision == TimePrecision.Day;

    /// <summary>
    /// Whether a candidate summary reads as one statement about events: 6 to 40 words, and not the coverage talking
    /// about itself. Fewer words is a fragment left by the entry cut ("and 6 June ."); more is a fact box or caption
    /// run together without full stops ("More than 5,000 civilians have been killed , says the UN More than 400 killed
    /// since …"); a byline, credit or caption ("the BBC's correspondent in Beirut says", "Picture: …") tells who reported,
    /// not what happened. Measured on T17 Syria: AR-1 .130 → .140, AR-2 .054 → .067 (dates unchanged).
    /// </summary>
    private static bool IsStatement(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        return words is >= 6 and <= 40 && !CoverageWords.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    // Words of the coverage's own voice: the outlet, its reporters, its pictures.
    private static readonly string[] CoverageWords = ["BBC", "Reuters", "AFP", "correspondent", "caption", "Picture"];

    private static readonly HashSet<string> DatePrepositions = new(StringComparer.OrdinalIgnoreCase) { "on", "since", "by", "until", "from", "of", "in", "at", "to", "and", "begun" };
}
