using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dateline.Core.Model;

namespace Dateline.Core.Stages.Merging;

/// <summary>
/// Consolidation: one event from its mentions. The time is the most precise value the mentions agree on;
/// where sources disagree (dates, tolls, places, initiators) every claim is kept with its sources.
/// </summary>
internal static class EventConsolidation
{
    public static Event Consolidate(List<CitedMention> cluster, List<MergeLink> evidence)
    {
        var ordered = cluster
            .OrderBy(c => c.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(c => c.Mention.ReportId, StringComparer.Ordinal)
            .ThenBy(c => c.Mention.Ordinal)
            .ToList();
        var mentions = ordered.Select(c => c.Mention).ToList();
        var time = ConsolidateTime(mentions);
        var best = mentions.FirstOrDefault(m => m.Time == time) ?? mentions[0];
        var actors = mentions.SelectMany(m => m.Actors).GroupBy(a => (a.Id ?? a.Name, a.Role)).Select(g => g.First()).ToList();
        // The place most reports name, then most mentions (one report's retelling counts once: a ceasefire told by three
        // reports from Aleppo is Aleppo's, not New York's where one report's vote on it was); of its spellings, one with
        // coordinates. A statement is made where its sentence says, not where the story of the report that retells it
        // is: a story place of a statement counts only when no mention states a place ("the Security Council gave the
        // arrangement its backing" in a report from Damascus does not move the vote from New York).
        var placed = mentions.Where(m => m.Location is not null).ToList();
        var told = placed.Where(m => m.Location!.Precision != PlacePrecision.Story || !MentionFeatures.IsStatement(m)).ToList();
        var location = (told.Count > 0 ? told : placed)
            .GroupBy(m => m.Location!.Name).OrderByDescending(g => g.Select(m => m.ReportId).Distinct().Count()).ThenByDescending(g => g.Count())
            .ThenByDescending(g => g.Any(m => m.Location!.Lat is not null))
            .Select(g => g.Select(m => m.Location!).FirstOrDefault(l => l.Lat is not null) ?? g.First().Location).FirstOrDefault();
        var fatalities = ordered.Where(c => c.Mention.Fatalities is not null)
            .GroupBy(c => c.Mention.Fatalities!).OrderByDescending(g => g.Select(c => c.Mention.ReportId).Distinct().Count())
            .ThenByDescending(g => g.Max(c => c.Published))
            .Select(g => g.Key).FirstOrDefault();

        // The id follows the cluster's smallest mention key, so re-runs give the same ids for the same clusters.
        var key = mentions.Select(m => m.Key).Min(StringComparer.Ordinal)!;

        // Dataset rows in the cluster: their coding and provenance stand beside the text's, never replacing it.
        var rows = ordered.Select(c => c.Dataset).OfType<DatasetEvent>().ToList();
        var coded = rows.FirstOrDefault(r => r.AcledEventType is not null) ?? rows.FirstOrDefault();
        var textCode = coded?.AcledEventType is null ? mentions.Select(Extraction.AcledCoding.Of).FirstOrDefault(c => c is not null) : null;
        var textMention = ordered.FirstOrDefault(c => c.Dataset is null)?.Mention;
        return new Event
        {
            Id = "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10],
            Title = textMention is not null && best.ReportId.StartsWith("dataset:", StringComparison.Ordinal) ? textMention.Title : best.Title,
            AcledEventType = coded?.AcledEventType ?? textCode?.EventType,
            AcledSubEventType = coded?.AcledSubEventType ?? textCode?.SubEventType,
            CameoCode = rows.Select(r => r.CameoCode).FirstOrDefault(c => c is not null),
            Notes = coded?.Notes,
            SourceUrl = rows.Select(r => r.SourceUrl).FirstOrDefault(u => u is not null),
            Provenance = rows.Select(r => r.Provenance).Order(StringComparer.Ordinal).ToList(),
            Type = best.Type,
            Status = ConsolidateStatus(mentions),
            Time = time,
            Actors = actors,
            Location = location,
            Mentions = ordered,
            Fatalities = fatalities,
            Evidence = evidence,
            Disagreements = FindDisagreements(ordered),
        };
    }

    /// <summary>
    /// The days the event is told to have lasted (<see cref="TimeValue.IsSpan"/>) when every stated day lies in them; else
    /// the narrowest bounded interval, which lies inside what the others say. Of values equally narrow, one a report states
    /// ("took effect on 30 December") beats one a mention only took from its report's day, then the value most reports
    /// state, then explicit dates, then the first told. Example: a ceasefire stated as 30 December by five reports and
    /// given only its report's day (31 December) by three is dated 30 December.
    /// </summary>
    private static TimeValue ConsolidateTime(List<Mention> mentions)
    {
        // An event told to last days is those days when every day its reports state lies in them: in "two days of
        // negotiations ended on Tuesday" and "the talks opened on Monday", Monday is the talks' first day, not their time.
        var span = mentions.Where(m => m.TimeText is not null && m.Time.IsSpan).Select(m => m.Time).FirstOrDefault();
        if (span is not null && mentions.All(m => m.TimeText is null || !m.Time.IsBounded || (m.Time.Earliest >= span.Earliest && m.Time.Latest <= span.Latest)))
        {
            return span;
        }

        return mentions
            .GroupBy(m => (m.Time.Earliest, m.Time.Latest, m.Time.Precision))
            .Select(g => (Time: g.Select(m => m.Time).OrderBy(t => t.Anchor).First(), Stated: g.Where(m => m.TimeText is not null).Select(m => m.ReportId).Distinct().Count()))
            .OrderBy(v => v.Time.IsBounded ? 0 : v.Time.Earliest is not null || v.Time.Latest is not null ? 1 : 2)
            .ThenBy(v => v.Time.IsBounded ? v.Time.Latest!.Value.DayNumber - v.Time.Earliest!.Value.DayNumber : int.MaxValue)
            .ThenBy(v => v.Stated > 0 ? 0 : 1)
            .ThenByDescending(v => v.Stated)
            .ThenBy(v => v.Time.Anchor)
            .First().Time;
    }

    /// <summary>
    /// The strongest evidence wins: a report that it happened outweighs one that it was planned; planned
    /// outweighs announced and hypothetical; a denial stands only if nobody reports it happened.
    /// </summary>
    private static EventStatus ConsolidateStatus(List<Mention> mentions)
    {
        EventStatus[] order = [EventStatus.Occurred, EventStatus.Ongoing, EventStatus.Claimed, EventStatus.Denied, EventStatus.Planned, EventStatus.Announced, EventStatus.Hypothetical];
        var statuses = mentions.Select(m => m.Status).ToHashSet();
        return order.First(statuses.Contains);
    }

    private static IReadOnlyList<Disagreement> FindDisagreements(List<CitedMention> mentions)
    {
        var result = new List<Disagreement>();
        Add(result, "date", mentions, c => c.Mention.TimeText is not null && c.Mention.Time.Precision == TimePrecision.Day ? c.Mention.Time.Value : null);
        Add(result, "fatalities", mentions, c => c.Mention.Fatalities is { } f ? FormatQuantity(f) : null);
        // A story place (the report's lead, not the sentence) is no source's claim about where this event was: "The truce
        // came into force on Friday" in a report from Astana says nothing of Astana.
        Add(result, "location", mentions, c => c.Mention.Location is { Precision: not PlacePrecision.Story } place ? place.Name : null);
        Add(result, "initiator", mentions, c =>
        {
            var names = c.Mention.Actors.Where(a => a.Role == ActorRole.Initiator).Select(a => a.Name).Order(StringComparer.Ordinal).ToList();
            return names.Count == 0 ? null : string.Join(" + ", names);
        });
        return result;
    }

    private static void Add(List<Disagreement> result, string field, List<CitedMention> mentions, Func<CitedMention, string?> value)
    {
        // Most events' sources agree: one value (or none) needs no claims, and their sources are not written out.
        string? first = null;
        var differ = false;
        foreach (var c in mentions)
        {
            if (value(c) is { } v)
            {
                first ??= v;
                differ |= !string.Equals(first, v, StringComparison.Ordinal);
            }
        }

        if (!differ)
        {
            return;
        }

        var claims = mentions
            .Select(c => (Value: value(c), Source: Source(c)))
            .Where(x => x.Value is not null)
            .GroupBy(x => x.Value!, StringComparer.Ordinal)
            .Select(g => new Claim(g.Key, g.Select(x => x.Source).Distinct().ToList()))
            .OrderByDescending(c => c.Sources.Count)
            .ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
        if (claims.Count > 1)
        {
            result.Add(new Disagreement(field, claims));
        }
    }

    private static string Source(CitedMention c) =>
        $"{c.Outlet ?? "unknown outlet"} ({c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"}, {c.Mention.Key})";

    internal static string FormatQuantity(Quantity q) =>
        q.Max == q.Min ? q.Min.ToString(CultureInfo.InvariantCulture)
        : q.Max is null ? $"{q.Min}+"
        : $"{q.Min}-{q.Max}";
}
