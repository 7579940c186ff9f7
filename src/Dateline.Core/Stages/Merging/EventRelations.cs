using Dateline.Core.Model;
using Dateline.Core.Stages.Extraction;

namespace Dateline.Core.Stages.Merging;

/// <summary>
/// Relations the text states between events: a mention whose sentence names another event as its argument
/// ("The ceasefire was later ratified in a UN Security Council resolution") follows the event of that class the
/// same report stated before it (the ceasefire that came into effect on December 30). And a plan and what came of it:
/// planned talks ("negotiations planned in the Kazakh capital before the end of the month") are fulfilled by the talks
/// held ("delegations met in Astana on 23 January"), see <see cref="LinkPlans"/>.
/// </summary>
internal static class EventRelations
{
    /// <summary>The relation from a planned event to the event that carried it out.</summary>
    public const string FulfilledBy = "fulfilled_by";

    /// <summary>The relation from an event to the plan it carried out.</summary>
    public const string Fulfils = "fulfils";

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

                // The text's order is not always time's: in "talks in Astana, which Moscow, Ankara and Tehran had promised
                // since late December" the promise names the talks told before it but came first; dates that do not
                // overlap set the direction.
                var (after, before) = later.Time.Latest < earlier.Time.Earliest ? (earlier, later) : (later, earlier);
                related[after.Id].Add(new RelatedEvent(before.Id, "follows"));
                related[before.Id].Add(new RelatedEvent(after.Id, "followed_by"));
            }
        }

        LinkPlans(events, classOfMention, related);
        return events.Select(e => related[e.Id].Count == 0 ? e : e with { Related = related[e.Id] }).ToList();
    }

    /// <summary>
    /// Links each planned or announced event to the first occurred event of the kind it plans, in the same country,
    /// that happened within the plan's time and not before a report told of the plan: "talks announced → talks held".
    /// The kind planned is the class of the planned mention, or of the event its sentence names as its argument ("the
    /// council welcomed the plan for talks in Kazakhstan" plans talks). Plans and what came of them that merging has
    /// already joined (a report of talks "due to open on Monday" and the talks that opened that day) are one event.
    /// </summary>
    /// <example>"negotiations planned in the Kazakh capital before the end of the month" (told 9 January, late January,
    /// Astana) → fulfilled_by the talks held in Astana on 23 January; the same plan and talks held in Geneva → none.</example>
    private static void LinkPlans(List<Event> events, IReadOnlyDictionary<string, string> classOfMention, Dictionary<string, List<RelatedEvent>> related)
    {
        var plans = events.Where(e => e.Status is EventStatus.Planned or EventStatus.Announced).ToList();
        if (plans.Count == 0)
        {
            return;
        }

        // Occurred events of each kind, by their first day: a plan looks up only its kind within its time.
        var held = events
            .Where(e => e.Status == EventStatus.Occurred && e.Time.Earliest is not null && e.Location?.Country is not null)
            .SelectMany(e => e.Mentions.Select(c => KindOf(c.Mention, classOfMention)).Distinct().Select(kind => (Kind: kind, Event: e)))
            .GroupBy(x => x.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Event).OrderBy(e => e.Time.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (plan.Time.Earliest is not { } from || plan.Time.Latest is not { } to || plan.Location?.Country is not { } country)
            {
                continue;
            }

            var planned = plan.Mentions.Where(c => c.Mention.Status is EventStatus.Planned or EventStatus.Announced).ToList();
            var toldOn = planned.Min(c => c.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : DateOnly.MinValue);
            var kinds = planned.Select(c => c.Mention.RefersTo is { } argument ? TriggerClasses.KindOf(argument) : KindOf(c.Mention, classOfMention)).ToHashSet(StringComparer.Ordinal);
            var outcome = kinds
                .SelectMany(kind => held.GetValueOrDefault(kind) ?? [])
                .Where(e => e.Id != plan.Id && e.Time.Earliest >= from && e.Time.Earliest <= to && e.Time.Earliest >= toldOn && e.Location!.Country == country)
                .OrderBy(e => e.Time.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (outcome is null || related[plan.Id].Any(r => r.Id == outcome.Id))
            {
                continue;
            }

            related[plan.Id].Add(new RelatedEvent(outcome.Id, FulfilledBy));
            related[outcome.Id].Add(new RelatedEvent(plan.Id, Fulfils));
        }
    }

    private static string KindOf(Mention m, IReadOnlyDictionary<string, string> classOfMention) =>
        TriggerClasses.KindOf(classOfMention.TryGetValue(m.Key, out var cls) ? cls : m.Type);
}
