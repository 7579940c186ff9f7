using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dateline.Core.Model;
using Dateline.Core.Stages.Resolution;
using Dateline.Core.Stages.Resolution.Internal;
using Dateline.Core.Stages.Segmentation;

namespace Dateline.Core.Stages.Extraction;

// Places: which named place is the event's location, and the story's place when the sentence names none.
public sealed partial class ExtractionStage
{
    /// <summary>The first specific place (not a whole country) named in the lead, else the place named most often.</summary>
    private static PlaceRef? StoryPlace(IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<EntitySpan>> found)
    {
        var places = found.SelectMany((list, i) => list
            .Where(e => e.Kind == EntityKind.Place && (e.Lat is not null || e.Id is null) && IsLocative(PlaceWordBefore(sentences[i].Text, e)))
            .Select(e => (Sentence: i, Entity: e))).ToList();
        var specific = places.Where(p => p.Entity.Id is null).ToList();
        var lead = specific.FirstOrDefault(p => p.Sentence < 2);
        var chosen = lead.Entity is null ? specific.GroupBy(p => p.Entity.Name).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault() : lead;
        return chosen.Entity is null ? null : Located(sentences[chosen.Sentence].Text, found[chosen.Sentence], chosen.Entity);
    }

    /// <summary>
    /// A sanction (relations broken off, an ambassador recalled, sanctions imposed) is done by a state at home: with no
    /// place of its own and an initiator of another country than the story's, it stands at the initiator's capital, a
    /// place known only to its country (<see cref="PlacePrecision.Region"/>), not at the story's place. Null otherwise.
    /// </summary>
    /// <example>In a report told from Aleppo, "The French government, which broke off relations with Damascus in 2012,
    /// said …" → Paris (FR), not Aleppo; "Syria recalled its ambassador" in the same report → null (the story's place
    /// stands).</example>
    private PlaceRef? HomeOfForeignState(Trigger trigger, IReadOnlyList<ActorRef> actors, SentenceContext ctx)
    {
        if (trigger.Entry.Type != "sanction" || ctx.StoryPlace?.Country is not { } storyCountry
            || actors.FirstOrDefault(a => a.Role == ActorRole.Initiator) is not { } initiator)
        {
            return null;
        }

        var country = ctx.Entities.FirstOrDefault(e => e.Kind == EntityKind.Actor && e.Name == initiator.Name)?.Country;
        return country is not null && country != storyCountry && entities.CapitalOf(country) is { } capital
            ? capital with { Precision = PlacePrecision.Region }
            : null;
    }

    /// <summary>
    /// The whole country as the place of an event its sentence says spans it: a "nationwide", "countrywide" or
    /// "&lt;Country&gt;-wide" before the trigger ("a nationwide truce", "a countrywide ceasefire", "a Syria-wide halt in
    /// fighting"), "across the country" or "throughout the country" after it in its clause ("strikes spread across the
    /// country"), or "nationwide" right after it ("held nationwide"). The country is the one named, else the report's.
    /// Null otherwise.
    /// </summary>
    /// <example>"A countrywide ceasefire brokered by Russia and Turkey has been in place since December 30" in a report
    /// from Aleppo → Syria; "a nationwide strike in Kabul" → Afghanistan; "a ceasefire in Aleppo" → null; "the meeting
    /// was held in the wake of a countrywide ceasefire" → null for the meeting (the span word is the ceasefire's).</example>
    private PlaceRef? NationwidePlace(string text, Trigger trigger, int windowStart, int windowEnd, SentenceContext ctx)
    {
        var span = NationwideBefore().Match(text[windowStart..trigger.Start]) is { Success: true } before ? before : NationwideAfter().Match(text[trigger.End..windowEnd]);
        if (!span.Success)
        {
            return null;
        }

        var country = span.Groups["name"].Success ? Reference.CountryCodes.FromName(span.Groups["name"].Value) : ctx.Country ?? ctx.StoryPlace?.Country;
        return country is null ? null : entities.CountryPlace(country);
    }

