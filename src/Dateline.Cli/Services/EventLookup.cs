using Dateline.Core.Model;
using Dateline.Storage;

namespace Dateline.Cli.Services;

/// <summary>Finds an event by id or unique id prefix, as users type them.</summary>
internal static class EventLookup
{
    public static Event Find(IEventStore store, string id)
    {
        var events = store.LoadEvents(new EventQuery());
        var exact = events.FirstOrDefault(e => e.Id == id);
        if (exact is not null)
        {
            return exact;
        }

        var matches = events.Where(e => e.Id.StartsWith(id, StringComparison.Ordinal) || e.Id.StartsWith("ev-" + id, StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new UserException($"no event '{id}' (see `dateline timeline` for ids)"),
            _ => throw new UserException($"'{id}' names {matches.Count} events; give more of the id"),
        };
    }
}
