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
}
