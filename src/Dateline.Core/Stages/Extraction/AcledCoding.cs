using System.Text.RegularExpressions;
using Dateline.Core.Model;
using Dateline.Core.Stages.Resolution;

namespace Dateline.Core.Stages.Extraction;

/// <summary>ACLED's event_type and sub_event_type for a mention.</summary>
/// <param name="EventType">"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments".</param>
/// <param name="SubEventType">"Armed clash", "Air/drone strike", …</param>
public sealed record AcledCode(string EventType, string SubEventType);

/// <summary>
/// ACLED coding of violent events, protests and strategic developments from a mention's trigger class, its actors and
/// the cue words of its sentence. Rules follow ACLED's codebook definitions; each carries an example.
/// </summary>
public static partial class AcledCoding
{
    /// <summary>The ACLED code of <paramref name="m"/>, or null when ACLED would not code it (statements, meetings).</summary>
    public static AcledCode? Of(Mention m)
    {
        var cls = TriggerClasses.ClassOf(m.Trigger, m.Type);
        var s = m.Sentence;
        // The trigger classes of the whole sentence, found once when a rule first asks (finding them tokenizes it again).
        IReadOnlyList<string>? sentenceClasses = null;
        IReadOnlyList<string> Classes() => sentenceClasses ??= ExtractionStage.ClassesIn(s).ToList();

        // A killing during a ground fight told in the same sentence is a casualty of the battle, as ACLED codes it ("a
        // farmer was killed by a landmine during clashes" → Armed clash); else it is coded by its means ("3 soldiers
        // were killed when their vehicle hit a roadside bomb" → Remote explosive/landmine/IED; "5 militants were killed
        // by an airstrike" → Air/drone strike).
        // "a raid by commando forces": a raid with no aircraft named is a ground assault.
        if (cls == "strike" && Regex.IsMatch(m.Trigger, "^raids?$", RegexOptions.IgnoreCase) && !AirCue().IsMatch(s))
        {
            cls = "attack";
        }

        // "a civilian was kidnapped and killed": an abduction that ends in a killing is coded as the killing.
        if (cls == "coerce" && AbductionCue().IsMatch(m.Trigger) && Classes().Contains("killing"))
        {
            cls = "killing";
        }

        if (cls == "killing" && GroundFight(Classes()) is not null)
        {
            return new("Battles", "Armed clash");
        }

        if (cls == "killing" && MeansOf(Classes()) is { } means)
        {
            cls = means;
        }

        switch (cls)
        {
            // ACLED codes remote violence that backs a ground fight told in the same sentence as the fight ("Under heavy
            // shelling, clashes took place near the dam" → Battles / Armed clash; "backed by airstrikes, the army
            // captured the hill" → Battles / Government regains territory).
            case "strike" when GroundFight(Classes()) is { } ground:
                return new("Battles", ground == "control" ? TerritorySubType(m) : "Armed clash");

            // "jets bombed the town" → Air/drone strike; "shelled the village" → Shelling/artillery/missile attack
            // With no weapon named, who fired decides: armed groups have no aircraft ("militants pounded a military base"
            // → Shelling/artillery/missile attack).
            case "strike":
                return new("Explosions/Remote violence", AirCue().IsMatch(s) ? "Air/drone strike" : ShellCue().IsMatch(s) ? "Shelling/artillery/missile attack"
                    : m.Actors.Any(a => a.Role == ActorRole.Initiator && a.Id is not null && !IsStateForce(a, null)) ? "Shelling/artillery/missile attack" : "Air/drone strike");

            // "a bomb detonated prematurely", "police defused a roadside bomb" → Disrupted weapons use
            case "explosion" or "bombing" when DisruptedCue().IsMatch(s):
                return new("Strategic developments", "Disrupted weapons use");

            // "a car bomb exploded" → Remote explosive/landmine/IED; "a suicide bomber blew himself up" → Suicide bomb
            case "explosion" or "bombing":
                return new("Explosions/Remote violence", SuicideCue().IsMatch(s) ? "Suicide bomb" : GrenadeCue().IsMatch(s) ? "Grenade"
                    : AirCue().IsMatch(s) && cls == "bombing" ? "Air/drone strike" : "Remote explosive/landmine/IED");

            // "regime forces took control of the village" → Government regains territory
            case "control":
                return new("Battles", TerritorySubType(m));

            // "gunmen killed a teacher" → Violence against civilians / Attack; "clashes between X and Y" → Armed clash
            // A fight whose sentence tells ground taken is coded by its outcome: "clashes broke out and the regime was
            // able to regain control of the plant" → Government regains territory.
            case "clash" or "attack" when GroundFight(Classes()) == "control":
                return new("Battles", TerritorySubType(m));

            // A fight between two sides is a battle, whoever else it harms: "a farmer was killed during clashes".
            case "clash":
                return new("Battles", "Armed clash");

            // The victims decide, not the attackers: "2 civilians were killed by Afghan forces" is an attack on civilians
            // though "forces" are named; "militants abducted 6 soldiers" is a battle (ACLED codes taking armed men as one).
            case "attack" or "killing":
                var victims = VictimText(m);
                var armed = ArmedTargetCue().IsMatch(victims);
                if (cls == "attack" && AbductionCue().IsMatch(s) && !armed)
                {
                    return new("Violence against civilians", "Abduction/forced disappearance");
                }

                return CivilianTargetCue().IsMatch(victims) && !armed
                    ? new("Violence against civilians", "Attack")
                    : new("Battles", "Armed clash");

            // "protesters marched" → Peaceful protest; "police fired tear gas at protesters" → Protest with intervention
            case "protest":
                if (RiotCue().IsMatch(s))
                {
                    return new("Riots", "Violent demonstration");
                }

                if (Regex.IsMatch(s, @"\b(?:killed|shot dead|live fire|live ammunition)\b", RegexOptions.IgnoreCase))
                {
                    return new("Protests", "Excessive force against protesters");
                }

                return new("Protests", InterventionCue().IsMatch(s) ? "Protest with intervention" : "Peaceful protest");

            case "accord" or "ceasefire":
                return new("Strategic developments", "Agreement");
            // "gunmen abducted two aid workers" → Violence against civilians / Abduction/forced disappearance
            // "rebels captured four soldiers" → Armed clash; "gunmen seized two farmers" → Abduction; "police seized drugs" → none.
            case "coerce" when Regex.IsMatch(m.Trigger, "^(?:captured?|seized?)$", RegexOptions.IgnoreCase):
                var taken = VictimText(m);
                return ArmedTargetCue().IsMatch(taken) ? new("Battles", "Armed clash")
                    : CivilianTargetCue().IsMatch(taken) ? new("Violence against civilians", "Abduction/forced disappearance") : null;
            case "coerce" when AbductionCue().IsMatch(m.Trigger):
                return new("Violence against civilians", "Abduction/forced disappearance");
            case "coerce" when Regex.IsMatch(m.Trigger, "arrest|detain", RegexOptions.IgnoreCase):
                return new("Strategic developments", "Arrests");
            // "25 soldiers switched sides and joined the insurgents" → Change to group/activity
            case "defect":
                return new("Strategic developments", "Change to group/activity");
            // "30 militants surrendered to the army" → Agreement; "92 hostages were freed" → Other; "rebels withdrew from
            // the town" → Non-violent transfer of territory.
            case "withdraw" when Regex.IsMatch(m.Trigger, "^surrender", RegexOptions.IgnoreCase):
                return new("Strategic developments", "Agreement");
            case "withdraw" when Regex.IsMatch(m.Trigger, "^(?:released|freed|release)$", RegexOptions.IgnoreCase):
                return new("Strategic developments", "Other");
            case "withdraw":
                return new("Strategic developments", "Non-violent transfer of territory");
            case "mobilize":
                return new("Strategic developments", "Other");
            default:
                return null;
        }
    }

