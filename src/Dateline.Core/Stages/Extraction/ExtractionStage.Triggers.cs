using System.Text.RegularExpressions;

namespace Dateline.Core.Stages.Extraction;

// Triggers: which words of a sentence are event words, and which of them are the sentence's events.
public sealed partial class ExtractionStage
{
    // Event types that happen in the world rather than in words: their nouns are mentions wherever they stand.
    private static readonly HashSet<string> MaterialTypes = ["assault", "protest", "retreat", "coerce", "aid", "mobilize"];

    // Words after which a verb form is an adjective or noun, not a predicate: "the adopted policy".
    private static readonly HashSet<string> Determiners =
        ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "any", "each", "every", "no", "another", "such", "'s"];

    // Predicates that make a noun trigger an event of its own: "a ceasefire, which came into effect on …".
    private static readonly string[][] NounPredicates =
    [
        ["came", "into", "effect"], ["come", "into", "effect"], ["comes", "into", "effect"], ["took", "effect"], ["takes", "effect"],
        ["took", "place"], ["takes", "place"], ["was", "held"], ["were", "held"], ["are", "scheduled"], ["is", "scheduled"],
        ["began"], ["begins"], ["started"], ["ended"], ["erupted"], ["broke", "out"], ["killed"], ["left"], ["wounded"], ["injured"],
        ["due"], ["will"], ["was", "signed"], ["were", "signed"], ["went", "into", "effect"], ["collapsed"],
    ];

    // Following words that show a trigger is not the event word: "released a statement", "recalled that".
    private static readonly Dictionary<string, HashSet<string>> Exclusions = new(StringComparer.Ordinal)
    {
        ["released"] = ["a", "statement", "report", "video", "footage", "figures", "details", "results", "photos", "images", "data"],
        ["recalled"] = ["that", "how", "the", "being"],
        // "ready for a reconciliation providing that they lay down their weapons": a condition, no aid given.
        ["providing"] = ["that"],
        ["provided"] = ["that"],
        ["adopted"] = ["by"],
        // "areas controlled by the rebels" says who holds them, not that anyone took them.
        ["controlled"] = ["by", "areas", "territory", "territories", "parts", "neighbourhoods", "neighborhoods", "zones"],
        ["deal"] = ["with"],
        ["struck"] = ["a", "an", "deal", "agreement"],
        ["blocked"] = ["by", "the"],
        ["gathered"] = ["evidence", "information", "intelligence"],
        ["gave"] = ["up", "way", "in", "evidence", "testimony", "a", "the"],
        ["allowed"] = ["to"],
        ["hearing"] = ["aid", "about", "from"],
        // "a death sentence", "the death penalty": a punishment, no killing.
        ["death"] = ["sentence", "sentences", "penalty", "row", "threat", "threats", "certificate"],
        // "the crew shot footage in the old city": filming, no shooting.
        ["shot"] = ["video", "videos", "footage", "film", "films", "scenes", "photos", "pictures"],
        // "was cleared of all charges", "cleared the road of mines": acquitted or demined, no ground taken.
        ["cleared"] = ["charges", "all", "any", "wrongdoing", "corruption", "murder", "allegations", "accusations", "misconduct", "fraud", "doping",
            "suspicion", "mines", "landmines", "explosives", "debris", "rubble", "snow"],
    };

    // Words before a trigger that show it is no event word: "expected a great deal from the talks" is an amount, no
    // accord.
    private static readonly Dictionary<string, HashSet<string>> PrecedingExclusions = new(StringComparer.Ordinal)
    {
        ["deal"] = ["great", "good"],
    };

    // Words that, in the gap of a phrasal trigger, show the phrase is no taking of ground: "took part in", "took shelter
    // from", "took the children from" (people led away), "expelled the ambassador from" (a diplomatic sanction).
    private static readonly Dictionary<string, HashSet<string>> GapExclusions = new(StringComparer.Ordinal)
    {
        ["took"] = ["part", "place", "effect", "office", "care", "note", "up", "aim", "advantage", "time", "shelter", "refuge", "power", "questions", "over", "them", "him", "her", "it", "people", "children", "money"],
        ["expelled"] = ["ambassador", "ambassadors", "diplomat", "diplomats", "envoy", "envoys", "journalist", "journalists", "staff", "students",
            "migrants", "refugees", "workers", "nationals", "citizens"],
    };

    // Words that, later in the same clause, keep a trigger its exclusion would drop: "gave the Ivory Coast 5 million
    // dollars of aid" is aid though "gave the order" is not; "workers blocked the Europe Bridge" is a protest though
    // "blocked the resolution" is not.
    private static readonly Dictionary<string, (int Reach, HashSet<string> Words)> ExclusionOverrides = new(StringComparer.Ordinal)
    {
        ["gave"] = (10, ["aid", "assistance", "grant", "grants", "loan", "loans", "credits", "donation", "relief"]),
        ["blocked"] = (4, ["road", "roads", "highway", "highways", "bridge", "street", "streets", "entrance", "entrances", "railway", "motorway", "crossing", "junction", "intersection"]),
    };

    /// <example>"gave the Ivory Coast 5.1 million dollars of aid" → true at "gave"; "gave the order, then aid came" → false.</example>
    private static bool KeptDespiteExclusion(string text, List<Token> tokens, string lower, int last)
    {
        if (!ExclusionOverrides.TryGetValue(lower, out var keep))
        {
            return false;
        }

        for (var j = last + 1; j < Math.Min(tokens.Count, last + 1 + keep.Reach); j++)
        {
            if (BreakBefore(text, tokens, j))
            {
                return false;
            }

            if (keep.Words.Contains(tokens[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The classes of the events <paramref name="sentence"/> tells, in order, by the rules of extraction; an aim
    /// to take ground ("in an attempt to advance") is fighting for it, not ground taken.</summary>
    /// <example>"Under heavy shelling, clashes took place near the dam" → strike, clash; "jets bombed the village as
    /// rebels tried to advance in the area" → strike, clash.</example>
    internal static IEnumerable<string> ClassesIn(string sentence)
    {
        var tokens = Token.Split(sentence);
        return FindTriggers(sentence, tokens).Select(t => IsAim(tokens, t) ? "clash" : t.Entry.Class);
    }

    // Words before "to" + verb that tell the verb was done: "were able to regain control", "managed to retake".
    private static readonly HashSet<string> AchievedWords =
        ["able", "managed", "manage", "manages", "allowed", "allowing", "enabled", "enabling", "succeeded", "continued", "continue", "continues", "continuing"];

    /// <summary>
    /// A taking of ground as an infinitive ("to advance", "to seize back"), unless the word before "to" tells it was
    /// done: the ground is only aimed at. An attempt at violence is violence done ("attempted to assassinate a
    /// commander"), so only ground counts.
    /// </summary>
    /// <example>"in an attempt by IS to advance in the area" → true at "advance in"; "launched a counter-offensive to seize
    /// back villages" → true; "were able to regain control", "allowed them to regain control" → false; "attempted to
    /// assassinate" → false.</example>
    private static bool IsAim(List<Token> tokens, Trigger t)
    {
        if (t.Entry.Class != "control" || t.First < 2 || tokens[t.First - 1].Lower != "to")
        {
            return false;
        }

        // "allowed them to": the enabling word stands before its object.
        var k = t.First - 2;
        if (k > 0 && tokens[k].Lower is "them" or "him" or "it" or "us")
        {
            k--;
        }

        return !AchievedWords.Contains(tokens[k].Lower);
    }

    private static List<Trigger> FindTriggers(string text, List<Token> tokens)
    {
        var found = new List<Trigger>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var lower = tokens[i].Lower;
            if (!TriggerLexicon.ByFirstWord.TryGetValue(lower, out var entries))
            {
                continue;
            }

            // Capitalised mid-sentence words are names or months: "March", "Strike Force"; an acronym is a word
            // ("an IED exploded", "shot an RPG").
            if (i > 0 && char.IsUpper(tokens[i].Text[0]) && !IsAcronym(tokens[i].Text))
            {
                continue;
            }

            foreach (var entry in PreferByContext(entries, tokens, i))
            {
                var last = MatchEnd(text, tokens, i, entry.Words);
                if (last < 0)
                {
                    continue;
                }

                // "ready to negotiate", "committed to opening up": the offer's verb belongs to the offer.
                var chosen = entry;
                if (entry.Class == "offer" && last + 1 < tokens.Count)
                {
                    last++;

                    // "the army prepared to resume shelling", "troops are ready to attack": readiness for violence is no
                    // offer but a mobilization; "committed to ending attacks" still is one.
                    if (!HaltingVerbs.Contains(tokens[last].Lower)
                        && tokens.Skip(last).Take(2).Any(t => TriggerLexicon.ByFirstWord.TryGetValue(t.Lower, out var next) && next.Any(n => n.Type == "assault")))
                    {
                        chosen = new TriggerEntry(entry.Words, "mobilize", "mobilize", TriggerKind.Verb);
                    }
                }

                // "captured four soldiers", "seized weapons", "the gunmen were later captured": people or things taken are
                // no ground taken, but a seizure (PLOVER's COERCE).
                if (entry.Class == "control" && entry.Words.Length == 1 && CaptureVerbs.Contains(lower) && TakesPeopleOrThings(text, tokens, i, last))
                {
                    chosen = new TriggerEntry(entry.Words, "coerce", "coerce", TriggerKind.Verb);
                }

                if (Exclusions.TryGetValue(lower, out var excluded) && last + 1 < tokens.Count && excluded.Contains(tokens[last + 1].Lower)
                    && !KeptDespiteExclusion(text, tokens, lower, last))
                {
                    break;
                }

                if (i > 0 && PrecedingExclusions.TryGetValue(lower, out var notAfter) && notAfter.Contains(tokens[i - 1].Lower))
                {
                    break;
                }

                // "Under the disengagement plan, Israel will evacuate …": a noun naming a plan's content is no event;
                // the plan's verbs are.
                if (entry.Kind == TriggerKind.Noun && last + 1 < tokens.Count && tokens[last + 1].Lower is "plan" or "plans" or "proposal" or "proposals")
                {
                    continue;
                }

                // "fair game for their drones and missiles": a weapon someone owns is no attack until it is used.
                if (IsOwnedWeapon(text, tokens, i, last))
                {
                    continue;
                }

                // "agreed on a Syria-wide halt in fighting", "called for an end to the shelling": combat being halted is
                // the truce's object, no attack of its own.
                if (entry.Type == "assault" && IsHalted(text, tokens, i))
                {
                    continue;
                }

                // "the jets that bombed the town": before a verb, "that" opens a relative clause; it is no determiner.
                // "those detained were ...": "those" stands for the people the verb was done to, who are its event.
                if (entry.Kind == TriggerKind.Verb && i > 0 && Determiners.Contains(tokens[i - 1].Lower) && tokens[i - 1].Lower is not ("that" or "those"))
                {
                    continue;
                }

                found.Add(new Trigger(i, last, tokens[i].Start, tokens[last].End, chosen));
                i = last;
                break;
            }
        }

        return found;
    }

    // Verbs of taking that take people and things as well as ground.
    private static readonly HashSet<string> CaptureVerbs = ["captured", "captures", "capture", "seized", "seizes", "seize"];

    // What a capture may take other than ground: people and things.
    private static readonly HashSet<string> TakenPeopleOrThings =
        ["fighter", "fighters", "member", "members", "soldier", "soldiers", "militant", "militants", "officer", "officers", "prisoner", "prisoners",
         "people", "men", "gunmen", "commander", "commanders", "perpetrators", "suspects", "civilians", "hostages", "pilot", "pilots", "insurgents",
         "gun", "guns", "weapon", "weapons", "tank", "tanks", "vehicle", "vehicles", "ammunition", "arms", "drugs", "equipment", "shipment", "truck", "trucks"];

    // Words that end a capture's object: "captured Palmyra from IS fighters" takes Palmyra.
    private static readonly HashSet<string> ObjectEnds = ["from", "in", "near", "of", "after", "on", "at", "during", "and", "with", "east", "west", "north", "south"];

    /// <summary>
    /// A capture whose object names people or things: up to eight words after the trigger, before a preposition or
    /// punctuation; or, in the passive, the subject up to four words before.
    /// </summary>
    /// <example>"captured 4 Syrian Army Air Force Intelligence members after" → true; "captured a 23mm gun" → true;
    /// "the gunmen were later captured" → true; "captured Palmyra from IS fighters" → false; "captured most of the
    /// neighbourhood" → false.</example>
    private static bool TakesPeopleOrThings(string text, List<Token> tokens, int first, int last)
    {
        for (var j = last + 1; j < Math.Min(tokens.Count, last + 9); j++)
        {
            if (ObjectEnds.Contains(tokens[j].Lower) || BreakBefore(text, tokens, j))
            {
                break;
            }

            if (TakenPeopleOrThings.Contains(tokens[j].Lower))
            {
                return true;
            }
        }

        var passive = false;
        for (var j = first - 1; j >= Math.Max(0, first - 4); j--)
        {
            if (BreakBefore(text, tokens, j + 1))
            {
                return false;
            }

            passive |= tokens[j].Lower is "was" or "were" or "been";
            if (passive && TakenPeopleOrThings.Contains(tokens[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of two to four capitals, with a plural "s" or not: "IED", "RPGs".</summary>
    /// <example>"IED", "IEDs" → true; "March", "UNICEF" → false.</example>
    /// <summary>Whether a clause mark (a comma, semicolon, colon, full stop or bracket) stands between token <paramref name="j"/> − 1 and token j.</summary>
    private static bool BreakBefore(string text, List<Token> tokens, int j) =>
        text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).IndexOfAny(ClauseMarks) >= 0;

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:.()");

    private static bool IsAcronym(string word)
    {
        var stem = word.EndsWith('s') ? word[..^1] : word;
        return stem.Length is >= 2 and <= 4 && stem.All(char.IsUpper);
    }

    // Weapon nouns that name an attack only when they are used: "missiles struck", not "their missiles".
    private static readonly HashSet<string> WeaponNouns = ["missiles", "rockets", "bomb", "bombs", "drones", "landmine", "landmines"];

    // Verbs that show an owned weapon in use: "their rockets hit the camp".
    private static readonly HashSet<string> WeaponUseVerbs = ["hit", "struck", "landed", "killed", "fell", "rained", "exploded", "slammed", "wounded", "destroyed"];

    // Words that halt what follows them: "committed to ending attacks", "a halt in fighting", "agreed to stop all fighting".
    private static readonly HashSet<string> HaltingVerbs = ["end", "ending", "stop", "stopping", "halt", "halting", "cease", "ceasing"];

    private static readonly System.Buffers.SearchValues<char> PhraseGap = System.Buffers.SearchValues.Create(" abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>A combat word after a word that halts it, the article or "all" between allowed.</summary>
    /// <example>"a halt in fighting", "an end to the shelling", "agreed to stop all fighting", "a lull in fighting" → true;
    /// "fighting resumed", "After a brief halt, fighting resumed" → false.</example>
    private static bool IsHalted(string text, List<Token> tokens, int first)
    {
        var k = first - 1;
        while (k >= 0 && tokens[k].Lower is "the" or "all" or "further")
        {
            k--;
        }

        // In one phrase: "After a brief halt, fighting resumed" tells of fighting after the halt.
        if (k < 0 || text.AsSpan(tokens[k].End, tokens[first].Start - tokens[k].End).ContainsAnyExcept(PhraseGap))
        {
            return false;
        }

        var before = tokens[k].Lower;
        return HaltingVerbs.Contains(before)
            || (before is "in" or "to" or "of" && k > 0 && tokens[k - 1].Lower is "halt" or "end" or "pause" or "lull" or "cessation" or "stop" or "suspension");
    }

    /// <summary>A weapon noun owned by someone (a possessive up to three words before, in one clause) and not used after.</summary>
    /// <example>"fair game for their drones and missiles" → true; "their rockets hit the camp" → false; "rockets landed" → false.</example>
    private static bool IsOwnedWeapon(string text, List<Token> tokens, int first, int last)
    {
        if (first != last || !WeaponNouns.Contains(tokens[first].Lower)
            || (last + 1 < tokens.Count && WeaponUseVerbs.Contains(tokens[last + 1].Lower)))
        {
            return false;
        }

        for (var j = first - 1; j >= Math.Max(0, first - 3); j--)
        {
            if (BreakBefore(text, tokens, j + 1))
            {
                return false;
            }

            if (tokens[j].Lower is "their" or "its" or "his" or "our" or "'s" or "’s")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Orders ambiguous entries (noun "attack" vs verb "attack") by the word before.</summary>
    /// <example>"an attack" → noun first; "militants attack" → verb first.</example>
    private static IEnumerable<TriggerEntry> PreferByContext(TriggerEntry[] entries, List<Token> tokens, int i)
    {
        var nounFirst = i > 0 && (Determiners.Contains(tokens[i - 1].Lower) || tokens[i - 1].Lower is "of" or "in" or "after" or "during" or "following" or "for" or "upcoming" or "new" or "peace" or "deadly"
            || char.IsDigit(tokens[i - 1].Text[0]));
        return nounFirst ? entries.OrderBy(e => e.Kind == TriggerKind.Noun ? 0 : 1).ThenByDescending(e => e.Words.Length) : entries;
    }

    /// <summary>
    /// The index of the last token of <paramref name="words"/> matched at <paramref name="i"/>, or −1. A "*" stands for
    /// one to four words within one clause (no punctuation), for phrasal verbs split by their object, none of them one of
    /// the first word's <see cref="GapExclusions"/>; a "^" stands for one capitalised word, a name.
    /// </summary>
    /// <example>"moved * back" matches "moved its forces back" and "moved their fighters and equipment back"; "took ^"
    /// matches "took Palmyra", not "took control"; "took * from" matches "took the hill from", not "took part from".</example>
    private static int MatchEnd(string text, List<Token> tokens, int i, string[] words)
    {
        var gap = Array.IndexOf(words, "*");
        if (gap < 0)
        {
            return Matches(tokens, i, words) ? i + words.Length - 1 : -1;
        }

        if (!Matches(tokens, i, words[..gap]))
        {
            return -1;
        }

        var rest = words[(gap + 1)..];
        var gapStart = tokens[i + gap - 1].End;
        for (var from = i + gap + 1; from <= Math.Min(tokens.Count - rest.Length, i + gap + 4); from++)
        {
            if (text.AsSpan(gapStart, tokens[from].Start - gapStart).IndexOfAny(ClauseMarks) >= 0)
            {
                break;
            }

            if (GapExclusions.TryGetValue(tokens[i].Lower, out var idiom) && idiom.Contains(tokens[from - 1].Lower))
            {
                break;
            }

            if (Matches(tokens, from, rest))
            {
                return from + rest.Length - 1;
            }
        }

        return -1;
    }

    private static bool Matches(List<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (words[k] == "^" ? !char.IsUpper(tokens[i + k].Text[0]) : !string.Equals(tokens[i + k].Text, words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Verbs are the events of a sentence. Nouns count when no verb does ("upcoming peace negotiations") or
    /// when the noun has its own predicate or date ("a ceasefire, which came into effect on …", "an accord in December").
    /// </summary>
    private static List<Trigger> SelectTriggers(string text, List<Token> tokens, List<Trigger> triggers)
    {
        // "A ceasefire negotiated by tribal elders took effect": a participle with "by" right after an event noun tells how
        // that event came about (a reduced relative clause); the noun is the sentence's event, the participle no event.
        var modified = new HashSet<Trigger>();
        var participles = new HashSet<Trigger>();
        for (var k = 1; k < triggers.Count; k++)
        {
            var (noun, verb) = (triggers[k - 1], triggers[k]);
            if (noun.Entry.Kind == TriggerKind.Noun && verb.Entry.Kind == TriggerKind.Verb && verb.First == noun.Last + 1 && verb.First == verb.Last
                && tokens[verb.First].Lower.EndsWith("ed", StringComparison.Ordinal) && verb.Last + 1 < tokens.Count && tokens[verb.Last + 1].Lower == "by")
            {
                modified.Add(noun);
                participles.Add(verb);
            }
        }

        var hasVerb = triggers.Any(t => t.Entry.Kind == TriggerKind.Verb && !participles.Contains(t) && !InTemporalClause(text, tokens, t));
        var selected = new List<Trigger>();
        var firstNounTaken = false;
        foreach (var t in triggers)
        {
            if (participles.Contains(t))
            {
                continue;
            }

            if (t.Entry.Kind == TriggerKind.Verb || modified.Contains(t))
            {
                selected.Add(t);
                continue;
            }

            // A noun naming a material event is a mention of it even as another verb's argument: "the Security Council
            // condemned the bombing" is evidence of the bombing too, and merging ties it to the bombing's other mentions.
            if (HasOwnPredicate(tokens, t) || (!hasVerb && !firstNounTaken) || MaterialTypes.Contains(t.Entry.Type))
            {
                selected.Add(t);
                firstNounTaken = true;
            }
        }

        return selected;
    }

    // Retreat words that tell of ground left, not of people freed or posts given up: "withdrew", "the evacuation".
    private static readonly HashSet<string> GroundLeavingWords =
        ["withdrew", "withdraws", "withdraw", "retreated", "pulled", "moved", "drew", "evacuated", "evacuate", "evacuates",
         "withdrawal", "retreat", "evacuation", "evacuations", "pullback", "pull-back"];

    /// <summary>
    /// A leaving of ground in a sentence that tells of the ground taken: the one side's withdrawal is the other side's
    /// taking, one transfer of ground told from both ends, and the taking names it (ACLED codes it once, as the ground
    /// regained). People freed or an official resigning are other events and stay.
    /// </summary>
    /// <example>"The army announced that it had regained the whole city after the final evacuation convoys left" → true at
    /// "evacuation"; "Rebels withdrew from the village as the army retook it" → true at "withdrew"; "The army retook the town
    /// and released 50 prisoners" → false at "released"; "in an attempt to advance after rebels withdrew" → false (an aim
    /// takes no ground).</example>
    private static bool IsOtherSideOfTakeover(List<Token> tokens, List<Trigger> triggers, Trigger t) =>
        t.Entry.Type == "retreat" && GroundLeavingWords.Contains(tokens[t.First].Lower)
        && triggers.Any(c => c.Entry.Class == "control" && c.Entry.Kind == TriggerKind.Verb && !IsAim(tokens, c));

    // Participles of the state war leaves things and people in: "a church damaged in the fighting".
    private static readonly HashSet<string> StateParticiples =
        ["damaged", "destroyed", "ruined", "wrecked", "gutted", "flattened", "levelled", "leveled", "burned", "burnt", "scarred", "displaced", "orphaned", "widowed"];

    /// <summary>
    /// A known event named as the cause of a thing's state: a participle of damage or displacement, then "in", "during"
    /// or "by" the event noun ("a church damaged in the fighting", "families displaced by the shelling"). What is told is
    /// the thing as it is now; the fighting is an earlier event, not one of the sentence's day.
    /// </summary>
    /// <example>"visiting a church damaged in the fighting" → true at "fighting"; "two rebels were killed in the fighting"
    /// → false (the deaths are told); "the launchers used in the attack" → false (the attack is the story's).</example>
    private static bool IsCauseOfAState(List<Token> tokens, Trigger t) =>
        t.Entry.Kind == TriggerKind.Noun && t.First >= 3 && tokens[t.First - 1].Lower == "the" && tokens[t.First - 2].Lower is "in" or "during" or "by"
        && StateParticiples.Contains(tokens[t.First - 3].Lower);

    // Pronouns that stand as the subject of an object relative clause: "the factions it supports".
    private static readonly HashSet<string> SubjectPronouns = ["it", "they", "he", "she", "we"];

    /// <summary>
    /// A verb in the present simple in a relative clause tells what a party stands for, not something it did: a standing
    /// relation ("the rebel factions it supports", "Iran, which backs the government", "areas it controls"), no event.
    /// The clause is opened by "which", "who" or "that" just before the verb, or is a pronoun subject after its noun with
    /// the verb's object gone (the verb ends the clause).
    /// </summary>
    /// <example>"Ankara spoke for the rebel factions it supports." → true at "supports"; "Iran, which supports the
    /// government, sent troops" → true; "Ankara supports the truce" → false; "the factions it supported in 2012" → false
    /// (a past act is an event).</example>
    private static bool IsStandingRelation(string text, List<Token> tokens, Trigger t)
    {
        var verb = tokens[t.First].Lower;
        if (t.Entry.Kind != TriggerKind.Verb || t.First != t.Last || t.First < 2 || !verb.EndsWith('s') || verb.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        var before = tokens[t.First - 1].Lower;
        if (before is "which" or "who" or "that")
        {
            return !BreakBefore(text, tokens, t.First);
        }

        var clauseEnds = t.Last + 1 == tokens.Count || BreakBefore(text, tokens, t.Last + 1);
        return clauseEnds && SubjectPronouns.Contains(before) && !BreakBefore(text, tokens, t.First - 1)
            && !TriggerLexicon.ByFirstWord.ContainsKey(tokens[t.First - 2].Lower) && !AttributionWords().IsMatch(tokens[t.First - 2].Text);
    }

    // Words that open a clause telling what happened before or after the sentence's own event.
    private static readonly HashSet<string> TemporalSubordinators = ["after", "before", "since", "until", "following"];

    /// <summary>A verb in a clause opened by "after", "since" … (no clause punctuation between, up to eight words back).</summary>
    /// <example>"Italy announced a suspension of air links, one day after a jet shot down a helicopter" → true at "shot down";
    /// "Rebels shot down a helicopter" → false.</example>
    private static bool InTemporalClause(string text, List<Token> tokens, Trigger t)
    {
        for (var j = t.First - 1; j >= Math.Max(0, t.First - 8); j--)
        {
            if (TemporalSubordinators.Contains(tokens[j].Lower))
            {
                return true;
            }

            if (j > 0 && BreakBefore(text, tokens, j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A noun with a definite determiner or a possessive before it: "the talks", "its withdrawal", "Saturday's talks".</summary>
    private static bool IsDefinite(List<Token> tokens, Trigger t) =>
        t.First > 0 && tokens[t.First - 1].Lower is "the" or "this" or "that" or "these" or "those" or "its" or "his" or "her" or "their" or "our" or "'s" or "’s";

    /// <summary>A definite noun with one plain word between: "the local deal", "its latest offensive".</summary>
    /// <example>"endorsed the local deal" → true at "deal"; "the deal" → false (that is <see cref="IsDefinite"/>); "the Taiz deal" → false.</example>
    private static bool IsDefiniteWithAdjective(List<Token> tokens, Trigger t) =>
        t.First > 1 && tokens[t.First - 1].Text.All(char.IsLower) && !TriggerLexicon.ByFirstWord.ContainsKey(tokens[t.First - 1].Lower)
        && tokens[t.First - 2].Lower is "the" or "this" or "that" or "its" or "their" or "'s" or "’s";

    private static bool HasOwnPredicate(List<Token> tokens, Trigger t)
    {
        // Look a few words ahead, past "which"/"that", for a predicate of the noun.
        var limit = Math.Min(tokens.Count, t.Last + 5);
        for (var j = t.Last + 1; j < limit; j++)
        {
            foreach (var predicate in NounPredicates)
            {
                if (Matches(tokens, j, predicate))
                {
                    return true;
                }
            }
        }

        // "an accord in December": a preposition and a month or weekday straight after the noun.
        return t.Last + 2 < tokens.Count && tokens[t.Last + 1].Lower is "in" or "on" && TemporalWords().IsMatch(tokens[t.Last + 2].Text);
    }

    // Verbs that, with "to", say the next verb was not done; the refusal or failure itself is an event of its own (a
    // reject): "refused to sign", "failed to agree", "declined to resign".
    private static readonly HashSet<string> NotDoneVerbs =
        ["refused", "refuses", "refuse", "refusing", "failed", "fails", "fail", "failing", "declined", "declines", "decline", "declining"];

    /// <summary>
    /// A trigger that the sentence says did not happen: a negation up to three words before ("did not sign", "never
    /// met", "no ceasefire"); a refusal or failure of it ("refused to sign", "failed to agree"); or a clause whose
    /// subject is "neither … nor …" ("Neither the government nor the rebels signed it"). A negation after the trigger
    /// negates another verb: in "fighting never stopped" the fighting went on.
    /// </summary>
    /// <example>"Neither the delegation nor the rebels signed it" → true at "signed"; "refused to sign the deal" → true at
    /// "sign", not at "refused"; "Though fighting never stopped" → false at "fighting".</example>
    private static bool IsNegated(string text, List<Token> tokens, Trigger t)
    {
        for (var j = Math.Max(0, t.First - 3); j < t.First; j++)
        {
            if (tokens[j].Lower is "not" or "never" or "n't" or "didn" or "no" or "without")
            {
                return true;
            }
        }

        if (t.First >= 2 && tokens[t.First - 1].Lower == "to" && NotDoneVerbs.Contains(tokens[t.First - 2].Lower))
        {
            return true;
        }

        return t.Entry.Kind == TriggerKind.Verb && HasNeitherNorSubject(text, tokens, t.First);
    }

    // Words that open a new clause, so that a "neither … nor" before them is not the subject of a verb after them.
    private static readonly HashSet<string> ClauseOpeners =
        ["and", "but", "as", "while", "when", "after", "before", "because", "since", "until", "although", "though", "whereas", "where"];

    /// <summary>Whether the clause before token <paramref name="first"/> opens with "neither" and has its "nor".</summary>
    /// <example>"Neither the government delegation nor the rebel representatives signed" → true at "signed";
    /// "Neither side won, and the talks ended" → false at "ended" (a comma closes the clause); "Neither the army nor the
    /// rebels reported losses as the jets attacked" → false at "attacked" ("as" opens another).</example>
    private static bool HasNeitherNorSubject(string text, List<Token> tokens, int first)
    {
        var nor = false;
        for (var j = first - 1; j >= 0; j--)
        {
            nor |= tokens[j].Lower == "nor";
            if (tokens[j].Lower == "neither")
            {
                return nor;
            }

            if ((j > 0 && BreakBefore(text, tokens, j)) || ClauseOpeners.Contains(tokens[j].Lower))
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*$|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:19|20)\d\d$")]
    private static partial Regex TemporalWords();
}
