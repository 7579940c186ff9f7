using System.Text.RegularExpressions;
using Dateline.Core.Model;
using Dateline.Core.Stages.Segmentation;
using Dateline.Core.Stages.Temporal;

namespace Dateline.Core.Stages.Extraction;

// Time attachment: which of the sentence's time expressions dates a trigger, and the story's own day.
public sealed partial class ExtractionStage
{
    // PLOVER's verbal types: a statement reported without a date happened on the story's day.
    private static readonly HashSet<string> VerbalTypes = ["accuse", "reject", "support", "agree", "request", "threaten", "consult"];

    /// <summary>
    /// The time of a trigger and the expression that gave it; <c>Referred</c> is the event a definite noun refers back
    /// to when the time is that event's (see <see cref="Antecedent"/>): a "the following day" later in the sentence
    /// counts from it, and the noun is where it was.
    /// </summary>
    private static (TimeValue Time, string? Text, Mention? Referred) DecideTime(
        SentenceContext ctx, Trigger trigger, int windowStart, int windowEnd, EventStatus status, List<Token> tokens, TimeValue? eventDay, bool afterVerb)
    {
        var text = ctx.Sentence.Text;
        var usable = ctx.Times.Where(t => t.Time.Earliest is not null || t.Time.Latest is not null).ToList();
        // "came a day after the protest": the length dates the clause after "after" from this one, not this one.
        var after = usable.FirstOrDefault(t => t.Start >= trigger.End && t.Start < windowEnd && OffsetOf(text, t) is null
            && !RelativeClause().IsMatch(text.AsSpan(trigger.End, t.Start - trigger.End)));
        var before = usable.LastOrDefault(t => t.End <= trigger.Start && t.Start >= windowStart);
        if (before is not null && OffsetOf(text, before) is { } offset && ClauseAfterOffset().IsMatch(text[before.End..trigger.Start]))
        {
            // "said on Wednesday …, three days after their protest": the protest is three days before the day the
            // sentence is told on (a date written earlier in it, else the event just dated, else the report's day).
            var anchor = usable.LastOrDefault(t => t.End <= before.Start && t.Type != TimexType.Duration && t.Time.Precision == TimePrecision.Day)?.Time
                ?? eventDay ?? ctx.StoryDay ?? (ctx.Dct is { } d ? TimeValue.OfDay(d, TimeAnchor.Publication) : null);
            if (anchor is { Earliest: { } day, Precision: TimePrecision.Day })
            {
                return (TimeValue.OfDay(day.AddDays(offset), TimeAnchor.PreviousDate), before.Text, null);
            }
        }

        var only = usable.Count == 1 && ctx.Times.Count == 1
            && (usable[0].End <= trigger.Start || !RelativeClause().IsMatch(text.AsSpan(trigger.End, Math.Max(0, usable[0].Start - trigger.End)))) ? usable[0] : null;
        var chosen = after ?? before ?? only;
        var definite = trigger.Entry.Kind == TriggerKind.Noun && IsDefinite(tokens, trigger);
        if (definite)
        {
            // A definite noun names an event told before; a date elsewhere in its sentence is the telling's. In "the
            // Security Council condemned the bombing in a statement on Monday" Monday is the statement's, in "the
            // monitor now counts 12 dead from the bombing" now is the count's. Only a date bound to the noun is its own:
            // "the bombing on Sunday", "the convoy bombing earlier that day", "Thursday's fighting".
            // The object of the verb just before it ("the Security Council endorsed that truce the next day") leaves a
            // date after it to that verb: the endorsing was the next day, the truce is the one told before.
            var objectOfVerb = afterVerb && ObjectOfPreviousVerb().IsMatch(text.AsSpan(windowStart, trigger.Start - windowStart));
            chosen = after is not null && !objectOfVerb && (BoundAfter().IsMatch(text[trigger.End..after.Start]) || InForceSince().IsMatch(text[trigger.End..after.Start])) ? after
                : before is not null && BoundBefore().IsMatch(text[before.End..trigger.Start]) ? before
                : null;
        }

        if (chosen is not null)
        {
            // "that day", "the same day": the day of the event just told, not of the last date written ("an al-Qaeda
            // group claimed the attack on Tuesday. It made no mention of the convoy bombing earlier that day": Sunday's).
            if (SameDay().IsMatch(chosen.Text) && eventDay is not null)
            {
                return (eventDay, chosen.Text, null);
            }

            // "the next morning", "the following day": the day after the event just told, not after the last date
            // written ("Last Sunday, hundreds protested … The next morning, police detained 30 activists": Monday).
            if (NextDay().IsMatch(chosen.Text) && eventDay is not null)
            {
                return (DayAfter(eventDay), chosen.Text, null);
            }

            // "Two days of negotiations in Astana ended on Tuesday", "a three-day summit that closed on Friday": the event
            // lasted the days up to the day it ended (Monday and Tuesday), not only that day.
            if (chosen.Time is { Precision: TimePrecision.Day, Earliest: { } last } && LastingDays(ctx.Times, text, trigger, chosen) is { } days)
            {
                return (TimeValue.Lasting(last.AddDays(1 - days), last, chosen.Time.Anchor), chosen.Text, null);
            }

            return (chosen.Time, chosen.Text, null);
        }

        // "The Taliban's weekend attack" (no time expression found): the last weekend by the report's day.
        if (WeekendBefore().IsMatch(text.AsSpan(0, trigger.Start)) && ctx.Dct is { } published)
        {
            return (LastWeekend(published), "weekend", null);
        }

        // A definite noun with no date of its own refers back to the last event of its kind the report told: "A
        // nationwide truce took hold a week after the visit. The UN Security Council gave the arrangement its backing
        // the following day." — the arrangement is the truce and has its time (undated if the truce is), not the
        // report's day, dated by what dated the truce; a "the following day" after it counts from it.
        if (definite && Antecedent(ctx.Told, ctx.Sentence.Start, trigger.Entry) is { } antecedent)
        {
            return (antecedent.Time, antecedent.TimeText, antecedent);
        }

        // "The next morning, police detained 30 activists" (no time expression found): the day after the event just told.
        if (NextDay().Match(text, windowStart, trigger.Start - windowStart) is { Success: true } next
            && eventDay is { Earliest: { } toldDay, Precision: TimePrecision.Day })
        {
            return (TimeValue.OfDay(toldDay.AddDays(1), TimeAnchor.PreviousDate), next.Value, null);
        }

        var window = text[windowStart..windowEnd];
        if (LaterCue().IsMatch(window) && ctx.PreviousDate is { Earliest: { } pe } previous)
        {
            // "The ceasefire was later ratified": after the previous date in the text, and by the report's day.
            var latest = status == EventStatus.Occurred ? ctx.Dct : null;
            return (new TimeValue(previous.Value, pe, latest, previous.Precision, "AFTER", TimeAnchor.PreviousDate), null, null);
        }

        if (ctx.Dct is not { } dct)
        {
            return (TimeValue.Unknown, null, null);
        }

        if (status is EventStatus.Planned or EventStatus.Announced or EventStatus.Hypothetical)
        {
            return (new TimeValue("FUTURE_REF", dct, null, TimePrecision.Unknown, null, TimeAnchor.Publication), null, null);
        }

        var perfect = trigger.First > 0 && tokens.Take(trigger.First).TakeLast(3).Any(t => t.Lower == "had");
        var lead = ctx.Sentence.Paragraph <= 1;
        if (!perfect && (VerbalTypes.Contains(trigger.Entry.Type) || lead))
        {
            return (ctx.StoryDay ?? TimeValue.OfDay(dct, TimeAnchor.Publication), null, null);
        }

        return (new TimeValue("PAST_REF", null, dct, TimePrecision.Unknown, null, TimeAnchor.Publication), null, null);
    }

