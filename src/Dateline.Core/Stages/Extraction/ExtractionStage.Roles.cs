using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Core.Stages.Extraction;

// Roles: who did what to whom — the actors of a trigger's clause as initiator, target or mediator.
public sealed partial class ExtractionStage
{
    /// <summary>"12 militants were killed", "the town was shelled": the subject suffers the event.</summary>
    // "was killed", "were shot and killed": the auxiliary may stand before a first participle joined by "and".
    // "is prepared to lift", "is committed to opening": an adjective before "to" states the subject's own stance.
    // "two policemen were shot by gunmen", "the convoy was hit by a bomb": irregular participles of trigger verbs.
    private static bool IsPassive(List<Token> tokens, Trigger trigger) =>
        trigger.Entry.Kind == TriggerKind.Verb && (tokens[trigger.First].Lower.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(tokens[trigger.First].Lower))
        && trigger.Entry.Words[^1] != "to"
        && tokens.Take(trigger.First).TakeLast(trigger.First >= 3 && tokens[trigger.First - 1].Lower == "and" ? 4 : 2)
            .Any(t => t.Lower is "was" or "were" or "been" or "being" or "is" or "are");

    private static readonly HashSet<string> IrregularParticiples = ["shot", "hit", "struck", "taken", "held", "found", "overrun", "beaten", "driven"];

    private static (IReadOnlyList<ActorRef> Actors, PlaceRef? Location) AssignRoles(
        string text, IReadOnlyList<EntitySpan> found, Trigger trigger, int windowStart, int windowEnd, bool passive)
    {
        var actors = new List<ActorRef>();
        EntitySpan? place = null;
        var bestPlaceDistance = int.MaxValue;
        foreach (var e in found)
        {
            var prep = PrecedingWord(text, e.Start);
            if (e.Kind == EntityKind.Place || (e.Kind == EntityKind.Actor && e.Lat is not null && prep is "in" or "at" or "near" or "to" or "into" or "over"
                && !(prep == "to" && BelongsTo().IsMatch(text.AsSpan(0, e.Start)))))
            {
                // A town's part ("in eastern Homs") is still the town; a country's ("in northern Israel", "in southern
                // Lebanon") is a region, and a country as an actor keeps its own word before it. What is taken is a place
                // too: "captured Talat Aaloush", "stormed Al-Bab", "took Hamran"; and where a force goes: "entered Al-Rashdeen",
                // "advance towards Mansoura".
                var placePrep = e.Kind == EntityKind.Place ? PlaceWordBefore(text, e, townPart: true) : prep;
                if (placePrep is "in" or "at" or "near" or "outside" or "over" or "into" or "to" or "across" or "around" or "of" or "on"
                    or "captured" or "recaptured" or "seized" or "retook" or "stormed" or "took" or "controlled" or "enter" or "entered"
                    or "entering" or "towards" or "toward" or "surrounding"
                    || (e.Kind == EntityKind.Place && (KindWordAfter().IsMatch(text.AsSpan(e.End)) || KindWordEnds().IsMatch(text.AsSpan(e.Start, e.End - e.Start))
                        || CountrysideAfter().IsMatch(text.AsSpan(e.End)))))
                {
                    var distance = e.Start >= trigger.End ? e.Start - trigger.End : trigger.Start - e.End;
                    if (e.Kind == EntityKind.Place && ModifiedNoun(text, e) is >= 0 and var noun && (noun != trigger.Start || e.Id is { Length: 2 }))
                    {
                        // A place that modifies an event noun is that event's place ("he was counting on the Astana meeting
                        // and ready to talk": Astana is the meeting's), and a country that modifies the trigger's own noun
                        // is its subject ("two days of Syria negotiations in Astana" are held in Astana); either counts
                        // only if the sentence names no other place.
                        distance += text.Length;
                    }

                    if (e.End <= trigger.Start && windowStart > 0 && EarlierClause(text, e.End, trigger.Start))
                    {
                        // "arrived in Syria on 5 January and visited Aleppo the next day": Syria is where the earlier
                        // verb happened; "visited" takes a place of its own clause, Syria only if it has none.
                        distance += text.Length;
                    }

                    if (NamesAnEventNoun(text, e))
                    {
                        // A place naming an event noun is its topic or tells which one it is more than where the trigger
                        // happened: "Two days of Syria negotiations in Astana" are in Astana, "was counting on the Astana
                        // meeting" is said in Damascus. A place the clause gives with a preposition comes first; "two days
                        // of Syria negotiations ended" alone are still in Syria.
                        distance += text.Length;
                    }

                    var inWindow = e.Start >= windowStart && e.End <= windowEnd;
                    if (inWindow && distance < bestPlaceDistance)
                    {
                        bestPlaceDistance = distance;
                        place = e;
                    }
                }

                continue;
            }

            var role = DecideRole(text, e, trigger, prep);
            if (passive && role is ActorRole.Initiator or ActorRole.Participant && e.End <= trigger.Start && prep != "by"
                && !BetweenCue().IsMatch(text[..e.Start]))
            {
                // Passive voice: the subject is the target ("1 policeman was killed by Taliban" → police, target).
                role = ActorRole.Target;
            }
            if (role is { } r && !actors.Any(a => a.Name == e.Name))
            {
                actors.Add(new ActorRef(e.Name, r, e.Id));
            }
        }

        // "A missionary was arrested in Lebanon": with no agent named, an arrest or inquiry in a country is its state's.
        if (passive && trigger.Entry.Type is "coerce" or "accuse" && place is { Id: { Length: 2 } state } && place.Country == state
            && !actors.Any(a => a.Role == ActorRole.Initiator))
        {
            actors.Add(new ActorRef(place.Name, ActorRole.Initiator, state));
        }

        place = place is null ? null : Narrowest(text, found, place, windowStart, windowEnd);
        return (actors, place is null ? null : Located(text, found, place));
    }

