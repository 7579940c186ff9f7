
namespace Dateline.Core.Stages.Extraction;

/// <summary>The merge class of a mention's trigger ("talks" and "negotiations" share "talks").</summary>
internal static class TriggerClasses
{
    /// <summary>Class of <paramref name="trigger"/> in the trigger lexicon, or the type when the trigger is unknown.</summary>
    /// <example>"took control" → control; "took Palmyra" (the form "took ^") → control; "moved its forces back" → withdraw.</example>
    public static string ClassOf(string trigger, string type) => EntryOf(trigger, type)?.Class ?? type;

    /// <summary>The lexicon entry <paramref name="trigger"/> was found by, or null when the trigger is unknown.</summary>
    /// <example>"promised" (agree) → the verb entry of class accord; "truce" (agree) → the noun entry of class ceasefire.</example>
    public static TriggerEntry? EntryOf(string trigger, string type)
    {
        var words = trigger.Split(' ');
        if (TriggerLexicon.ByFirstWord.TryGetValue(words[0].ToLowerInvariant(), out var entries))
        {
            foreach (var e in entries)
            {
                if (e.Type == type && Fits(e.Words, words))
                {
                    return e;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a trigger's words are a lexicon form: "*" stands for one to four words, "^" for a capitalised one.</summary>
    private static bool Fits(string[] form, string[] words)
    {
        var gap = Array.IndexOf(form, "*");
        if (gap < 0)
        {
            return form.Length == words.Length && form.Zip(words).All(p => WordFits(p.First, p.Second));
        }

        var rest = form.Length - gap - 1;
        var inGap = words.Length - gap - rest;
        return inGap is >= 1 and <= 4
            && form.Take(gap).Zip(words).All(p => WordFits(p.First, p.Second))
            && form.Skip(gap + 1).Zip(words.Skip(gap + inGap)).All(p => WordFits(p.First, p.Second));
    }

    private static bool WordFits(string form, string word) =>
        form == "^" ? char.IsUpper(word[0]) : string.Equals(form, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The merge class of an ACLED sub-event type ("Air/drone strike" → strike, "Armed clash" → clash).</summary>
    public static string OfAcledSubEvent(string subEventType, string type) => subEventType switch
    {
        "Air/drone strike" or "Shelling/artillery/missile attack" => "strike",
        "Remote explosive/landmine/IED" or "Suicide bomb" or "Grenade" => "explosion",
        "Armed clash" => "clash",
        "Attack" => "attack",
        "Government regains territory" or "Non-state actor overtakes territory" or "Non-violent transfer of territory" => "control",
        "Peaceful protest" or "Protest with intervention" or "Excessive force against protesters" or "Violent demonstration" or "Mob violence" => "protest",
        "Agreement" => "accord",
        "Arrests" => "coerce",
        "Abduction/forced disappearance" => "coerce",
        _ => type,
    };

    // Words that name violence without saying its kind ("killed", "attack", "bombing") can stand for any of its kinds.
    private static readonly HashSet<string> Generic = ["attack", "killing", "bombing"];

    /// <summary>
    /// How well two classes can name one event: 1 for the same class, 0.5 when one is generic ("the attack" for an
    /// air raid), 0 when they name different kinds (a car bomb is not an air raid).
    /// </summary>
    public static double Compatibility(string a, string b) =>
        a == b ? 1.0 : SameKind(a, b) || IsTypeName(a) || IsTypeName(b) ? 0.5 : 0.0;

    /// <summary>
    /// True when two classes name one kind of event, or one is a generic word for violence: "the attack" can be an air
    /// raid, "the arrangement" a ceasefire; a bare type name ("agree" for "promised") names no kind.
    /// </summary>
    public static bool SameKind(string a, string b) => Generic.Contains(a) || Generic.Contains(b) || KindOf(a) == KindOf(b);

    // One battle is told as clashes, shelling and a captured position: "Shelling and street battles" and "troops
    // retook the hilltop" are one fight. A bomb going off is never one of them (a car bomb and an air raid on one
    // town on one day are two events).
    private static readonly HashSet<string> Combat = ["clash", "control", "strike"];

    /// <summary>
    /// The kind of event a class names: the combat classes are one kind, a meeting and talks are one ("the two
    /// leaders met" and "Saturday's talks" are one sitting), an accord and a ceasefire are one ("commanders agreed to
    /// halt fighting" and "a ceasefire took effect" on one day in one town are one truce), every other class its own.
    /// </summary>
    public static string KindOf(string c) => Combat.Contains(c) ? "combat" : c is "meeting" or "talks" ? "talks" : c is "accord" or "ceasefire" ? "accord" : c;

    /// <summary>True for a class that names a kind of event ("strike"), not a generic word ("attack") or a bare type.</summary>
    public static bool IsSpecific(string c) => !Generic.Contains(c) && !IsTypeName(c);

    // A class named like a PLOVER type says no more than the type (a GDELT row coded "assault").
    private static bool IsTypeName(string c) => c is "assault" or "protest" or "consult" or "agree" or "support" or "accuse"
        or "reject" or "threaten" or "request" or "sanction" or "mobilize" or "aid" or "retreat" or "coerce" or "investigate" or "cooperate" or "other";
}
