using Dateline.Core.Stages.Extraction;

namespace Dateline.Core.Stages.Merging;

/// <summary>The merge class of a mention's trigger ("talks" and "negotiations" share "talks").</summary>
internal static class TriggerClasses
{
    /// <summary>Class of <paramref name="trigger"/> in the trigger lexicon, or the type when the trigger is unknown.</summary>
    public static string ClassOf(string trigger, string type)
    {
        var words = trigger.ToLowerInvariant().Split(' ');
        if (TriggerLexicon.ByFirstWord.TryGetValue(words[0], out var entries))
        {
            foreach (var e in entries)
            {
                if (e.Type == type && e.Words.Length == words.Length && e.Words.SequenceEqual(words))
                {
                    return e.Class;
                }
            }
        }

        return type;
    }

    // Words that name violence without saying its kind ("killed", "attack", "bombing") can stand for any of its kinds.
    private static readonly HashSet<string> Generic = ["attack", "killing", "bombing"];

    /// <summary>
    /// How well two classes can name one event: 1 for the same class, 0.5 when one is generic ("the attack" for an
    /// air raid), 0 when they name different kinds (a car bomb is not an air raid).
    /// </summary>
    public static double Compatibility(string a, string b) =>
        a == b ? 1.0 : Generic.Contains(a) || Generic.Contains(b) ? 0.5 : 0.0;
}
