using System.Text.RegularExpressions;
using Dateline.Core.Model;
using Dateline.Core.Stages.Segmentation;
using Dateline.Core.Stages.Temporal;

namespace Dateline.Core.Stages.Extraction;

/// <summary>
/// Extraction: finds event mentions in sentences (trigger → PLOVER type), and gives each its status, time,
/// actors with roles, location, fatalities and attribution. Rule-based; each rule carries an example.
/// </summary>
public sealed partial class ExtractionStage(IEntityRecognizer entities)
{
    // PLOVER's verbal types: a statement reported without a date happened on the story's day.
    private static readonly HashSet<string> VerbalTypes = ["accuse", "reject", "support", "agree", "request", "threaten", "consult"];

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
    };

    /// <summary>Extracts the mentions of one report.</summary>
    /// <param name="report">The cleaned report (its publication time anchors deixis).</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="times">Its time expressions, with offsets in the report text.</param>
    public IReadOnlyList<Mention> Extract(Report report, IReadOnlyList<Sentence> sentences, IReadOnlyList<TimeExpression> times)
    {
        var dct = report.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : (DateOnly?)null;
        var storyDay = FindStoryDay(sentences, times, dct);
        var country = report.Country ?? entities.MainCountry(report.Text);

        // Entities once per sentence; the story's place is the first specific place of the lead, else the most named one.
        var found = sentences.Select(s => entities.Find(s.Text, dct, country)).ToList();
        var storyPlace = StoryPlace(sentences, found);
        var mentions = new List<Mention>();
        TimeValue? previousDate = null;
        var timeIndex = 0;
        for (var si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            var sentenceTimes = new List<TimeExpression>();
            while (timeIndex < times.Count && times[timeIndex].Start < sentence.End)
            {
                if (times[timeIndex].Start >= sentence.Start)
                {
                    sentenceTimes.Add(times[timeIndex] with
                    {
                        Start = times[timeIndex].Start - sentence.Start,
                        End = times[timeIndex].End - sentence.Start,
                    });
                }

                timeIndex++;
            }

            var eventDay = mentions.LastOrDefault(m => m.TimeText is not null && m.Time.Precision == TimePrecision.Day)?.Time;
            var context = new SentenceContext(report, sentence, sentenceTimes, dct, storyDay, previousDate, country, found[si], storyPlace, eventDay);
            var before = mentions.Count;
            foreach (var mention in ExtractSentence(context, mentions.Count))
            {
                mentions.Add(mention);
            }

            // "Clashes broke out in Taqad. One commander died in the clashes.": a toll stated in a sentence with no event
            // of its own is the toll of the event just told, when that one had none.
            // Likewise when the sentence only refers back to it ("… died in the clashes", "During the clashes, 2 rebels were killed").
            var earlier = before - 1;
            // So is a sentence whose only events are its deaths ("28 were killed from the government side"): a toll, not a new event.
            if (before > 0 && (mentions.Count == before || BackReference().IsMatch(sentence.Text) || OnlyDeaths(mentions, before))
                && mentions[earlier].Fatalities is null && FatalityRules.Find(sentence.Text) is { } toll)
            {
                mentions[earlier] = mentions[earlier] with { Fatalities = toll };
            }

            foreach (var t in sentenceTimes)
            {
                // "Two days later" is a DURATION whose time is the day it points at: it too moves the story on.
                if (t.Time.IsBounded && t.Type is TimexType.Date or TimexType.Time or TimexType.Duration)
                {
                    previousDate = t.Time;
                }
            }
        }

        return mentions;
    }

    private static bool OnlyDeaths(List<Mention> mentions, int from)
    {
        for (var i = from; i < mentions.Count; i++)
        {
            if (mentions[i].Trigger is not ("killed" or "died" or "dead") || mentions[i].Location is not null && mentions[i].Location != mentions[from - 1].Location)
            {
                return false;
            }
        }

        return true;
    }

    private sealed record SentenceContext(
        Report Report, Sentence Sentence, List<TimeExpression> Times, DateOnly? Dct, TimeValue? StoryDay, TimeValue? PreviousDate, string? Country,
        IReadOnlyList<EntitySpan> Entities, PlaceRef? StoryPlace, TimeValue? PreviousEventDay);

    private sealed record Trigger(int First, int Last, int Start, int End, TriggerEntry Entry)
    {
        /// <summary>An offer ("ready to negotiate") is a statement that was made: it happened, whatever it promises.</summary>
        public bool IsOffer => Entry.Class == "offer";
    }

    private IEnumerable<Mention> ExtractSentence(SentenceContext ctx, int ordinalBase)
    {
        var text = ctx.Sentence.Text;
        var tokens = Token.Split(text);
        var triggers = FindTriggers(text, tokens);
        if (triggers.Count == 0)
        {
            yield break;
        }

        var own = SelectTriggers(tokens, triggers);

        // A definite noun names an event the reader knows of, even as another verb's argument: in "the United Nations
        // welcomed the arrangement" and "officials briefed on the meeting said", the arrangement and the meeting are
        // mentioned too. Their verbs keep the windows they had without them (their actors, times and cues).
        var emitted = triggers.Where(t => own.Contains(t) || (t.Entry.Kind == TriggerKind.Noun && IsDefinite(tokens, t))).ToList();
        if (emitted.Count == 0)
        {
            yield break;
        }

        var attribution = FindAttribution(text);
        var fatalities = FatalityRules.Find(text);
        var ordinal = ordinalBase;
        var eventDay = ctx.PreviousEventDay;
        for (var k = 0; k < emitted.Count; k++)
        {
            var trigger = emitted[k];
            var neighbours = own.Contains(trigger) ? own : emitted;
            var at = neighbours.IndexOf(trigger);
            var windowStart = at > 0 ? neighbours[at - 1].End : 0;
            var windowEnd = at + 1 < neighbours.Count ? neighbours[at + 1].Start : text.Length;
            if (IsNegated(tokens, trigger))
            {
                continue;
            }

            var status = trigger.IsOffer || AfterOffset().IsMatch(text.AsSpan(0, trigger.Start)) ? EventStatus.Occurred : DecideStatus(text, windowStart, windowEnd, trigger);
            var (time, timeText) = DecideTime(ctx, trigger, windowStart, windowEnd, status, tokens, eventDay);
            if (timeText is not null && time.Precision == TimePrecision.Day)
            {
                eventDay = time;
            }

            if (status == EventStatus.Planned && time.Earliest is { } te && ctx.Dct is { } d && time.Latest is { } tl && tl < d)
            {
                // A date already past when reported cannot be planned: "talks were to be held on Monday" stays planned
                // only if the date is still ahead; otherwise the report speaks of what happened.
                status = EventStatus.Occurred;
            }

            var (actors, location) = AssignRoles(text, ctx.Entities, trigger, windowStart, windowEnd, IsPassive(tokens, trigger));

            // No place in the trigger's clause: the sentence's place, else the story's (a report's events happen where its story does).
            location ??= ctx.Entities.Where(e => e.Kind == EntityKind.Place && (e.Lat is not null || e.Id is null) && IsLocative(PlaceWordBefore(text, e)))
                .OrderBy(e => Math.Abs(e.Start - trigger.Start)).Select(e => new PlaceRef(e.Name, e.Country, e.Lat, e.Lon)).FirstOrDefault();
            location ??= ctx.StoryPlace;
            yield return new Mention
            {
                ReportId = ctx.Report.Id,
                Ordinal = ordinal++,
                Sentence = text,
                Start = ctx.Sentence.Start,
                End = ctx.Sentence.End,
                Trigger = text[trigger.Start..trigger.End],
                Type = trigger.Entry.Type,
                Status = status,
                Time = time,
                TimeText = timeText,
                Actors = actors,
                Location = location,
                Fatalities = fatalities,
                Attribution = attribution,
                Title = MakeTitle(text, trigger, windowEnd),
                RefersTo = triggers.FirstOrDefault(t => t.Entry.Kind == TriggerKind.Noun && !own.Contains(t) && t != trigger
                    && t.Start >= windowStart && t.End <= windowEnd && t.Entry.Class != trigger.Entry.Class)?.Entry.Class,
            };
        }
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

            // Capitalised mid-sentence words are names or months: "March", "Strike Force".
            if (i > 0 && char.IsUpper(tokens[i].Text[0]))
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
                if (entry.Class == "offer" && last + 1 < tokens.Count)
                {
                    last++;
                }

                if (Exclusions.TryGetValue(lower, out var excluded) && last + 1 < tokens.Count && excluded.Contains(tokens[last + 1].Lower))
                {
                    break;
                }

                // "the jets that bombed the town": before a verb, "that" opens a relative clause; it is no determiner.
                // "those detained were ...": "those" stands for the people the verb was done to, who are its event.
                if (entry.Kind == TriggerKind.Verb && i > 0 && Determiners.Contains(tokens[i - 1].Lower) && tokens[i - 1].Lower is not ("that" or "those"))
                {
                    continue;
                }

                found.Add(new Trigger(i, last, tokens[i].Start, tokens[last].End, entry));
                i = last;
                break;
            }
        }

        return found;
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
    /// one to four words within one clause (no punctuation), for phrasal verbs split by their object.
    /// </summary>
    /// <example>"moved * back" matches "moved its forces back" and "moved their fighters and equipment back".</example>
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
            if (text.AsSpan(gapStart, tokens[from].Start - gapStart).IndexOfAny(",;:.()") >= 0)
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
            if (!string.Equals(tokens[i + k].Text, words[k], StringComparison.OrdinalIgnoreCase))
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
    private static List<Trigger> SelectTriggers(List<Token> tokens, List<Trigger> triggers)
    {
        var hasVerb = triggers.Any(t => t.Entry.Kind == TriggerKind.Verb);
        var selected = new List<Trigger>();
        var firstNounTaken = false;
        foreach (var t in triggers)
        {
            if (t.Entry.Kind == TriggerKind.Verb)
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

    /// <summary>A noun with a definite determiner or a possessive before it: "the talks", "its withdrawal", "Saturday's talks".</summary>
    private static bool IsDefinite(List<Token> tokens, Trigger t) =>
        t.First > 0 && tokens[t.First - 1].Lower is "the" or "this" or "that" or "these" or "those" or "its" or "his" or "her" or "their" or "our" or "'s" or "’s";

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

    private static bool IsNegated(List<Token> tokens, Trigger t)
    {
        for (var j = Math.Max(0, t.First - 3); j < t.First; j++)
        {
            if (tokens[j].Lower is "not" or "never" or "n't" or "didn" or "no" or "without")
            {
                return true;
            }
        }

        return false;
    }

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

        if (OngoingCue().IsMatch(window) && !SinceCue().IsMatch(window))
        {
            return EventStatus.Ongoing;
        }

        return EventStatus.Occurred;
    }

    private static (TimeValue Time, string? Text) DecideTime(
        SentenceContext ctx, Trigger trigger, int windowStart, int windowEnd, EventStatus status, List<Token> tokens, TimeValue? eventDay)
    {
        var text = ctx.Sentence.Text;
        var usable = ctx.Times.Where(t => t.Time.Earliest is not null || t.Time.Latest is not null).ToList();
        // "came a day after the protest": the length dates the clause after "after" from this one, not this one.
        var after = usable.FirstOrDefault(t => t.Start >= trigger.End && t.Start < windowEnd && OffsetOf(text, t) is null);
        var before = usable.LastOrDefault(t => t.End <= trigger.Start && t.Start >= windowStart);
        if (before is not null && OffsetOf(text, before) is { } offset && ClauseAfterOffset().IsMatch(text[before.End..trigger.Start]))
        {
            // "said on Wednesday …, three days after their protest": the protest is three days before the day the
            // sentence is told on (a date written earlier in it, else the event just dated, else the report's day).
            var anchor = usable.LastOrDefault(t => t.End <= before.Start && t.Type != TimexType.Duration && t.Time.Precision == TimePrecision.Day)?.Time
                ?? eventDay ?? ctx.StoryDay ?? (ctx.Dct is { } d ? TimeValue.OfDay(d, TimeAnchor.Publication) : null);
            if (anchor is { Earliest: { } day, Precision: TimePrecision.Day })
            {
                return (TimeValue.OfDay(day.AddDays(offset), TimeAnchor.PreviousDate), before.Text);
            }
        }

        var chosen = after ?? before ?? (usable.Count == 1 && ctx.Times.Count == 1 ? usable[0] : null);
        if (trigger.Entry.Kind == TriggerKind.Noun && IsDefinite(tokens, trigger))
        {
            // A definite noun names an event told before; a date elsewhere in its sentence is the telling's. In "the
            // Security Council condemned the bombing in a statement on Monday" Monday is the statement's, in "the
            // monitor now counts 12 dead from the bombing" now is the count's. Only a date bound to the noun is its own:
            // "the bombing on Sunday", "the convoy bombing earlier that day", "Thursday's fighting".
            chosen = after is not null && BoundAfter().IsMatch(text[trigger.End..after.Start]) ? after
                : before is not null && BoundBefore().IsMatch(text[before.End..trigger.Start]) ? before
                : null;
        }

        if (chosen is not null)
        {
            // "that day", "the same day": the day of the event just told, not of the last date written ("an al-Qaeda
            // group claimed the attack on Tuesday. It made no mention of the convoy bombing earlier that day": Sunday's).
            if (SameDay().IsMatch(chosen.Text) && eventDay is not null)
            {
                return (eventDay, chosen.Text);
            }

            return (chosen.Time, chosen.Text);
        }

        var window = text[windowStart..windowEnd];
        if (LaterCue().IsMatch(window) && ctx.PreviousDate is { Earliest: { } pe } previous)
        {
            // "The ceasefire was later ratified": after the previous date in the text, and by the report's day.
            var latest = status == EventStatus.Occurred ? ctx.Dct : null;
            return (new TimeValue(previous.Value, pe, latest, previous.Precision, "AFTER", TimeAnchor.PreviousDate), null);
        }

        if (ctx.Dct is not { } dct)
        {
            return (TimeValue.Unknown, null);
        }

        if (status is EventStatus.Planned or EventStatus.Announced or EventStatus.Hypothetical)
        {
            return (new TimeValue("FUTURE_REF", dct, null, TimePrecision.Unknown, null, TimeAnchor.Publication), null);
        }

        var perfect = trigger.First > 0 && tokens.Take(trigger.First).TakeLast(3).Any(t => t.Lower == "had");
        var lead = ctx.Sentence.Paragraph <= 1;
        if (!perfect && (VerbalTypes.Contains(trigger.Entry.Type) || lead))
        {
            return (ctx.StoryDay ?? TimeValue.OfDay(dct, TimeAnchor.Publication), null);
        }

        return (new TimeValue("PAST_REF", null, dct, TimePrecision.Unknown, null, TimeAnchor.Publication), null);
    }

    /// <summary>
    /// The signed number of days a duration shifts the clause after it, when "after" or "before" follows it; else null.
    /// </summary>
    /// <example>"three days after" (P3D) → -3; "a week before" (P1W) → 7; "two days" alone → null.</example>
    private static int? OffsetOf(string text, TimeExpression t)
    {
        if (t.Type != TimexType.Duration || OffsetWord().Match(text, t.End) is not { Success: true } word || DurationDays().Match(t.Value) is not { Success: true } m)
        {
            return null;
        }

        var days = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * (m.Groups[2].Value == "W" ? 7 : 1);
        return word.Groups[1].Value.Equals("after", StringComparison.OrdinalIgnoreCase) ? -days : days;
    }

    /// <summary>The first specific place (not a whole country) named in the lead, else the place named most often.</summary>
    private static PlaceRef? StoryPlace(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<EntitySpan>> found)
    {
        var places = found.SelectMany((list, i) => list
            .Where(e => e.Kind == EntityKind.Place && (e.Lat is not null || e.Id is null) && IsLocative(PlaceWordBefore(sentences[i].Text, e)))
            .Select(e => (Sentence: i, Entity: e))).ToList();
        var specific = places.Where(p => p.Entity.Id is null).ToList();
        var lead = specific.FirstOrDefault(p => p.Sentence < 2);
        var chosen = lead.Entity ?? specific.GroupBy(p => p.Entity.Name).OrderByDescending(g => g.Count()).Select(g => g.First().Entity).FirstOrDefault();
        return chosen is null ? null : new PlaceRef(chosen.Name, chosen.Country, chosen.Lat, chosen.Lon);
    }

    /// <summary>The day the story's news happened: a day-precise date of the lead within three days before publication.</summary>
    private static TimeValue? FindStoryDay(IReadOnlyList<Sentence> sentences, IReadOnlyList<TimeExpression> times, DateOnly? dct)
    {
        if (dct is not { } d || sentences.Count == 0)
        {
            return null;
        }

        var leadEnd = sentences[Math.Min(2, sentences.Count - 1)].End;
        return times
            .Where(t => t.Start < leadEnd && t.Time.Precision == TimePrecision.Day && t.Time.Earliest is { } e && e <= d && e >= d.AddDays(-3))
            .Select(t => t.Time)
            .FirstOrDefault();
    }

    /// <summary>"12 militants were killed", "the town was shelled": the subject suffers the event.</summary>
    // "was killed", "were shot and killed": the auxiliary may stand before a first participle joined by "and".
    // "is prepared to lift", "is committed to opening": an adjective before "to" states the subject's own stance.
    private static bool IsPassive(List<Token> tokens, Trigger trigger) =>
        trigger.Entry.Kind == TriggerKind.Verb && tokens[trigger.First].Lower.EndsWith("ed", StringComparison.Ordinal) && trigger.Entry.Words[^1] != "to"
        && tokens.Take(trigger.First).TakeLast(trigger.First >= 3 && tokens[trigger.First - 1].Lower == "and" ? 4 : 2)
            .Any(t => t.Lower is "was" or "were" or "been" or "being" or "is" or "are");

    private static (IReadOnlyList<ActorRef> Actors, PlaceRef? Location) AssignRoles(
        string text, IReadOnlyList<EntitySpan> found, Trigger trigger, int windowStart, int windowEnd, bool passive)
    {
        var actors = new List<ActorRef>();
        EntitySpan? place = null;
        var bestPlaceDistance = int.MaxValue;
        foreach (var e in found)
        {
            var prep = PrecedingWord(text, e.Start);
            if (e.Kind == EntityKind.Place || (e.Kind == EntityKind.Actor && e.Lat is not null && prep is "in" or "at" or "near" or "to" or "into" or "over"))
            {
                // A town's part ("in eastern Homs") is still the town; a country's ("in northern Israel", "in southern
                // Lebanon") is a region, and a country as an actor keeps its own word before it.
                var placePrep = e.Kind == EntityKind.Place ? PlaceWordBefore(text, e) : prep;
                if (placePrep is "in" or "at" or "near" or "outside" or "over" or "into" or "to" or "across" or "around" or "of" or "on"
                    || (e.Kind == EntityKind.Place && KindWordAfter().IsMatch(text.AsSpan(e.End))))
                {
                    var distance = e.Start >= trigger.End ? e.Start - trigger.End : trigger.Start - e.End;
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

        place = place is null ? null : Narrowest(text, found, place, windowStart, windowEnd);
        return (actors, place is null ? null : new PlaceRef(place.Name, place.Country, place.Lat, place.Lon));
    }

    /// <summary>
    /// Of two places named one inside the other, the one a coder records: the village, town or front inside a region
    /// ("Widyan village in the western countryside of Ar-Raqqa" → Widyan), but the district a small area belongs to
    /// ("the Rabat area of Tarnak Wa Jaldak district" → Tarnak Wa Jaldak, "the Pol-e-Malan village of Guzara district" → Guzara).
    /// </summary>
    private static EntitySpan Narrowest(string text, IReadOnlyList<EntitySpan> found, EntitySpan chosen, int windowStart, int windowEnd)
    {
        var places = found.Where(e => e.Kind == EntityKind.Place && e.Start >= windowStart && e.End <= windowEnd).OrderBy(e => e.Start).ToList();
        for (var step = 0; step < 3; step++)
        {
            var i = places.IndexOf(chosen);
            if (i < 0)
            {
                break;
            }

            if (i > 0 && Inside(text, places[i - 1], chosen) == places[i - 1])
            {
                chosen = places[i - 1];
            }
            else if (i + 1 < places.Count && Inside(text, chosen, places[i + 1]) == places[i + 1])
            {
                chosen = places[i + 1];
            }
            else
            {
                break;
            }
        }

        return chosen;
    }

    /// <summary>Which of two places, the first named inside the second, is the event's; null when the words between do not say one is inside the other.</summary>
    private static EntitySpan? Inside(string text, EntitySpan first, EntitySpan second)
    {
        var gap = text[first.End..second.Start];
        if (gap.Length > 60)
        {
            return null;
        }

        if (AreaOf().IsMatch(gap) && DistrictAfter().IsMatch(text.AsSpan(second.End)))
        {
            return second;
        }

        var words = gap.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.Any(w => w is "in" or "of") && words.All(w => ContainerWords.Contains(w.ToLowerInvariant()) || Directions.Contains(w.ToLowerInvariant()) || ArabicArticles.Contains(w.ToLowerInvariant()))
            ? first : null;
    }

    // Words between a place and the region around it: "village in the western countryside of", "town of", "front in".
    private static readonly HashSet<string> ContainerWords = new(StringComparer.Ordinal)
    {
        "in", "of", "the", "village", "villages", "town", "towns", "city", "front", "area", "areas", "neighbourhood", "neighborhood",
        "countryside", "outskirts", "vicinity", "suburbs", "desert", "province", "governorate", "sub", "district", "subdistrict",
        "region", "camp", "hill", "plain", "farms",
    };

    // "the Rabat area of", "the Pol-e-Malan village of": a small place of the district named next.
    [GeneratedRegex(@"^\s+(?:area|village|locality)\s+of\s+(?:the\s+)?$")]
    private static partial Regex AreaOf();

    [GeneratedRegex(@"^\s+district\b")]
    private static partial Regex DistrictAfter();

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

    private static bool IsLocative(string? word) =>
        word is "in" or "at" or "near" or "outside" or "over" or "into" or "across" or "around" or "of" or "from" or "inside" or "on";

    // "captured Dakhireh village": a kind word after a name says it is where something happened, whatever comes before it.
    [GeneratedRegex(@"^\s+(?:village|town|city|neighbou?rhood|district)\b")]
    private static partial Regex KindWordAfter();

    // "in the clashes", "During the fighting": an event already told
    [GeneratedRegex(@"\b(?:[Ii]n|[Dd]uring|[Ff]rom|[Aa]mid) the (?:clashes|fighting|attacks?|battles?|shelling|fight|assault|raids?|bombardment)\b")]
    private static partial Regex BackReference();

    /// <summary>
    /// The word before a place, past an article joined to it ("of Ar-Raqqa" → "of"), "Rural" ("in Rural Damascus" → "in")
    /// and a direction when the countryside around a town follows ("in the eastern Homs countryside" → "in"). A direction
    /// before a bare name stays: "in central Basra", "in northern Israel" name a part, not the place a report is about.
    /// </summary>
    private static string? PlaceWordBefore(string text, EntitySpan e) =>
        e.Id is null ? PrecedingWord(text, e.Start, beforeParts: true, directions: CountrysideAfter().IsMatch(text.AsSpan(e.End))) : PrecedingWord(text, e.Start);

    // "the eastern Homs countryside", "western Menbij countryside", "the northern Hama desert"
    [GeneratedRegex(@"^\s+(?:countryside|desert|outskirts|suburbs|plains?)\b")]
    private static partial Regex CountrysideAfter();

    /// <summary>The word before a span, lower case; with <paramref name="beforeParts"/>, the word before an article or
    /// "rural" that only says which part of a place is meant, and with <paramref name="directions"/> before a direction too.</summary>
    private static string? PrecedingWord(string text, int start, bool beforeParts = false, bool directions = false)
    {
        var (begin, end) = Token.Before(text, start);
        if (begin == end)
        {
            // "of Ar-Raqqa", "in north-western Idlib": a span that starts after an article or a direction joined by a
            // hyphen has the word before those.
            if (beforeParts && end > 1 && text[end - 1] == '-' && Token.Before(text, end - 1) is var (b, e) && e > b
                && (ArabicArticles.Contains(text[b..e].ToLowerInvariant()) || (directions && Directions.Contains(text[b..e].ToLowerInvariant()))))
            {
                return PrecedingWord(text, b, beforeParts, directions);
            }

            return end > 0 && text[end - 1] == ',' ? "," : null;
        }

        var word = text[begin..end].ToLowerInvariant();
        // "in the Hazrama area": the article sits between the preposition and the place; so may "rural" or a direction.
        var part = beforeParts && (word == "rural" || (directions && Directions.Contains(word)));
        return (word == "the" && begin > 0 && text[begin - 1] == ' ') || part ? PrecedingWord(text, begin, beforeParts, directions) ?? word : word;
    }

    private static readonly HashSet<string> ArabicArticles = new(StringComparer.Ordinal) { "al", "el", "ar", "as", "ash", "ad", "an", "az", "at", "ez", "es" };

    // Words between a preposition and a place that only say which part of it: "in eastern Homs", "in Rural Damascus".
    private static readonly HashSet<string> Directions = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
        "southeastern", "southwestern", "central", "rural", "northeast", "northwest", "southeast", "southwest", "greater",
    };

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

    /// <summary>A short title: the trigger's clause, with the sentence's subject when the clause starts at the verb.</summary>
    /// <example>"…delegation, led by X, arrived in Syria on January 5 and visited…" → "The French delegation arrived in Syria on January 5".</example>
    private static string MakeTitle(string text, Trigger trigger, int windowEnd)
    {
        var clauseStart = text.LastIndexOfAny([',', ';', ':', '(', '—'], Math.Max(0, trigger.Start - 1)) + 1;
        var clause = text[clauseStart..trigger.Start].Trim();
        if (clause.StartsWith("and ", StringComparison.Ordinal) || clause.StartsWith("but ", StringComparison.Ordinal))
        {
            clause = clause[4..];
        }

        var subject = "";
        if (clause.Length == 0 || CountWords(clause) <= 1)
        {
            var firstComma = text.IndexOfAny([',', ';']);
            var head = firstComma > 0 && firstComma < trigger.Start ? text[..firstComma].Trim() : "";
            if (CountWords(head) is > 0 and <= 6)
            {
                subject = head + " ";
            }
        }

        var stop = windowEnd;
        foreach (var sep in new[] { ',', ';', ':' })
        {
            var i = text.IndexOf(sep, trigger.End);
            if (i >= 0 && i < stop && CountWords(text[trigger.End..i]) >= 2)
            {
                stop = i;
            }
        }

        var tail = text[trigger.Start..stop].Trim().TrimEnd('.', '"', '\'', '”');
        var title = (subject + (clause.Length > 0 ? clause + " " : "") + tail).Trim();
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 16)
        {
            title = string.Join(' ', words.Take(16)) + "…";
        }

        return title.Length > 0 ? char.ToUpperInvariant(title[0]) + title[1..] : title;
    }

    private static int CountWords(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*$|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:19|20)\d\d$")]
    private static partial Regex TemporalWords();

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

    [GeneratedRegex(@"\b(?:continues?|continuing|ongoing|still|(?:is|are|am) (?:\w+ )?\w+ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OngoingCue();

    [GeneratedRegex(@"\bsince\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceCue();

    [GeneratedRegex(@"\b(?:later|subsequently|afterwards|thereafter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaterCue();

    // Straight after a duration: "after" or "before", which make it an offset between two clauses.
    [GeneratedRegex(@"\G\s+(after|before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetWord();

    // Between an offset duration and a trigger it dates: the offset word and at most a short subject ("after the Houthis overran").
    [GeneratedRegex(@"^\s+(?:after|before)\s+(?:[\w'’-]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseAfterOffset();

    // "would keep up their campaign, three days after their protest": what a length of time came after has happened,
    // whatever mood the main clause is in.
    [GeneratedRegex(@"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+after\s+(?:[\w'’-]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterOffset();

    [GeneratedRegex(@"^P(\d{1,3})([DW])$")]
    private static partial Regex DurationDays();

    // "that day", "earlier the same day", "later that night"
    [GeneratedRegex(@"\b(?:that|the same) (?:day|morning|afternoon|evening|night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameDay();

    // Between a definite noun and a date that is its own: nothing ("the bombing earlier that day"), its participle
    // ("the disengagement, carried out on 26 September"), or a short phrase of place or object that is no statement
    // ("the attack on the camp on Sunday", "the raid in Douma last week").
    [GeneratedRegex(@"^[\s,]*(?:(?:which|that)\s+(?:was|were)\s+)?(?:(?!(?:claimed|reported|condemned|announced|denied|confirmed|described|mentioned)\b)(?:[a-z]+ed|held|fought|begun|made|done|struck|won|taken)(?:\s+(?:out|up|off))?\s+)?(?:(?:of|on|at|in|near|against|outside|inside|into|from)\s+(?![^,]*\b(?:statement|message|communiqu[eé]|interview|speech|video|post|report|briefing|letter|tweet|broadcast|remarks|address|conference|posted|said|says)\b)(?:[\w'’-]+\s+){0,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex BoundAfter();

    // Between a date and a definite noun that is dated by it: a possessive or nothing ("Thursday's fighting", "last
    // week's explosion", "the 12 March bombing").
    [GeneratedRegex(@"^\s*(?:['’]s)?\s*$")]
    private static partial Regex BoundBefore();

    [GeneratedRegex(@"\b(?:mediated|brokered|hosted|facilitated|sponsored)(?: \w+)? by\b[^.;]*$|\bmediat(?:or|ors|ion) of\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex MediatorCue();

    [GeneratedRegex(@"\bbetween\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenCue();

    // "according to the Syrian Observatory", "quoted by the official Syrian Arab News Agency (SANA) as saying",
    // "the ministry said", "said a spokesman for the army"
    [GeneratedRegex(@"\b(?i:according to) (?:the )?([A-Z][\w'’.-]*(?: (?:of |for |the |al-)?[A-Z][\w'’.-]*)*)|\bquoted by (?:the )?(?:official )?([A-Z][\w'’.-]*(?: [A-Z(][\w'’.()-]*)*) as saying|\b((?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]*) (?:said|says|told|reported|announced)\b")]
    private static partial Regex AttributionPattern();
}