    // "a nationwide truce", "a countrywide general strike", "a Syria-wide halt": the span word at most two words before the trigger.
    [GeneratedRegex(@"\b(?:(?:nation|country)-?wide|(?<name>\p{Lu}[\p{L}]+)-wide)\s+(?:[\p{L}-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex NationwideBefore();

    // "… spread across the country" in the trigger's clause after it, or "… held nationwide" right after it. A span word
    // further on is another noun's: "the meeting was held in the wake of a countrywide ceasefire" is the ceasefire's.
    [GeneratedRegex(@"^(?:[^,;:]*?\b(?:across|throughout|all over)\s+the\s+(?:country|nation)\b|\s+(?:nationwide|countrywide)\b)")]
    private static partial Regex NationwideAfter();

    /// <summary>
    /// "The capital" in a report about a country is that country's capital, a place like any other: "clashes in the area
    /// of al-Barza orchards northeast of the capital" in a Syrian report → Damascus. Not when a name follows ("the capital
    /// Damascus" names it) or it is another place's ("the capital of Idlib province").
    /// </summary>
    private IReadOnlyList<EntitySpan> WithCapital(string text, IReadOnlyList<EntitySpan> found, string? country)
    {
        if (country is null || !text.Contains("the capital", StringComparison.Ordinal))
        {
            return found;
        }

        var spans = found.ToList();
        foreach (Match m in TheCapital().Matches(text))
        {
            var (start, end) = (m.Index + 4, m.Index + m.Length);
            if (!spans.Any(e => e.Start < end && start < e.End) && entities.CapitalOf(country) is { Lat: not null } capital)
            {
                spans.Add(new EntitySpan(start, end, EntityKind.Place, capital.Name, null, capital.Country, capital.Lat, capital.Lon));
            }
        }

        return spans.Count == found.Count ? found : spans.OrderBy(e => e.Start).ToList();
    }

    // "the capital" with neither a name nor "of" after it: "northeast of the capital", "the eastern outskirts of the capital,".
    [GeneratedRegex(@"\bthe capital\b(?!\s+(?:of\b|city\s+[A-Z]|[A-Z]))")]
    private static partial Regex TheCapital();

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

    /// <summary>
    /// The event's place, with coordinates. A place the gazetteer does not know keeps its own name and takes the
    /// coordinates of the known place the text puts it next to or in, as a coder's geo-precision 2 or 3 does:
    /// <list type="bullet">
    /// <item>next to a town: "Maareh village east of Sarhan", "Al-Mohr near the Tadmor desert", "Tal Meqri near Baza'a"
    /// → <see cref="PlacePrecision.Near"/> that town;</item>
    /// <item>inside a region: "Kabsh village in Ar-Raqqa", "Maqrusah of the northern Quneitra countryside", "Abasia, Dar'a",
    /// "Hyan in Homs province" → <see cref="PlacePrecision.Region"/> at that region (its seat or centroid).</item>
    /// </list>
    /// Other unknown places between them are passed ("Al-Qashash farms east of Al-Masaleq village in Hama" → Hama). Without
    /// such words, the known place of the same country the sentence names nearest to it is the region it is in ("control
    /// of Senne and Shanaynih village after clashes north of Ar-Raqqa" → Ar-Raqqa, region); without any, no coordinates.
    /// </summary>
    private static PlaceRef Located(string text, IReadOnlyList<EntitySpan> found, EntitySpan chosen)
    {
        var own = new PlaceRef(chosen.Name, chosen.Country, chosen.Lat, chosen.Lon);
        if (chosen.Lat is not null || chosen.Id is not null)
        {
            return own;
        }

        var from = chosen.End;
        foreach (var e in found)
        {
            if (e.Start < from)
            {
                continue;
            }

            if (e.Kind != EntityKind.Place || e.Start - from > MaxAnchorGap || TieWords(text[from..e.Start]) is not { } words)
            {
                break;
            }

            if (e.Id is not null || e.Lat is null)
            {
                // Another unknown place, or a country, on the way to the known one: "east of Al-Masaleq village in Hama".
                from = e.End;
                continue;
            }

            // Nearness alone says the known place is a town close by; "in", "countryside", "province" say it is the region
            // the unknown place lies in ("in the eastern countryside of Aleppo", "in Kasra district east of Ar-Raqqa").
            // A bare "of" is a part of the region ("Maqrusah of the northern Quneitra countryside"); "south of" is nearness.
            var compass = words.Zip(words.Skip(1)).Any(p => Directions.Contains(p.First) && p.Second is "of" or "to");
            var near = compass || words.Any(Nearness.Contains);
            var region = words.Any(w => w is "in" or "," || Regions.Contains(w))
                || (words.Contains("of") && !compass);
            var precision = near && !region ? PlacePrecision.Near : PlacePrecision.Region;
            return AnchoredAt(own, e, precision);
        }

        // No tie in words: a coder places a village by the region its report is about ("advanced in the eastern countryside
        // of Aleppo and controlled the village of Qita" → Aleppo). Measured on both ACLED files: +14 rows in Syria, +4 in
        // Afghanistan, no row lost; a known place abroad is not the region ("Maareh village, Turkey's Ankara said" stays).
        var around = found.Where(e => e.Kind == EntityKind.Place && e.Id is null && e.Lat is not null && (own.Country is null || e.Country == own.Country))
            .OrderBy(e => Math.Abs(e.Start - chosen.Start)).FirstOrDefault();
        return around is null ? own : AnchoredAt(own, around, PlacePrecision.Region);
    }

    private static PlaceRef AnchoredAt(PlaceRef own, EntitySpan anchor, PlacePrecision precision) =>
        own with { Country = own.Country ?? anchor.Country, Lat = anchor.Lat, Lon = anchor.Lon, Precision = precision, Anchor = anchor.Name };

    // Characters between an unknown place and the known one the text ties it to: "village, on the Euphrates River in" is 38;
    // a known place further on belongs to another clause.
    private const int MaxAnchorGap = 80;

    /// <summary>
    /// The words between an unknown place and the next place when they only tie the two ("village south of", "area in the
    /// western countryside of", ", ", "10 km west of"); a lone comma is the word ","; null when any other word stands between.
    /// </summary>
    private static List<string>? TieWords(string gap)
    {
        var words = new List<string>();
        foreach (var part in gap.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = part.Trim('\'', '’');
            if (w.Length > 1 && char.IsUpper(w[0]) && !w.EndsWith(',') && !Directions.Contains(w.ToLowerInvariant()))
            {
                // A name the recognizer did not take, on the way: "in Al-Merej area of Rural Damascus", "the Euphrates River".
                continue;
            }

            w = w.ToLowerInvariant();
            if (w.EndsWith(',') && w.Length > 1)
            {
                words.Add(w[..^1]);
                words.Add(",");
                continue;
            }

            words.Add(w);
        }

        return words.All(w => w == "," || AnchorWords.Contains(w) || ContainerWords.Contains(w) || Directions.Contains(w) || TextKey.IsArticle(w) || w.All(char.IsAsciiDigit))
            ? words : null;
    }

    // Words between an unknown place and the known one it lies in or near: "village south of", "area near the", "10 km west of".
    private static readonly FrozenSet<string> AnchorWords = PlaceWords.Set(PlaceWords.Ties);

    private static readonly FrozenSet<string> Nearness = PlaceWords.Set(PlaceWords.Nearness);

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
        return words.Length > 0 && words.Any(w => w is "in" or "of") && words.All(w => ContainerWords.Contains(w.ToLowerInvariant()) || Directions.Contains(w.ToLowerInvariant()) || TextKey.IsArticle(w))
            ? first : null;
    }

    // Words between a place and the region around it: "village in the western countryside of", "town of", "front in".
    private static readonly FrozenSet<string> ContainerWords = PlaceWords.Set(PlaceWords.Containers);

    // Words that set an unknown place inside the known one after it: "in Kasra district", "in the countryside of".

    private static readonly FrozenSet<string> Regions = PlaceWords.Set(PlaceWords.Regions);

    // "the Rabat area of", "the Pol-e-Malan village of": a small place of the district named next.
    [GeneratedRegex(@"^\s+(?:" + PlaceWords.SmallPlaceOf + @")\s+of\s+(?:the\s+)?$")]
    private static partial Regex AreaOf();

    [GeneratedRegex(@"^\s+district\b")]
    private static partial Regex DistrictAfter();

    // Words after which a place is where something happened or arrived: "in Kunduz", "reached Djibo", "delivered to Djibo".
    private static bool IsLocative(string? word) => word is not null && EventLocatives.Contains(word);

    private static readonly FrozenSet<string> EventLocatives = PlaceWords.Set(PlaceWords.EventLocatives);

    // "captured Dakhireh village": a kind word after a name says it is where something happened, whatever comes before it.
    [GeneratedRegex(@"^\s+(?:" + PlaceWords.TownKinds + @")\b")]
    private static partial Regex KindWordAfter();

    // "raid rebel-held Wadi Barada village": the recognizer may take the kind word into a known place's span.
    [GeneratedRegex(@"\s(?:" + PlaceWords.TownKinds + ")$")]
    private static partial Regex KindWordEnds();

    /// <summary>
    /// The word before a place, past an article joined to it ("of Ar-Raqqa" → "of"), "Rural" ("in Rural Damascus" → "in")
    /// and a direction when the countryside around a town follows ("in the eastern Homs countryside" → "in"). A direction
    /// before a bare name stays: "in central Basra", "in northern Israel" name a part, not the place a report is about.
    /// </summary>
    /// <param name="text">The sentence.</param>
    /// <param name="e">The place.</param>
    /// <param name="townPart">For the event's own place: a compass part of a town ("in western Palmyra", "in West Manbij")
    /// is the town a coder records, as the front lines around it are; "central Basra" stays a part.</param>
    private static string? PlaceWordBefore(string text, EntitySpan e, bool townPart = false)
    {
        if (e.Id is not null)
        {
            return PrecedingWord(text, e.Start);
        }

        var countryside = CountrysideAfter().IsMatch(text.AsSpan(e.End));
        var word = PrecedingWord(text, e.Start, beforeParts: true, directions: countryside);
        return townPart && !countryside && word is not null && word != "central" && Directions.Contains(word)
            ? PrecedingWord(text, e.Start, beforeParts: true, directions: true)
            : word;
    }

    // "the eastern Homs countryside", "western Menbij countryside", "the northern Hama desert"
    [GeneratedRegex(@"^\s+(?:" + PlaceWords.Surroundings + @")\b")]
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
                && (TextKey.IsArticle(text.AsSpan(b, e - b)) || (directions && Directions.Contains(text[b..e].ToLowerInvariant()))))
            {
                return PrecedingWord(text, b, beforeParts, directions);
            }

            return end > 0 && text[end - 1] == ',' ? "," : null;
        }

        var word = text[begin..end].ToLowerInvariant();
        // "in the Hazrama area": the article sits between the preposition and the place; so may "rural" or a direction.
        // "in northern and western Aleppo": two directions joined by "and" are one part.
        var part = beforeParts && (word == "rural" || (directions && (Directions.Contains(word)
            || (word == "and" && Token.Before(text, begin) is var (db, de) && de > db && Directions.Contains(text[db..de].ToLowerInvariant())))));
        return (word == "the" && begin > 0 && text[begin - 1] == ' ') || part ? PrecedingWord(text, begin, beforeParts, directions) ?? word : word;
    }

    // Words between a preposition and a place that only say which part of it: "in eastern Homs", "in Rural Damascus".
    private static readonly FrozenSet<string> Directions = PlaceWords.Set(PlaceWords.Parts);
}
