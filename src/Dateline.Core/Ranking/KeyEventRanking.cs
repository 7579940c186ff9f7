using Dateline.Core.Model;

namespace Dateline.Core.Ranking;

/// <summary>An event with its importance and the parts of the score, for display.</summary>
/// <param name="Event">The event.</param>
/// <param name="Score">Its importance.</param>
public sealed record RankedEvent(Event Event, double Score);

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
    /// <param name="distinctDays">Keep at most one event a day (a timeline of n dates).</param>
    public static IReadOnlyList<RankedEvent> Top(IReadOnlyList<Event> events, int n, bool distinctDays = false)
    {
        // How many reports refer to each day with a date of their own: the days a story keeps returning to matter.
        var dayRefs = events
            .Where(e => e.Time.Precision == TimePrecision.Day)
            .SelectMany(e => e.Mentions.Where(m => m.Mention.TimeText is not null).Select(m => (Day: e.Time.Earliest!.Value, m.Mention.ReportId)))
            .Distinct()
            .GroupBy(x => x.Day)
            .ToDictionary(g => g.Key, g => g.Count());
        var ranked = events
            .Select(e => new RankedEvent(e, Score(e) + DayWeight * Math.Log(1 + (e.Time.Precision == TimePrecision.Day ? dayRefs.GetValueOrDefault(e.Time.Earliest!.Value) : 0))))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Event.Id, StringComparer.Ordinal);
        var chosen = new List<RankedEvent>();
        var days = new HashSet<DateOnly>();
        foreach (var r in ranked)
        {
            if (chosen.Count == n)
            {
                break;
            }

            if (distinctDays)
            {
                if (r.Event.Time.Precision != TimePrecision.Day || !days.Add(r.Event.Time.Earliest!.Value))
                {
                    continue;
                }
            }

            chosen.Add(r);
        }

        return chosen.OrderBy(r => r.Event.Time.Earliest ?? DateOnly.MaxValue).ThenBy(r => r.Event.Id, StringComparer.Ordinal).ToList();
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