    /// <summary>
    /// Who took the ground decides: the forces of the state where it lies regain it; anyone else, a foreign army too,
    /// overtakes it (ACLED's codebook: "a non-state actor or foreign state actor … acquires control of a location").
    /// </summary>
    /// <example>"Tiger Forces captured the village" in Syria → Government regains territory; "Turkish forces took Al-Bab"
    /// → Non-state actor overtakes territory.</example>
    private static string TerritorySubType(Mention m)
    {
        // "Clashes between regime forces and IS, where regime forces were able to advance": with no initiator, the side
        // named first.
        var takers = m.Actors.Where(a => a.Role == ActorRole.Initiator).ToList() is { Count: > 0 } initiators ? initiators
            : m.Actors.Where(a => a.Role == ActorRole.Participant).Take(1).ToList();
        return takers.Any(a => IsStateForce(a, m.Location?.Country)) ? "Government regains territory" : "Non-state actor overtakes territory";
    }

    /// <summary>The class of the first weapon its sentence uses (an explosive or a strike), from the sentence's trigger classes; or null.</summary>
    /// <example>"killed when their vehicle hit a roadside bomb" → explosion; "killed by an airstrike" → strike; "gunmen
    /// killed a teacher" → null.</example>
    private static string? MeansOf(IReadOnlyList<string> classes) =>
        classes.FirstOrDefault(c => c is "explosion" or "bombing" or "strike");

