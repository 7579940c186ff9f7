using System.Text.Json;
using Dateline.Core.Model;

namespace Dateline.Core.Evaluation;

/// <summary>A gold event of a merge evaluation set: the mentions (report file + quote) that state it.</summary>
/// <param name="Id">Gold event id ("E01").</param>
/// <param name="Description">What happened.</param>
/// <param name="Mentions">(report file name, exact quote inside the stating sentence).</param>
/// <param name="Type">PLOVER type in lower case ("assault"), or null when the line gives none.</param>
public sealed record GoldEvent(string Id, string Description, IReadOnlyList<(string Report, string Quote)> Mentions, string? Type = null);

/// <summary>Result of scoring merged events against gold clusters.</summary>
/// <param name="Aligned">Scores over the gold mentions the system found (clustering quality).</param>
/// <param name="All">Scores over all gold mentions, a missed one counting as a singleton (extraction + clustering).</param>
/// <param name="Coverage">Share of gold mentions aligned to a system mention.</param>
/// <param name="Errors">Gold events split over several system events, and system events joining several gold events.</param>
/// <param name="Alignments">Each gold mention with the system mention and event it was aligned to (nulls when missed).</param>
public sealed record MergeEvaluationResult(ClusterScores Aligned, ClusterScores All, double Coverage, IReadOnlyList<string> Errors, IReadOnlyList<GoldAlignment> Alignments);

/// <summary>One gold mention and what the system made of it: the mention in the quote's sentence and its event.</summary>
/// <param name="Gold">The gold event id ("E01").</param>
/// <param name="Report">The report file name.</param>
/// <param name="Quote">The gold quote.</param>
/// <param name="Event">The system event the mention ended in, or null when no mention lies in the quote's sentence.</param>
/// <param name="Mention">The aligned system mention, or null.</param>
public sealed record GoldAlignment(string Gold, string Report, string Quote, string? Event, Mention? Mention);

/// <summary>Aligns system mentions to gold mentions by the sentence that holds the quote, then scores clusterings.</summary>
public static class MergeEvaluation
{
    /// <summary>Reads gold events from JSON Lines (<c>{"event","description","mentions":[{"report","quote"}]}</c>).</summary>
    public static IReadOnlyList<GoldEvent> ReadGold(string jsonl, string name)
    {
        var result = new List<GoldEvent>();
        var lineNumber = 0;
        foreach (var line in jsonl.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var mentions = root.GetProperty("mentions").EnumerateArray()
                    .Select(m => (m.GetProperty("report").GetString()!, m.GetProperty("quote").GetString()!))
                    .ToList();
                var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                result.Add(new GoldEvent(root.GetProperty("event").GetString()!, root.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "", mentions, type));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: not a gold event line ({ex.Message.Split('.')[0]})", ex);
            }
        }

        return result;
    }

    /// <summary>Scores <paramref name="events"/> against <paramref name="gold"/>.</summary>
    /// <param name="gold">The gold events.</param>
    /// <param name="events">The system's events.</param>
    /// <param name="reportTexts">Report id → (file name, cleaned text), to find the quote's sentence.</param>
    public static MergeEvaluationResult Score(IReadOnlyList<GoldEvent> gold, IReadOnlyList<Event> events, IReadOnlyDictionary<string, (string File, string Text)> reportTexts)
    {
        var byFile = reportTexts.GroupBy(kv => kv.Value.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Id: g.First().Key, g.First().Value.Text), StringComparer.Ordinal);
        var mentionsByReport = events
            .SelectMany(e => e.Mentions.Select(c => (Event: e.Id, c.Mention)))
            .GroupBy(x => x.Mention.ReportId)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var goldMap = new Dictionary<string, string>(StringComparer.Ordinal);
        var systemMap = new Dictionary<string, string>(StringComparer.Ordinal);
        var alignments = new List<GoldAlignment>();
        foreach (var g in gold)
        {
            foreach (var (report, quote) in g.Mentions)
            {
                var item = $"{report}#{quote}";
                goldMap[item] = g.Id;
                var at = byFile.TryGetValue(report, out var r) ? r.Text.IndexOf(quote, StringComparison.Ordinal) : -1;
                var inSentence = at >= 0 && mentionsByReport.TryGetValue(r.Id, out var candidates)
                    ? candidates.Where(c => c.Mention.Start <= at && at < c.Mention.End).ToList()
                    : [];
                if (inSentence.Count == 0)
                {
                    alignments.Add(new GoldAlignment(g.Id, report, quote, null, null));
                    continue;
                }

                // Several mentions in the sentence: one of the gold event's type (in "the UN condemned the bombing" the
                // bombing is the assault, the condemning another event), then the one whose trigger is nearest the quote.
                var best = inSentence
                    .OrderBy(c => g.Type is null || string.Equals(c.Mention.Type, g.Type, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                    .ThenBy(c => TriggerDistance(c.Mention, at - c.Mention.Start, quote.Length))
                    .First();
                systemMap[item] = best.Event;
                alignments.Add(new GoldAlignment(g.Id, report, quote, best.Event, best.Mention));
            }
        }

        var aligned = goldMap.Where(kv => systemMap.ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var g in aligned.GroupBy(kv => kv.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var systemEvents = g.Select(kv => systemMap[kv.Key]).Distinct().Count();
            if (systemEvents > 1)
            {
                errors.Add($"{g.Key}: split over {systemEvents} events");
            }
        }

        foreach (var s in aligned.GroupBy(kv => systemMap[kv.Key]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var goldEvents = s.Select(kv => kv.Value).Distinct().Order(StringComparer.Ordinal).ToList();
            if (goldEvents.Count > 1)
            {
                errors.Add($"{s.Key}: joins {string.Join(", ", goldEvents)}");
            }
        }

        return new MergeEvaluationResult(
            ClusterScorer.Score(aligned, systemMap),
            ClusterScorer.Score(goldMap, systemMap),
            goldMap.Count == 0 ? 0 : (double)aligned.Count / goldMap.Count,
            errors,
            alignments);
    }

    private static int TriggerDistance(Mention m, int quoteStart, int quoteLength)
    {
        var t = m.Sentence.IndexOf(m.Trigger, StringComparison.Ordinal);
        if (t < 0)
        {
            return int.MaxValue;
        }

        if (t >= quoteStart && t < quoteStart + quoteLength)
        {
            return 0;
        }

        return t < quoteStart ? quoteStart - t : t - (quoteStart + quoteLength) + 1;
    }
}
