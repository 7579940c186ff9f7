using System.Text.RegularExpressions;

namespace Dateline.Core.Stages.Extraction;

/// <summary>
/// PLOVER's mode: how an event of a type was carried out, where the sentence says it. Only the modes a trigger or its
/// sentence shows plainly are given; otherwise null (no guess).
/// </summary>
/// <example>"Jets bombed the town" → assault/aerial; "Prisoners rioted" → protest/riot; "Police arrested 30" → coerce/arrest.</example>
internal static partial class PloverModes
{
    /// <summary>The mode of an event of <paramref name="type"/> named by <paramref name="trigger"/> in <paramref name="sentence"/>, or null.</summary>
    public static string? Of(string type, string trigger, string sentence)
    {
        var t = trigger.ToLowerInvariant();
        return type switch
        {
            // The weapon the trigger names wins over other weapons in the sentence: "a car bomb … gunmen fled" → explosive.
            "assault" => AssaultMode(t) ?? AssaultMode(sentence.ToLowerInvariant()),
            "protest" => t.Contains("riot", StringComparison.Ordinal) ? "riot"
                : t.Contains("strike", StringComparison.Ordinal) || t.Contains("stopped work", StringComparison.Ordinal) ? "strike"
                : t.Contains("boycott", StringComparison.Ordinal) ? null
                : "demonstrate",
            "coerce" => Arrest().IsMatch(t) ? "arrest"
                : t.Contains("curfew", StringComparison.Ordinal) ? "curfew"
                : t.Contains("ban", StringComparison.Ordinal) ? "ban"
                : Deport().IsMatch(t) ? "deport"
                : null,
            "retreat" => Release().IsMatch(t) ? "release" : Withdraw().IsMatch(t) ? "withdraw" : null,
            "accuse" => Investigate().IsMatch(t) ? "investigate" : null,
            "consult" => t.StartsWith("visit", StringComparison.Ordinal) || t.StartsWith("arriv", StringComparison.Ordinal) || t is "toured" or "trip" or "tour" ? "visit" : null,
            _ => null,
        };
    }

    private static string? AssaultMode(string text) =>
        Aerial().IsMatch(text) ? "aerial"
        : Explosive().IsMatch(text) ? "explosive"
        : Firearms().IsMatch(text) ? "firearms"
        : Beat().IsMatch(text) ? "beat"
        : null;

    // "airstrike", "air raid", "warplanes", "helicopter gunships", "drone strike", "bombed from the air"
    [GeneratedRegex(@"\b(air ?strikes?|air raids?|aerial|warplanes?|jets?|helicopters?|gunships?|drones?|air force)\b")]
    private static partial Regex Aerial();

    // "car bomb", "IED", "blast", "suicide bomber", "detonated", "blew up", "landmine"
    [GeneratedRegex(@"\b(bombs?|bombings?|bomber|ied|ieds|explosions?|explosives?|blasts?|detonated|blew up|landmines?|mines?|grenades?)\b")]
    private static partial Regex Explosive();

    // "shot dead", "gunmen", "opened fire", "sniper"
    [GeneratedRegex(@"\b(shot|shoots?|shooting|gunmen|gunfire|gunfight|opened fire|snipers?|rifles?|firearms?|machine guns?)\b")]
    private static partial Regex Firearms();

    // "beat up", "tortured", "beaten"
    [GeneratedRegex(@"\b(beat|beaten|beating|tortured|torture)\b")]
    private static partial Regex Beat();

    [GeneratedRegex(@"\b(arrest\w*|detain\w*|detention|rounded up|jailed|imprisoned)\b")]
    private static partial Regex Arrest();

    [GeneratedRegex(@"\b(deport\w*|expelled|evicted|forced out)\b")]
    private static partial Regex Deport();

    [GeneratedRegex(@"\b(investigat\w*|probed?|inquiry|hearing)\b")]
    private static partial Regex Investigate();

    [GeneratedRegex(@"\b(release\w*|freed|prisoner swap|prisoner exchange)\b")]
    private static partial Regex Release();

    [GeneratedRegex(@"\b(withdr\w*|pulled out|pulled back|retreat\w*|pullback|pull-back|moved back|disengagement)\b")]
    private static partial Regex Withdraw();
}
