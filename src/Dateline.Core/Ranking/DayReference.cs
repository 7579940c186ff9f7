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
public sealed record DayMention(DateOnly Day, string ReportId, string? Outlet, DateOnly Published, string Sentence, bool Explicit);

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
public static class DayReference
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

            var days = new HashSet<DateOnly>();
            foreach (var t in times)
            {
                if (t.Start >= sentence.Start && t.End <= sentence.End
                    && t.Type == TimexType.Date && t.Time.Precision == TimePrecision.Day && t.Time.Earliest is { } day && day <= pub && days.Add(day))
                {
                    result.Add(new DayMention(day, report.Id, report.Outlet, pub, sentence.Text.Trim(), t.Text.Any(char.IsDigit)));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The <paramref name="n"/> key days within [<paramref name="from"/>, <paramref name="to"/>], in date order, ranked
    /// DATEWISE-style by how the later coverage refers back to each day. Two features, combined as a sum of logs (a
    /// product of counts, so a day needs both to rank high and neither count's scale dominates):
    /// the reports published after the day that refer to it, and those of them that name it explicitly ("25 May").
    /// A writer who spells out a date weeks later marks a turning point; "on Friday" the next morning is the day's news.
    /// Ties go to the day with more reports published on it and the next day (the day's own news volume), then the
    /// earlier day. Example: 25 May referred to by nine later reports, seven of them as "25 May", scores
    /// ln 10 + ln 8 ≈ 4.4; a day named by three later reports, none explicitly, ln 4 ≈ 1.4.
    /// </summary>
    /// <remarks>
    /// Other DATEWISE features were measured on T17 Syria and left out because each lowered date F1 there: reports
    /// published on the day (0.08 alone), references from earlier reports (plans and deadlines, 0.00 alone), references
    /// on the day itself, distinct referring days, and days of extracted events; so was spreading the picks apart
    /// (no two within 1–3 days: −0.08). Combining by z-scores or by rank sums instead of logs picks the same days.
    /// </remarks>
    /// <param name="mentions">Day mentions of all reports (<see cref="Collect(Report)"/>).</param>
    /// <param name="publications">Publication days of all reports, one entry a report.</param>
    /// <param name="n">How many days to keep.</param>
    /// <param name="from">First day allowed, or null.</param>
    /// <param name="to">Last day allowed, or null.</param>
    /// <param name="sentencesPerDay">How many sentences the day's summary takes.</param>
    public static IReadOnlyList<KeyDay> Top(IReadOnlyList<DayMention> mentions, IEnumerable<DateOnly> publications, int n, DateOnly? from = null, DateOnly? to = null, int sentencesPerDay = 1)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var published = publications.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        return mentions
            .Where(m => (from is null || m.Day >= from) && (to is null || m.Day <= to))
            .GroupBy(m => m.Day)
            .Select(g =>
            {
                var later = g.Where(m => m.Published > g.Key).GroupBy(m => m.ReportId).ToList();
                var score = Math.Log(1 + later.Count) + Math.Log(1 + later.Count(r => r.Any(m => m.Explicit)));
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

    // The day's summary: the most central sentences among those that name the day with a date later on (they tell
    // what the day is remembered for: "Of the 108 people killed on 25 May, 49 were children"), else among all.
    private static string Summary(IReadOnlyList<DayMention> mentions, int count)
    {
        var retrospective = mentions.Where(m => m.Explicit && m.Published > m.Day).Select(m => m.Sentence).ToList();
        var candidates = retrospective.Count > 0 ? retrospective : mentions.Select(m => m.Sentence).ToList();
        return string.Join(" ", SentenceCentrality.Central(candidates, count));
    }
}
