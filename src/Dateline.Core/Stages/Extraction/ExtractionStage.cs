using System.Text.RegularExpressions;
using Dateline.Core.Model;
using Dateline.Core.Stages.Resolution;
using Dateline.Core.Stages.Segmentation;
using Dateline.Core.Stages.Temporal;

namespace Dateline.Core.Stages.Extraction;

/// <summary>
/// Extraction: finds event mentions in sentences (trigger → PLOVER type), and gives each its status, time,
/// actors with roles, location, fatalities and attribution. Rule-based; each rule carries an example.
/// </summary>
public sealed partial class ExtractionStage(IEntityRecognizer entities)
{
    /// <summary>Extracts the mentions of one report.</summary>
    /// <param name="report">The cleaned report (its publication time anchors deixis).</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="times">Its time expressions, with offsets in the report text.</param>
    public IReadOnlyList<Mention> Extract(Report report, IReadOnlyList<Sentence> sentences, IReadOnlyList<TimeExpression> times)
    {
        var dct = report.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : (DateOnly?)null;
        var storyDay = FindStoryDay(sentences, times, dct);
        // Entities once per sentence, with the report's main country; the story's place is the first specific place of
        // the lead, else the most named one.
        var (recognized, country) = entities.FindAll(report.Text, sentences, dct, report.Country);
        var found = recognized.Select((spans, i) => WithCapital(sentences[i].Text, spans, country)).ToList();
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
            var lastTown = TheTown().IsMatch(sentence.Text) ? LastTown(sentences, found, si) : null;
            // The mentions told so far go in as they are: the sentence's own join them while it is read (see Antecedent).
            var context = new SentenceContext(report, sentence, sentenceTimes, dct, storyDay, previousDate, country, found[si], storyPlace, eventDay, lastTown, mentions);
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
                && FatalityRules.Find(sentence.Text) is { } toll)
            {
                if (mentions[earlier].Fatalities is null)
                {
                    mentions[earlier] = mentions[earlier] with { Fatalities = toll };
                }

                // The event just told may have been told by several verbs ("Rebels captured the village after clashes.
                // 4 fighters were killed."): the toll is the toll of each of its violent mentions in the paragraph that
                // have none of their own.
                for (var i = 0; i < earlier; i++)
                {
                    if (mentions[i].Fatalities is null && mentions[i].Type is "assault" or "coerce" && SameParagraph(report.Text, mentions[i].End, sentence.Start))
                    {
                        mentions[i] = mentions[i] with { Fatalities = toll };
                    }
                }
            }

