using System.Text.RegularExpressions;
using Dateline.Core.Stages.Extraction;

namespace Dateline.Core.Stages.Resolution;

/// <summary>
/// Actors the table lacks. A person named after a title ("President Bush", "Defence Secretary Tom King") and an
/// organisation whose capitalised name ends in a word for a body ("the Third World Water Forum", "the Kosovo Liberation
/// Army") are actors even when no table knows them, so an event does not lose its source or target. They carry no id.
/// </summary>
public sealed partial class ResolvingEntityRecognizer
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "On", "In", "At", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>Adds an actor without id for each titled person and each named body no other span covers.</summary>
    /// <example>"President Bush has threatened …" → actor "Bush"; "The Third World Water Forum concluded …" → actor "Third World Water Forum".</example>
    private void AddUnlistedActors(string sentence, List<EntitySpan> spans)
    {
        foreach (Match m in TitledPerson().Matches(sentence))
        {
            var name = m.Groups["name"];
            var text = name.Value.EndsWith("'s", StringComparison.Ordinal) || name.Value.EndsWith("’s", StringComparison.Ordinal) ? name.Value[..^2] : name.Value;
            var (start, end) = (name.Index, name.Index + text.Length);
            if (m.Value.StartsWith("Sheikh ", StringComparison.Ordinal)
                && (SheikhPlaceBefore().IsMatch(sentence.AsSpan(0, m.Index)) || SheikhPlaceAfter().IsMatch(sentence.AsSpan(end))))
            {
                continue; // "fought in Sheikh Aqeel", "captured Sheikh Abyad town": "Sheikh" opens many village names too.
            }

            // A title before a name makes it a person, even where a place has the name ("President Bush").
            var covered = spans.Where(s => s.Start < end && start < s.End).ToList();
            if (NotNames.Contains(text.Split(' ')[0]) || covered.Any(s => s.Kind != EntityKind.Place || s.Start < start || s.End > end)
                || scanner.FindMentions(text).Any(x => x.Kind is MatchKind.Country or MatchKind.Demonym))
            {
                continue;
            }

            spans.RemoveAll(covered.Contains);
            spans.Add(new EntitySpan(start, end, EntityKind.Actor, text, null, null, null, null));
        }

        foreach (Match m in NamedBody().Matches(sentence))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (NotNames.Contains(m.Value.Split(' ')[0]))
            {
                continue;
            }

            if (m.Value.EndsWith(" Front", StringComparison.Ordinal) && FrontLineBefore().IsMatch(sentence.AsSpan(0, start)))
            {
                continue; // "rebels on Ein Terma Front": a front line, a place; "the Polisario Front" stays a body.
            }

            // A country or demonym opening the name is the body's country ("Kenya Anti-Corruption Commission"); any
            // other span inside it means the table already knows a name there.
            var inside = spans.Where(s => s.Start < end && start < s.End).ToList();
            if (inside.Any(s => s.Start < start || s.End > end || s.Start != start || s.Id is not { Length: 2 }))
            {
                continue;
            }

            spans.RemoveAll(inside.Contains);
            spans.Add(new EntitySpan(start, end, EntityKind.Actor, m.Value, null, inside.FirstOrDefault()?.Country, null, null));
        }
    }

    // Where a "Sheikh …" name is a place: after a locative or a word of taking ground, or before a kind word.
    [GeneratedRegex(@"\b(?:" + PlaceWords.SheikhLocatives + @")\s+(?:the\s+)?$")]
    private static partial Regex SheikhPlaceBefore();

    [GeneratedRegex(@"^\s+(?:" + PlaceWords.KindsAfterName + @")\b")]
    private static partial Regex SheikhPlaceAfter();

    // A bare locative right before "X Front": "on Ein Terma Front", "along Jobar Front".
    [GeneratedRegex(@"\b(?:on|at|in|along|near)\s+$")]
    private static partial Regex FrontLineBefore();

    // "President Bush", "Defence Secretary Tom King", "Secretary-General Chedli Klibi", "General Michel Aoun", "Sheikh Hamad bin Khalifa al-Thani"
    [GeneratedRegex(@"\b(?:President|Vice-President|Minister|Secretary|Secretary-General|Premier|Chancellor|General|Gen\.|Colonel|King|Queen|Emir|Sheikh|Ambassador|Chairman|Senator|Governor|Mayor|Judge|Commander|[Ll]eader|spokesman|envoy|ambassador|mediator)\s+(?<name>[A-Z][\p{L}'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|der|du|le)\s+)?[A-Z][\p{L}'’-]+){0,3})")]
    private static partial Regex TitledPerson();

    // Two to six capitalised words (with "of", "for", "and", "the" inside) ending in a word for a body.
    [GeneratedRegex(@"\b(?!(?:The|A|An|In|On|At)\b)[A-Z][\p{L}'’-]+(?:\s+(?:(?:of|for|and|the|on)\s+)?[A-Z][\p{L}'’-]+){0,4}\s+(?:Forum|Office|Party|Union|Council|Front|Organization|Organisation|Commission|Commision|League|Movement|Agency|Court|Parliament|Committee|Association|Federation|Congress|Assembly|Alliance|Army|Institute|Bank|Fund|Programme|Program|Network|Society|Foundation|Coalition)\b")]
    private static partial Regex NamedBody();
}