    /// <summary>
    /// The event a definite noun refers back to: the last one told just before it (earlier in its sentence, or in the
    /// last sentence before it that told an event) of the same type and kind, else the last one told earlier by a noun
    /// of its class with a date of its own (<see cref="TriggerClasses.SameKind"/>); null when the report told none.
    /// </summary>
    /// <example>"A nationwide truce took hold. … gave the arrangement its backing" → the truce (an accord and a ceasefire
    /// are one kind); "Troops shelled the town. … the attack" → the shelling; "Assad said he was willing to talk. … the
    /// deal" → none (an offer is no accord); "the negotiations Moscow had promised. … the ceasefire" → none.</example>
    private static Mention? Antecedent(IReadOnlyList<Mention> told, int sentenceStart, TriggerEntry noun)
    {
        // The events just told: of this sentence and of the last sentence before it that told any. Further back, a
        // definite noun more often names the report's news than an event of its background ("the protests" in a report
        // of today's protests after a paragraph on last year's), unless the report told the event by the same noun with
        // its date ("a nationwide ceasefire took effect on 30 December … Whether the truce survives until then …").
        var previous = told.LastOrDefault(m => m.Start < sentenceStart)?.Start ?? sentenceStart;
        for (var i = told.Count - 1; i >= 0; i--)
        {
            var m = told[i];
            // A verb whose object names an event of another kind is about that one: "negotiations that Moscow had
            // promised" tells of talks, and is no antecedent of "the ceasefire".
            var entry = TriggerClasses.EntryOf(m.Trigger, m.Type);
            var near = m.Start >= previous;
            if (m.Type == noun.Type && (near ? TriggerClasses.SameKind(entry?.Class ?? m.Type, noun.Class) : entry?.Class == noun.Class && entry.Kind == TriggerKind.Noun && m.TimeText is not null)
                && (entry?.Kind != TriggerKind.Verb || m.RefersTo is null || TriggerClasses.SameKind(m.RefersTo, noun.Class)))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// The day after an event's time: a day's next day; an interval moved on by one day; an undated time stays undated
    /// (the day after an event whose day is unknown is unknown too, not the report's day).
    /// </summary>
    /// <example>2016-12-30 → 2016-12-31; 2017-01-23..24 → 2017-01-24..25; PAST_REF → PAST_REF.</example>
    private static TimeValue DayAfter(TimeValue told) =>
        told is { Earliest: { } e, Latest: { } l } ? TimeValue.Covering(e.AddDays(1), l.AddDays(1), TimeAnchor.PreviousDate) : told;

    /// <summary>
    /// How many days an event lasted when its sentence tells it by its length and its end: a duration of days or weeks
    /// as "N days of" or "N-day" before the trigger, and a verb of ending between the trigger and the day; else null.
    /// </summary>
    /// <example>"Two days of Syria negotiations in Astana ended on Tuesday" → 2; "a three-day summit that closed on
    /// Friday" → 3; "two days after the protest ended on Tuesday" → null (a gap, not a length).</example>
    private static int? LastingDays(List<TimeExpression> times, string text, Trigger trigger, TimeExpression end)
    {
        if (!EndedOn().IsMatch(text.AsSpan(trigger.End, Math.Max(0, end.Start - trigger.End))))
        {
            return null;
        }

        var length = times.LastOrDefault(t => t.Type == TimexType.Duration && t.End <= trigger.Start
            && (t.Text.Contains('-') ? LengthAdjective() : LengthOf()).IsMatch(text.AsSpan(t.End, trigger.Start - t.End)));
        return length is not null && DaysOf(length.Value) is > 1 and var days ? days : null;
    }

    /// <summary>The days of a duration in days or weeks; else null.</summary>
    /// <example>"P3D" → 3; "P1W" → 7; "P2M" → null.</example>
    private static int? DaysOf(string duration) =>
        DurationDays().Match(duration) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * (m.Groups[2].Value == "W" ? 7 : 1)
            : null;

    /// <summary>
    /// The signed number of days a duration shifts the clause after it, when "after" or "before" follows it; else null.
    /// </summary>
    /// <example>"three days after" (P3D) → -3; "a week before" (P1W) → 7; "two days" alone → null.</example>
    private static int? OffsetOf(string text, TimeExpression t)
    {
        if (t.Type != TimexType.Duration || OffsetWord().Match(text, t.End) is not { Success: true } word || DaysOf(t.Value) is not { } days)
        {
            return null;
        }

        return word.Groups[1].Value.Equals("after", StringComparison.OrdinalIgnoreCase) ? -days : days;
    }

    /// <summary>The weekend a report means by "weekend": the one it falls on, else the last one before it.</summary>
    /// <example>Published Wednesday 2019-04-17 → 2019-04-13..2019-04-14 (2019-W15-WE); on Sunday 2019-04-14 → the same.</example>
    private static TimeValue LastWeekend(DateOnly published)
    {
        var sunday = published.DayOfWeek == DayOfWeek.Saturday ? published.AddDays(1) : published.AddDays(-(int)published.DayOfWeek);
        var saturday = sunday.AddDays(-1);
        var at = saturday.ToDateTime(TimeOnly.MinValue);
        var value = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{System.Globalization.ISOWeek.GetYear(at)}-W{System.Globalization.ISOWeek.GetWeekOfYear(at):00}-WE");
        return new TimeValue(value, saturday, sunday < published ? sunday : published, TimePrecision.Week, null, TimeAnchor.Publication);
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

    // Straight before a trigger: "weekend" as its modifier ("the Taliban's weekend attack", "the weekend's clashes").
    [GeneratedRegex(@"\bweekend(?:['’]s)?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekendBefore();

    // "the next morning", "the following day"
    [GeneratedRegex(@"\b(?:next|following) (?:day|morning|afternoon|evening|night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextDay();

    // Between a trigger and a later date: a relative clause on a person or a body, whose verb the date belongs to ("Five
    // soldiers were killed, said a spokesman, who accused the Houthis of breaking a lull that had held since the
    // spring"). A clause with "which" may tell of the event itself ("a ceasefire, which came into effect on 30 December").
    [GeneratedRegex(@",\s*(?:who|whose)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClause();

    // Between a length and the event it measures: "of" and a few words ("two days of Syria negotiations").
    [GeneratedRegex(@"^\s+of\s+(?:[\w'’-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex LengthOf();

    // Between a length written as an adjective and its event: at most two words ("a three-day peace conference").
    [GeneratedRegex(@"^\s+(?:[\w'’-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex LengthAdjective();

    // Between an event told by its length and the day it ended: its place or a relative pronoun, then a verb of ending
    // ("negotiations in Astana ended on", "summit that closed on", "talks, which wrapped up on").
    [GeneratedRegex(@"^(?:\s+(?:in|at)\s+(?:[\w'’-]+\s+){1,3})?\s*,?\s*(?:(?:that|which)\s+)?(?:ended|closed|concluded|finished|wrapped\s+up)\s+(?:on\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EndedOn();

    [GeneratedRegex(@"^P(\d{1,3})([DW])$")]
    private static partial Regex DurationDays();

    // "that day", "earlier the same day", "later that night"
    [GeneratedRegex(@"\b(?:that|the same) (?:day|morning|afternoon|evening|night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameDay();

    // Between a definite noun and a date that is its own: nothing ("the bombing earlier that day"), its participle
    // ("the disengagement, carried out on 26 September"), a verb of its own taking place ("the ceasefire took effect on
    // December 30", "the talks began on Monday", "the truce was signed on 4 May"; not one of telling: "the attack was
    // reported on Monday"), or a short phrase of place or object that is no statement
    // ("the attack on the camp on Sunday", "the raid in Douma last week").
    [GeneratedRegex(@"^[\s,]*(?:(?:which|that)\s+(?:was|were)\s+)?(?:(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?(?!(?:claimed|reported|condemned|announced|denied|confirmed|described|mentioned)\b)(?:took\s+effect|takes\s+effect|came\s+into\s+(?:effect|force)|took\s+place|went\s+ahead|broke\s+down|began|begun|started|ended|[a-z]+ed|held|fought|made|done|struck|won|taken)(?:\s+(?:out|up|off))?\s+)?(?:(?:of|on|at|in|near|against|outside|inside|into|from)\s+(?![^,]*\b(?:statement|message|communiqu[eé]|interview|speech|video|post|report|briefing|letter|tweet|broadcast|remarks|address|conference|posted|said|says)\b)(?:[\w'’-]+\s+){0,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex BoundAfter();

    // Between a definite noun and the day it has held since, which is the day it began: "the truce that has been in force
    // since December 30", "the truce the sponsors want to strengthen has been in force since 30 December" (a short
    // relative clause may come between).
    [GeneratedRegex(@"^\s+(?:(?:that|which)\s+|(?:[\w'’-]+\s+){1,5})?(?:has|have|had)\s+been\s+in\s+(?:force|place|effect)\s+since\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex InForceSince();

    // Between a verb trigger and a definite noun that is its object: a determiner only ("endorsed that truce").
    [GeneratedRegex(@"^\s*(?:the|that|this|these|those|its|their)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectOfPreviousVerb();

    // Between a date and a definite noun that is dated by it: a possessive or nothing ("Thursday's fighting", "last
    // week's explosion", "the 12 March bombing").
    [GeneratedRegex(@"^\s*(?:['’]s)?\s*$")]
    private static partial Regex BoundBefore();
}