    /// <summary>
    /// The words that name who suffered the event: before a passive trigger (its subject), after an active one (its
    /// object), without the agent phrase ("by Afghan forces").
    /// </summary>
    /// <example>"2 civilians were killed by Afghan forces fire" → "2 civilians"; "Taliban militants shot a woman" → " a woman".</example>
    private static string VictimText(Mention m)
    {
        var at = m.Sentence.IndexOf(m.Trigger, StringComparison.Ordinal);
        if (at < 0)
        {
            return m.Sentence;
        }

        var before = m.Sentence[..at];
        var victims = PassiveAuxiliary().IsMatch(before) ? before : m.Sentence[(at + m.Trigger.Length)..];
        return AgentPhrase().Replace(victims, " ");
    }

    [GeneratedRegex(@"\b(?:was|were|been|being)\s+(?:[a-z]+\s+)?$")]
    private static partial Regex PassiveAuxiliary();

    // "by Afghan forces fire", "by a Taliban militant": the agent of a passive, up to four words.
    [GeneratedRegex(@"\bby (?:[\w'-]+ ?){1,4}")]
    private static partial Regex AgentPhrase();

    /// <summary>"control" when the sentence (its trigger classes) tells ground taken, "clash" when it tells a fight, else null.</summary>
    private static string? GroundFight(IReadOnlyList<string> classes) =>
        classes.Contains("control") ? "control" : classes.Contains("clash") ? "clash" : null;

    /// <summary>A state's army, police or government (by the actor table's kind, else by its name), not of another country
    /// than <paramref name="placeCountry"/> when both are known.</summary>
    private static bool IsStateForce(ActorRef a, string? placeCountry)
    {
        var entry = a.Id is { } id ? ActorTable.Default.Get(id) : null;
        var state = entry is not null
            ? entry.Kind is ActorKind.Military or ActorKind.Police or ActorKind.Government
            : Regex.IsMatch(a.Name, @"\b(?:Military|Army|Armed Forces|Police|Government|Forces of)\b");
        return state && (placeCountry is null || entry?.Country is not { } country || country == placeCountry);
    }

    [GeneratedRegex(@"\b(?:air ?strikes?|air ?raids?|jets?|warplanes?|aircraft|helicopters?|drones?|aerial|airstrikes?|bombers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AirCue();

    [GeneratedRegex(@"\b(?:shell(?:s|ed|ing)?|artillery|mortars?|rockets?|missiles?|barrel bombs?|howitzers?|tanks? fired|rpgs?|rocket-propelled grenades?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShellCue();

    [GeneratedRegex(@"\b(?:prematurely|defused|defusing|dismantled|accidentally|while (?:planting|making|transporting|assembling))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DisruptedCue();

    [GeneratedRegex(@"\bsuicide\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuicideCue();

    [GeneratedRegex(@"\bgrenades?\b", RegexOptions.IgnoreCase)]
    private static partial Regex GrenadeCue();

    [GeneratedRegex(@"\b(?:abduct(?:ed|s|ion)?|kidnapp?(?:ed|ing)?|disappeared|hostages?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AbductionCue();

    [GeneratedRegex(@"\b(?:civilians?|villagers?|residents?|worshippers?|teachers?|students?|children|women|girls|boys|farmers?|shopkeepers?|scholars?|journalists?|doctors?|an? (?:man|woman|boy|girl)|family|passengers?|elders?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CivilianTargetCue();

    [GeneratedRegex(@"\b(?:soldiers?|troops|forces|police(?:m[ae]n|wom[ae]n)?|militants?|fighters?|insurgents?|rebels?|commanders?|checkpoints?|army|security|guards?|bodyguards)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArmedTargetCue();

    [GeneratedRegex(@"\b(?:rioters?|riots?|threw stones|set fire|torched|burned tyres|looted|stormed the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RiotCue();

    [GeneratedRegex(@"\b(?:tear gas|water cannon|dispersed|arrested|detained|beat|rubber bullets|police intervened)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InterventionCue();
}
