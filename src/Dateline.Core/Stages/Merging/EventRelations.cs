using Dateline.Core.Model;

namespace Dateline.Core.Stages.Merging;

/// <summary>
/// Relations the text states between events: a mention whose sentence names another event as its argument
/// ("The ceasefire was later ratified in a UN Security Council resolution") follows the event of that class the
/// same report stated before it (the ceasefire that came into effect on December 30).
/// </summary>
internal static class EventRelations
{
    public static IReadOnlyList<Event> Link(List<Event> events, IReadOnlyDictionary<string, string> classOfMention)
    {
        // Per report, its mentions in text order with their class and event.
        var byReport = events
            .SelectMany(e => e.Mentions.Select(c => (Event: e, c.Mention)))
            .GroupBy(x => x.Mention.ReportId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Mention.Ordinal).ToList(), StringComparer.Ordinal);

        var related = events.ToDictionary(e => e.Id, _ => new List<RelatedEvent>(), StringComparer.Ordinal);
        foreach (var later in events)
        {
            foreach (var m in later.Mentions.Select(c => c.Mention).Where(m => m.RefersTo is not null))
            {
                // The nearest earlier mention of that class in the same report names the event referred to.
                var earlier = byReport[m.ReportId]
                    .Where(x => x.Mention.Ordinal < m.Ordinal && x.Event.Id != later.Id
                        && classOfMention.TryGetValue(x.Mention.Key, out var cls) && cls == m.RefersTo)
                    .Select(x => x.Event)
                    .LastOrDefault();
                if (earlier is null || related[later.Id].Any(r => r.Id == earlier.Id))
                {
                    continue;
                }

                related[later.Id].Add(new RelatedEvent(earlier.Id, "follows"));
                related[earlier.Id].Add(new RelatedEvent(later.Id, "followed_by"));
            }
        }

        return events.Select(e => related[e.Id].Count == 0 ? e : e with { Related = related[e.Id] }).ToList();
    }
}