            // "Fatalities coded as 0 (VoJ reported 1 fatality).": the report's own tally of the toll of the event it has told
            // stands over the deaths told in the account, for every mention of that account.
            if (FatalityRules.Tally(sentence.Text) is { } tally)
            {
                for (var i = 0; i < mentions.Count; i++)
                {
                    mentions[i] = mentions[i] with { Fatalities = tally };
                }
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

    private static bool SameParagraph(string text, int from, int to) =>
        from <= to && to <= text.Length && !text.AsSpan(from, to - from).Contains("\n\n", StringComparison.Ordinal);

    // One place whether stated or taken from the story ("the story's Aleppo" is Aleppo).
    private static bool SameSpot(PlaceRef a, PlaceRef? b) =>
        b is not null && a.Name == b.Name && a.Country == b.Country && a.Lat == b.Lat && a.Lon == b.Lon;

    private static bool OnlyDeaths(List<Mention> mentions, int from)
    {
        for (var i = from; i < mentions.Count; i++)
        {
            if (mentions[i].Trigger is not ("killed" or "died" or "dead") || mentions[i].Location is { } l && !SameSpot(l, mentions[from - 1].Location))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record SentenceContext(
        Report Report, Sentence Sentence, List<TimeExpression> Times, DateOnly? Dct, TimeValue? StoryDay, TimeValue? PreviousDate, string? Country,
        IReadOnlyList<EntitySpan> Entities, PlaceRef? StoryPlace, TimeValue? PreviousEventDay, PlaceRef? LastTown, IReadOnlyList<Mention> Told);
    // LastTown: set only when the sentence says "the city" or "the town".

    /// <summary>
    /// The town "the city" or "the town" refers back to: the last place with coordinates named up to this sentence that
    /// is not a country nor written as a region ("Hama province", "the Idlib countryside"). Null when there is none.
    /// </summary>
    /// <example>"… the collapse of rebel resistance in eastern Aleppo last month. The army announced that it had regained
    /// the whole city." → Aleppo, not the story's "New York" of the lead; "in Hama province" is passed over.</example>
    private static PlaceRef? LastTown(IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<EntitySpan>> found, int upTo)
    {
        for (var si = upTo; si >= 0; si--)
        {
            var text = sentences[si].Text;
            for (var k = found[si].Count - 1; k >= 0; k--)
            {
                var e = found[si][k];
                if (e.Kind == EntityKind.Place && e.Lat is not null && e.Id is null
                    && !RegionWord().IsMatch(text.AsSpan(e.End)) && !RegionWordEnds().IsMatch(text.AsSpan(e.Start, e.End - e.Start)))
                {
                    return new PlaceRef(e.Name, e.Country, e.Lat, e.Lon);
                }
            }
        }

        return null;
    }

    // After a comma, the rest of a list of names: "Turkey and Iran", "Turkey, Iran and Russia" (capitalised words up to its "and").
    [GeneratedRegex(@"^\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*,?\s+and\s+\p{Lu}")]
    private static partial Regex NamesListGoesOn();

    // Right after an event word, that it goes on: "fighting has continued", "the shelling never stopped", "clashes are still ongoing".
    [GeneratedRegex(@"^\s+(?:(?:has|have)\s+(?:\w+\s+)?continued|(?:never|not)\s+(?:stopped|ceased|ended)|continues|(?:is|are)\s+(?:still\s+)?(?:ongoing|continuing))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoesOn();

    // After a place or ending its span: the word that makes it a region, not a town ("Hama province", "Idlib countryside").
    [GeneratedRegex(@"^\s+(?:" + PlaceWords.RegionsOrDesert + @")\b")]
    private static partial Regex RegionWord();

    [GeneratedRegex(@"\s(?:" + PlaceWords.RegionsOrDesert + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex RegionWordEnds();

    // "the city", "the whole town" standing for a town named before; "the city of Homs" names its own.
    [GeneratedRegex(@"\bthe (?:whole |entire |same )?(?:city|town)\b(?!\s+of\s+\p{Lu})")]
    private static partial Regex TheTown();

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

        var own = SelectTriggers(text, tokens, triggers);

        // A definite noun names an event the reader knows of, even as another verb's argument: in "the United Nations
        // welcomed the arrangement" and "officials briefed on the meeting said", the arrangement and the meeting are
        // mentioned too. Their verbs keep the windows they had without them (their actors, times and cues).
        // So does a noun a length of time is counted from: "the visit came a week after a nationwide truce took hold".
        var emitted = triggers.Where(t => own.Contains(t) || (t.Entry.Kind == TriggerKind.Noun
            && (IsDefinite(tokens, t) || IsDefiniteWithAdjective(tokens, t) || AfterOffset().IsMatch(text.AsSpan(0, t.Start)))))
            .Where(t => !IsOtherSideOfTakeover(tokens, triggers, t) && !IsStandingRelation(text, tokens, t) && !IsCauseOfAState(tokens, t)).ToList();
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
            if (IsNegated(text, tokens, trigger))
            {
                continue;
            }

            // "in an attempt to advance towards the town": an aim is intended, not done.
            var status = trigger.IsOffer || AfterOffset().IsMatch(text.AsSpan(0, trigger.Start)) ? EventStatus.Occurred
                : IsAim(tokens, trigger) ? EventStatus.Planned : DecideStatus(text, windowStart, windowEnd, trigger);
            var afterVerb = at > 0 && neighbours[at - 1].Entry.Kind == TriggerKind.Verb;
            var (time, timeText, referred) = DecideTime(ctx, trigger, windowStart, windowEnd, status, tokens, eventDay, afterVerb);
            if (referred is not null || (timeText is not null && time.Precision == TimePrecision.Day))
            {
                eventDay = time;
            }

            // Fighting that "has continued" or "never stopped" since a day goes on to the report's day: it lasts from that
            // day ("though fighting never stopped after the truce of 30 December", told on 25 January: 30 December to 25 January).
            // Only the event the going-on is said of ("fighting has continued"), not another noun of the sentence ("the
            // agreement" in "fighting has continued in a valley the agreement does not cover").
            if (status == EventStatus.Ongoing && GoesOn().IsMatch(text.AsSpan(trigger.End))
                && time is { Precision: TimePrecision.Day, Earliest: { } began } && ctx.Dct is { } reported && began < reported)
            {
                time = TimeValue.Lasting(began, reported, time.Anchor);
            }

            if (status == EventStatus.Planned && time.Earliest is { } te && ctx.Dct is { } d && time.Latest is { } tl && tl < d)
            {
                // A date already past when reported cannot be planned: "talks were to be held on Monday" stays planned
                // only if the date is still ahead; otherwise the report speaks of what happened.
                status = EventStatus.Occurred;
            }

            // A noun that is another verb's argument has none of that verb's subjects: in "the United Nations welcomed the
            // arrangement" the UN welcomes the arrangement; it did not make it.
            var clauseEntities = own.Contains(trigger) ? ctx.Entities : ctx.Entities.Where(e => e.Kind == EntityKind.Place || e.Start >= windowStart).ToList();
            var (actors, location) = AssignRoles(text, clauseEntities, trigger, windowStart, windowEnd, IsPassive(tokens, trigger));

            // A noun that refers back to an event told is where that event was said to be: in "his side had come to Astana
            // only to consolidate the truce", the truce told before is the countrywide one, not Astana's.
            location = referred?.Location is { Precision: not PlacePrecision.Story } told ? told : location;

            // An event told as spanning the country is the country's, whatever town the clause or the story names.
            location = NationwidePlace(text, trigger, windowStart, windowEnd, ctx) ?? location;

            // No place in the trigger's clause: the sentence's place, else the story's (a report's events happen where its story does).
            // A town's compass part is the town here too ("…, in West Manbij"); a place after "from" is more often where
            // someone came from ("a general, from Tartus province, …") than where the event was, so it comes last.
            location ??= ctx.Entities.Where(e => e.Kind == EntityKind.Place && (e.Lat is not null || e.Id is null))
                .Select(e => (Entity: e, Word: PlaceWordBefore(text, e, townPart: true)))
                .Where(p => IsLocative(p.Word) || CountrysideAfter().IsMatch(text.AsSpan(p.Entity.End)))
                .OrderBy(p => p.Word == "from" ? 1 : 0).ThenBy(p => Math.Abs(p.Entity.Start - trigger.Start))
                .Select(p => Located(text, ctx.Entities, p.Entity)).FirstOrDefault();
            // "regained the whole city": the town named last, when the sentence names none.
            location ??= ctx.LastTown;
            location ??= HomeOfForeignState(trigger, actors, ctx);
            var fromStory = location is null && ctx.StoryPlace is not null;
            location ??= ctx.StoryPlace;
            location = location is null ? null : entities.AtSeat(location);
            if (fromStory)
            {
                location = location! with { Precision = PlacePrecision.Story };
            }

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
                Title = MakeTitle(text, trigger, windowEnd, at > 0 ? neighbours[at - 1] : null),
                RefersTo = triggers.FirstOrDefault(t => t.Entry.Kind == TriggerKind.Noun && !own.Contains(t) && t != trigger
                    && t.Start >= windowStart && t.End <= windowEnd && t.Entry.Class != trigger.Entry.Class)?.Entry.Class,
            };
        }
    }

    /// <summary>A short title: the trigger's clause, with the sentence's subject when the clause starts at the verb.</summary>
    /// <example>"…delegation, led by X, arrived in Syria on January 5 and visited…" → "The French delegation arrived in Syria on January 5".</example>
    /// <summary>
    /// The noun phrase before a comma that a relative clause after it describes: the words back to a preposition, a verb
    /// of being or saying, or a clause mark, at most six; empty when no such bound is found within six words.
    /// </summary>
    /// <example>"a crushing blow to the militants and their foreign supporters, who …" → "the militants and their foreign
    /// supporters"; "Iran, which …" → "Iran".</example>
    private static string AntecedentPhrase(string text, int comma)
    {
        var words = new List<string>();
        var end = comma;
        while (words.Count <= 6)
        {
            var start = end;
            while (start > 0 && text[start - 1] is not (' ' or ',' or ';' or ':' or '(' or '—' or '"'))
            {
                start--;
            }

            if (start == end || AntecedentBounds.Contains(text[start..end].ToLowerInvariant()))
            {
                break;
            }

            words.Insert(0, text[start..end]);
            if (start == 0 || text[start - 1] != ' ')
            {
                break;
            }

            end = start - 1;
        }

        return words.Count is > 0 and <= 6 ? string.Join(' ', words) : "";
    }

    /// <summary>The sentence's head before its first comma, from <paramref name="from"/>, when it ends before <paramref name="before"/> and has one to six words; else empty.</summary>
    /// <example>"The French delegation, led by lawmaker Thierry Mariani, arrived …" → "The French delegation".</example>
    private static string Head(string text, int from, int before)
    {
        var firstComma = text.IndexOfAny([',', ';'], from);
        var head = firstComma > from && firstComma < before ? text[from..firstComma].Trim() : "";
        return CountWords(head) is > 0 and <= 6 ? head : "";
    }

    /// <summary>
    /// Where a clause starts when its comma only separates names of one list: back over each "Name, " before it. The
    /// clause must open with a capitalised word and hold the list's "and" before the trigger.
    /// </summary>
    /// <example>"… ended on Tuesday with Russia, Turkey and Iran agreeing …" at "Turkey" → at "Russia"; "… that Moscow,
    /// Ankara and Tehran had promised" → at "Moscow"; "In Aleppo, troops and militias shelled …" → unchanged (the clause
    /// opens with a lower-case word).</example>
    private static int ListStart(string text, int clauseStart, int triggerStart)
    {
        while (clauseStart > 1 && text[clauseStart - 1] == ','
            && text[clauseStart..triggerStart].TrimStart() is { Length: > 0 } rest && char.IsUpper(rest[0]) && rest.Contains(" and ", StringComparison.Ordinal))
        {
            // The run of capitalised words just before the comma: "Russia" in "with Russia,".
            var start = clauseStart - 1;
            var words = 0;
            while (start > 0 && words < 3)
            {
                var end = start;
                var begin = text.LastIndexOf(' ', Math.Max(0, end - 1)) + 1;
                if (begin >= end || !char.IsUpper(text[begin]) || text[end - 1] == ',' || CalendarNames.Contains(text[begin..end]))
                {
                    break;
                }

                start = begin > 0 ? begin - 1 : 0;
                words++;
            }

            if (words == 0)
            {
                break;
            }

            // At the space before the run, so that a comma before it ("Syria, Russia, Turkey and Iran") continues the list.
            clauseStart = start;
        }

        return clauseStart;
    }

    // Capitalised words that are no names in a list: "On Tuesday, Russia, Turkey and Iran signed" lists three states.
    private static readonly HashSet<string> CalendarNames =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
         "May", "June", "July", "August", "September", "October", "November", "December"];

    // Words that end a noun phrase read backwards from its comma: prepositions and verbs of being or saying.
    private static readonly HashSet<string> AntecedentBounds =
        ["to", "of", "for", "by", "with", "from", "on", "in", "at", "against", "about", "over", "after", "before", "than",
         "is", "was", "are", "were", "said", "says", "told"];

    private static string MakeTitle(string text, Trigger trigger, int windowEnd, Trigger? previous)
    {
        // A spaced dash ends a clause as a long dash does; it also ends a wire dateline ("ASTANA, Jan 23 (Caspian Daily) -
        // Delegations … met" is titled "Delegations … met", not "Caspian Daily) - Delegations … met").
        var before = text.AsSpan(0, Math.Max(0, trigger.Start - 1));
        var dashEnd = Math.Max(before.LastIndexOf(" - ", StringComparison.Ordinal), before.LastIndexOf(" – ", StringComparison.Ordinal)) is var dash and >= 0 ? dash + 3 : 0;
        var clauseStart = Math.Max(text.LastIndexOfAny([',', ';', ':', '(', '—'], Math.Max(0, trigger.Start - 1)) + 1, dashEnd);
        clauseStart = ListStart(text, clauseStart, trigger.Start);
        var clause = text[clauseStart..trigger.Start].Trim();
        if (clause.StartsWith("and ", StringComparison.Ordinal) || clause.StartsWith("but ", StringComparison.Ordinal))
        {
            clause = clause[4..];
        }

        // A relative clause after a comma tells of the noun before it: "… to the militants and their foreign supporters,
        // who have been working to topple …" is titled "The militants and their foreign supporters have been working …".
        var pronoun = clause.Split(' ')[0];
        var antecedent = pronoun is "who" or "which" && clauseStart > 0 && text[clauseStart - 1] == ',' ? AntecedentPhrase(text, clauseStart - 1) : "";
        if (antecedent.Length > 0)
        {
            clause = antecedent + clause[pronoun.Length..];
        }

        // The second verb of one subject ("Assad received the lawmakers in Damascus on Sunday and told them he was willing
        // to talk") is titled by that subject and its own words: "Assad told them he was willing to talk", not the
        // first verb's clause again. A subject set off by commas ("The delegation, led by X, arrived … and visited …") is
        // the sentence's head.
        if (previous is not null && previous.Start >= clauseStart && previous.End <= trigger.Start
            && trigger.Start > previous.End
            && text.LastIndexOf(" and ", trigger.Start - 1, trigger.Start - previous.End, StringComparison.Ordinal) is var conjunction && conjunction >= 0
            && (text[clauseStart..previous.Start].Trim() is { Length: > 0 } own ? own : Head(text, dashEnd, previous.Start)) is var firstSubject
            && CountWords(firstSubject) is > 0 and <= 8)
        {
            clause = (firstSubject + " " + text[(conjunction + 5)..trigger.Start].Trim()).TrimEnd();
        }

        // No subject of its own: one word, or a verb in the past right after a comma ("The delegation, headed by X, reached
        // Damascus on what it called a fact-finding trip" is titled "The delegation reached Damascus …").
        var subject = "";
        var bare = clause.Length == 0 || CountWords(clause) <= 1
            || (clauseStart > 0 && text[clauseStart - 1] == ',' && clause.Split(' ')[0] is { Length: > 3 } first && char.IsLower(first[0]) && first.EndsWith("ed", StringComparison.Ordinal));
        if (antecedent.Length == 0 && bare && Head(text, dashEnd, trigger.Start) is { Length: > 0 } head)
        {
            subject = head + " ";
        }

        var stop = windowEnd;
        foreach (var sep in new[] { ',', ';', ':' })
        {
            var i = text.IndexOf(sep, trigger.End);
            // A comma inside a list of names is no clause's end: "ended on Tuesday with Russia, Turkey and Iran agreeing".
            while (sep == ',' && i >= 0 && NamesListGoesOn().IsMatch(text.AsSpan(i + 1)))
            {
                i = text.IndexOf(sep, i + 1);
            }

            if (i >= 0 && i < stop && CountWords(text[trigger.End..i]) >= 2)
            {
                stop = i;
            }
        }

        var tail = text[trigger.Start..stop].Trim().TrimEnd('.', '"', '\'', '”');
        // A tail cut at the next verb drops the word that joined them: "arrived in Syria on January 5 and" ends at "5".
        foreach (var joiner in (string[])[" and", " but", " or"])
        {
            tail = tail.EndsWith(joiner, StringComparison.Ordinal) ? tail[..^joiner.Length] : tail;
        }

        var title = (subject + (clause.Length > 0 ? clause + " " : "") + tail).Trim();
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 16)
        {
            title = string.Join(' ', words.Take(16)) + "…";
        }

        return title.Length > 0 ? char.ToUpperInvariant(title[0]) + title[1..] : title;
    }

    private static int CountWords(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