    /// <summary>Whether the word right after a place, in one phrase, is an event noun of the lexicon.</summary>
    /// <example>"Syria negotiations", "the Astana meeting" → true; "Astana on Monday", "Aleppo, where" → false.</example>
    private static bool NamesAnEventNoun(string text, EntitySpan e)
    {
        var start = e.End;
        if (start >= text.Length || text[start] != ' ')
        {
            return false;
        }

        start++;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start && TriggerLexicon.ByFirstWord.TryGetValue(text[start..end].ToLowerInvariant(), out var entries)
            && entries.Any(x => x.Kind == TriggerKind.Noun);
    }

    /// <summary>
    /// Whether a coordinating "and" (or "then") stands between a place and the trigger after it, so that the place belongs
    /// to the clause of the trigger before: "arrived in Syria on 5 January | and visited …".
    /// </summary>
    private static bool EarlierClause(string text, int from, int to) =>
        ClauseJoin().IsMatch(text.AsSpan(from, to - from));

    [GeneratedRegex(@"(?:^|[\s,])(?:and|then)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseJoin();

    /// <example>"mediated by Russia" → mediator; "by Syrian forces" (passive) → initiator; "Assad met X" → initiator, target.</example>
    private static ActorRole? DecideRole(string text, EntitySpan e, Trigger trigger, string? prep)
    {
        var before = text[..e.Start];
        if (MediatorCue().IsMatch(before))
        {
            return ActorRole.Mediator;
        }

        if (prep == "by")
        {
            return ActorRole.Initiator;
        }

        // "the deployment of NATO troops", "the withdrawal of Russian forces": a movement noun's "of" names who moves.
        if (prep == "of" && e.Start >= trigger.End && e.Start - trigger.End <= 5 && trigger.Entry.Kind == TriggerKind.Noun && MoverNouns.Contains(trigger.Entry.Words[^1]))
        {
            return ActorRole.Initiator;
        }

        if (prep is "between" or "and" && BetweenCue().IsMatch(before))
        {
            return ActorRole.Participant;
        }

        if (e.End <= trigger.Start)
        {
            // Only a preposition makes an actor before the verb a bystander ("talks with Russia, Iran said"); a title
            // or determiner still leaves it the subject ("Russian President Boris Yeltsin hosted …" → Yeltsin, initiator).
            return prep is null or "the" or "," or "and" || (IsPerson(e) && TitleBefore(text, e.Start))
                || (IsNamedBody(e) && !SubjectBlockers.Contains(prep)) || OpensSentence(before) ? ActorRole.Initiator : ActorRole.Participant;
        }

        return e.Start - trigger.End < 80 ? ActorRole.Target : ActorRole.Participant;
    }

    // Nouns of a side moving its own forces, whose "of" is the side (unlike "the release of prisoners").
    private static readonly HashSet<string> MoverNouns = new(StringComparer.Ordinal)
    {
        "deployment", "mobilization", "mobilisation", "withdrawal", "pullback", "pull-back", "retreat", "disengagement",
    };

    /// <summary>People (and unlisted names) carry titles; armed groups and states do not ("Afghan Army" stays as it is).</summary>
    private static bool IsPerson(EntitySpan e) =>
        e.Id is null || e.Id.StartsWith("person:", StringComparison.Ordinal) || e.Id.StartsWith("phx:", StringComparison.Ordinal);

    /// <summary>
    /// A person or a named organisation (not a country, nor a country's forces or government): a word before it that
    /// is no preposition is its description, so it is still the subject.
    /// </summary>
    /// <example>"rights watchdog Amnesty International accused …", "Palestinian leader Yasser Arafat rejected …".</example>
    private static bool IsNamedBody(EntitySpan e) => IsPerson(e) || (e.Id is { Length: > 2 } id && !id.Contains('.', StringComparison.Ordinal));

    /// <summary>Words that, just before an actor, show it is not the subject of the verb that follows.</summary>
    /// <example>"fighting with the Taliban" → "with"; "the army of Syria" → "of".</example>
    private static readonly HashSet<string> SubjectBlockers = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "for", "with", "to", "from", "against", "on", "at", "about", "over", "under", "after", "before",
        "among", "than", "like", "into", "near", "through", "during", "including", "without", "toward", "towards",
        "behind", "between", "across", "around", "inside", "outside", "upon", "via", "within", "says", "said", "by",
        "that", "whom", "whose", "as", "a", "an", "told", "urged", "asked", "called", "accused", "met", "killed", "attacked",
    };

    /// <summary>
    /// The actor opens the sentence after only a determiner, a number or a few describing words, so it is the subject:
    /// "A top U.S. official praised …", "Five hundred Ugandan rebels surrendered …", "Thousands of Iraqi Kurds demonstrated …".
    /// A preposition or verb among those words ("killed in clashes with …") makes it no subject.
    /// </summary>
    private static bool OpensSentence(string before)
    {
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 5)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i > 0 && !char.IsLower(w[0]) && !char.IsDigit(w[0]))
            {
                return false; // another name before it: "Israel and Hamas …" is handled by the comma/and rule, not here.
            }

