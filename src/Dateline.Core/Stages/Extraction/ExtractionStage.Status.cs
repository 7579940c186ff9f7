using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Core.Stages.Extraction;

// Status and attribution: what the cue words around a trigger say of it (planned, denied, claimed …) and who said so.
public sealed partial class ExtractionStage
{
    /// <summary>Status from the cue words of the trigger's window.</summary>
    /// <example>"talks, which are scheduled to be held" → planned; "claimed responsibility" → claimed; "if talks fail" → hypothetical.</example>
    private static EventStatus DecideStatus(string text, int windowStart, int windowEnd, Trigger trigger)
    {
        var window = text[windowStart..windowEnd];
        var before = text[windowStart..trigger.Start];
        if (DeniedCue().IsMatch(window))
        {
            return EventStatus.Denied;
        }

        if (ClaimedCue().IsMatch(window))
        {
            return EventStatus.Claimed;
        }

        if (HypotheticalCue().IsMatch(before))
        {
            return EventStatus.Hypothetical;
        }

        if (PlannedCue().IsMatch(window))
        {
            return AnnouncedCue().IsMatch(before) ? EventStatus.Announced : EventStatus.Planned;
        }

        if (OngoingCue().IsMatch(window) && !SinceCue().IsMatch(window) && !CompletedCue().IsMatch(window))
        {
            return EventStatus.Ongoing;
        }

        return EventStatus.Occurred;
    }

    private static string? FindAttribution(string text)
    {
        // Cheap test first: most sentences name no source.
        if (!AttributionWords().IsMatch(text))
        {
            return null;
        }

        var m = AttributionPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var group = m.Groups.Cast<Group>().Skip(1).FirstOrDefault(g => g.Success && g.Length > 0);
        return group?.Value.Trim().TrimEnd('.', ',');
    }

    [GeneratedRegex(@"\b(?:said|says|told|reported|announced|according|quoted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionWords();

    [GeneratedRegex(@"\b(?:denied|denies|deny|dismissed reports)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeniedCue();

    [GeneratedRegex(@"\b(?:claimed|claims|claim)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimedCue();

    // "if talks fail", "the strike could widen"; but "could not" tells a past fact: in "it could not determine who
    // planted the bomb" the bomb went off.
    [GeneratedRegex(@"\b(?:if|unless|could(?! not\b)|might|may|providing that|provided that|in case|would)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HypotheticalCue();

    [GeneratedRegex(@"\b(?:will|shall|to be held|scheduled|due to|set to|plans? to|planned|planning to|upcoming|expected to|is to|are to|would be held|next (?:week|month|year)|later this (?:week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlannedCue();

    [GeneratedRegex(@"\b(?:announced|vowed|pledged|promised|declared)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncedCue();

    // "fighting continues", "clashes are raging"; a present perfect of going on ("fighting has continued") and a stop
    // that never came ("though fighting never stopped", "the shelling has not ceased") say the event goes on too.
    [GeneratedRegex(@"\b(?:continues?|continuing|ongoing|still|(?:is|are|am) (?:\w+ )?\w+ing|(?:has|have) (?:\w+ )?continued|(?:never|not) (?:stopped|ceased|ended|let up))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OngoingCue();

    // "The first round of talks is over, and both camps are claiming victory": an event said to be over is done,
    // whatever else is going on in the sentence.
    [GeneratedRegex(@"\b(?:is|are) (?:now )?over\b|\b(?:has|have) (?:now )?(?:ended|finished|concluded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedCue();

    [GeneratedRegex(@"\bsince\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceCue();

    // "according to the Syrian Observatory", "quoted by the official Syrian Arab News Agency (SANA) as saying",
    // "the ministry said", "said a spokesman for the army"
    [GeneratedRegex(@"\b(?i:according to) (?:the )?([A-Z][\w'’.-]*(?: (?:of |for |the |al-)?[A-Z][\w'’.-]*)*)|\bquoted by (?:the )?(?:official )?([A-Z][\w'’.-]*(?: [A-Z(][\w'’.()-]*)*) as saying|\b((?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]*) (?:said|says|told|reported|announced)\b")]
    private static partial Regex AttributionPattern();
}
