using Dateline.Core.Model;

namespace Dateline.Core.Ranking;

/// <summary>An event with its importance and the parts of the score, for display.</summary>
/// <param name="Event">The event.</param>
/// <param name="Score">Its importance.</param>
/// <param name="Day">In a timeline of dates, the day it stands for (a mention of it dates it there).</param>
public sealed record RankedEvent(Event Event, double Score, DateOnly? Day = null);

/// <summary>The event a key day's summary tells, and the mention of it that the summary is cut from.</summary>
/// <param name="Event">The event.</param>
/// <param name="Mention">Its mention in the summary's sentence.</param>
public sealed record ToldEvent(Event Event, Mention Mention);

/// <summary>
/// Key events of a period, for a one-screen summary: importance grows with the independent reports and outlets
/// that state the event with their own date (not only their publication day), its weight as an event (violence
/// with deaths, ceasefires and agreements over statements), and how precisely it is dated.
/// </summary>
public static class KeyEventRanking
{
    /// <summary>The <paramref name="n"/> most important events, in date order.</summary>
    /// <param name="events">Candidates (already filtered to the period).</param>
    /// <param name="n">How many to keep.</param>
    /// <param name="distinctDays">
    /// A timeline of <paramref name="n"/> dates: the days the coverage refers to most, each with its most important event.
    /// </param>
    public static IReadOnlyList<RankedEvent> Top(IReadOnlyList<Event> events, int n, bool distinctDays = false)
    {
        var dayRefs = DayReferences(events);
        var ranked = events
            .Select(e => new RankedEvent(e, Score(e) + DayWeight * Math.Log(1 + (e.Time.Precision == TimePrecision.Day ? dayRefs.GetValueOrDefault(e.Time.Earliest!.Value) : 0))))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Event.Id, StringComparer.Ordinal)
            .ToList();
        IEnumerable<RankedEvent> chosen = distinctDays
            ? dayRefs.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
                .Select(kv => ranked.FirstOrDefault(r => r.Event.Mentions.Any(m => DatedOn(m.Mention, kv.Key))) is { } best ? best with { Day = kv.Key } : null)
                .OfType<RankedEvent>()
                .Take(n)
            : ranked.Take(n);
        return chosen.OrderBy(r => r.Day ?? r.Event.Time.Earliest ?? DateOnly.MaxValue).ThenBy(r => r.Event.Id, StringComparer.Ordinal).ToList();
    }

    private static bool DatedOn(Mention m, DateOnly day) =>
        m.TimeText is not null && m.Time.Precision == TimePrecision.Day && m.Time.Earliest == day;

    /// <summary>
    /// How much the coverage refers to each day: the reports that state an event on that day with a date of their own,
    /// counted once more when they were published more than two days later (a day still talked about days after is a
    /// turning point, not just the day's news).
    /// </summary>
    public static IReadOnlyDictionary<DateOnly, int> DayReferences(IReadOnlyList<Event> events)
    {
        var refs = new Dictionary<DateOnly, HashSet<string>>();
        var later = new Dictionary<DateOnly, HashSet<string>>();
        foreach (var e in events)
        {
            foreach (var c in e.Mentions)
            {
                var t = c.Mention.Time;
                if (t.Earliest is not { } day || !DatedOn(c.Mention, day))
                {
                    continue;
                }

                (refs.TryGetValue(day, out var r) ? r : refs[day] = []).Add(c.Mention.ReportId);
                if (c.Published is { } p && DateOnly.FromDateTime(p.DateTime) > day.AddDays(2))
                {
                    (later.TryGetValue(day, out var l) ? l : later[day] = []).Add(c.Mention.ReportId);
                }
            }
        }

        return refs.ToDictionary(kv => kv.Key, kv => kv.Value.Count + (later.TryGetValue(kv.Key, out var l) ? l.Count : 0));
    }

    /// <summary>
    /// The event a key day's summary tells (<see cref="KeyDay.Summary"/>), with the mention that tells it: a mention in
    /// the summary's sentence whose trigger the summary holds; among several, one dated on the day first ("blocked a
    /// resolution on 4 February" before "the crackdown" in the same sentence), then the most important event. Null
    /// when the summary tells no extracted event (no trigger word the extraction knows, or an entry cut from a fact
    /// box the segmenter ran into other sentences). The event's own title may come from another of its mentions, so a
    /// display shows the mention's.
    /// Example: for the summary "Syrian forces began shelling the restive city of Homs on 3 February", the mention
    /// "shelling" (assault, 2012-02-03) and its event, not a demonstration in Hama the same day.
    /// </summary>
    public static ToldEvent? ToldBy(KeyDay day, IEnumerable<Event> events)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(events);
        return events
            .SelectMany(e => e.Mentions.Where(c => Tells(day.Summary, c.Mention)).Select(c => new ToldEvent(e, c.Mention)))
            .OrderByDescending(t => t.Mention.Time.Precision == TimePrecision.Day && t.Mention.Time.Earliest == day.Day)
            .ThenByDescending(t => Score(t.Event))
            .ThenBy(t => t.Event.Id, StringComparer.Ordinal)
            .ThenBy(t => t.Mention.Ordinal)
            .FirstOrDefault();
    }

    // The summary is the mention's sentence or a part of it (an entry) holding its trigger; or, for a summary of
    // several sentences, holds the whole sentence.
    private static bool Tells(string summary, Mention m)
    {
        var sentence = m.Sentence.Trim();
        return sentence.Length > 0
            && (sentence.Contains(summary, StringComparison.Ordinal) || summary.Contains(sentence, StringComparison.Ordinal))
            && summary.Contains(m.Trigger, StringComparison.OrdinalIgnoreCase);
    }

    // Weight of the day's references from other reports against the event's own support.
    private const double DayWeight = 1.5;

    /// <summary>The importance of one event on its own.</summary>
    public static double Score(Event e)
    {
        var reports = e.Mentions.Select(m => m.Mention.ReportId).Distinct().Count();
        var dated = e.Mentions.Where(m => m.Mention.TimeText is not null).Select(m => m.Mention.ReportId).Distinct().Count();
        var outlets = e.Mentions.Select(m => m.Outlet ?? m.Mention.ReportId).Distinct().Count();
        var score = Math.Log(1 + reports) + (1.5 * Math.Log(1 + dated)) + (0.5 * Math.Log(1 + outlets));
        score += TypeWeight(e);
        score += e.Time.Precision switch
        {
            TimePrecision.Day => 0.5,
            TimePrecision.Week => 0.3,
            TimePrecision.Month => 0.1,
            _ => -0.5,
        };
        score += e.Status switch
        {
            EventStatus.Occurred or EventStatus.Ongoing => 0.3,
            EventStatus.Hypothetical => -1.0,
            _ => 0,
        };
        return score;
    }

    private static double TypeWeight(Event e)
    {
        var deaths = e.Fatalities?.Min ?? 0;
        return e.Type switch
        {
            "assault" => 0.8 + (0.4 * Math.Log(1 + deaths)),
            "agree" or "retreat" => 0.8,
            "sanction" or "mobilize" or "coerce" => 0.6,
            "consult" or "protest" or "support" or "aid" => 0.5,
            _ => 0.2,
        };
    }
}