            var lower = w.ToLowerInvariant();
            if (!w.All(c => char.IsLetterOrDigit(c) || c is ',' or '.' or '-') || (w.EndsWith(',') && !char.IsDigit(w[0]))
                || OpeningPrepositions.Contains(lower)
                || (SubjectBlockers.Contains(lower) && !(lower is "of" or "a" or "an" && (i == 0 || lower == "of" && Quantities.Contains(words[i - 1].ToLowerInvariant())))
                    && !(i > 0 && (lower, words[i - 1].ToLowerInvariant()) is ("to", "up") or ("than", "more") or ("than", "fewer"))))
            {
                return false;
            }
        }

        return true;
    }

    // Prepositions that open a sentence with a background phrase: "Amid Turkey's shelling, clashes continued …".
    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.Ordinal)
    {
        "amid", "amidst", "despite", "following", "since", "until", "unlike", "beyond", "along", "besides", "regarding", "if",
        "when", "while", "after", "because", "although", "though", "once", "unless", "whereas", "where", "as", "in", "on",
    };

    // Words that count people before "of": "thousands of", "a group of".
    private static readonly HashSet<string> Quantities = new(StringComparer.Ordinal)
    {
        "thousands", "hundreds", "dozens", "scores", "tens", "millions", "group", "number", "band", "crowd", "crowds", "team", "delegation",
    };

    /// <summary>A capitalised word right before the actor is part of its title, not a preposition.</summary>
    /// <example>"Russian President Boris Yeltsin" → true for Yeltsin; "talks with Russia" → false.</example>
    private static bool TitleBefore(string text, int start)
    {
        var (begin, end) = Token.Before(text, start);
        return end - begin > 1 && char.IsUpper(text[begin]) && (begin == 0 || text[begin - 1] == ' ');
    }

    // "in the clashes", "During the fighting", "during these clashes", "in clashes with": an event already told
    [GeneratedRegex(@"\b(?:[Ii]n|[Dd]uring|[Ff]rom|[Aa]mid) (?:the |these |this |those )?(?:clashes|fighting|attacks?|battles?|shelling|fight|assault|raids?|bombardment)\b")]
    private static partial Regex BackReference();

    [GeneratedRegex(@"\b(?:mediated|brokered|hosted|facilitated|sponsored)(?: \w+)? by\b[^.;]*$|\bmediat(?:or|ors|ion) of\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex MediatorCue();

    [GeneratedRegex(@"\bbetween\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenCue();

    // "warplanes, suspected to belong to the US", "forces loyal to Iran": whose they are, not where anything happened.
    [GeneratedRegex(@"\b(?:belong(?:s|ed|ing)?|loyal|affiliated|allied|linked)\s+to\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BelongsTo();

    /// <summary>The offset of the event noun a place stands straight before as its modifier; else −1.</summary>
    /// <example>"the Astana meeting" → the offset of "meeting"; "Syria negotiations" → of "negotiations"; "in Astana on
    /// Monday" → −1.</example>
    private static int ModifiedNoun(string text, EntitySpan place) =>
        WordAfterPlace().Match(text, place.End) is { Success: true } m
        && TriggerLexicon.ByFirstWord.TryGetValue(m.Groups[1].Value.ToLowerInvariant(), out var entries) && entries.Any(x => x.Kind == TriggerKind.Noun)
            ? m.Groups[1].Index : -1;

    [GeneratedRegex(@"\G[ \t]+([\p{Ll}-]+)")]
    private static partial Regex WordAfterPlace();
}
