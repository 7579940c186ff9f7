using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dateline.Core.Stages.Extraction;

namespace Dateline.Core.Stages.Resolution;

/// <summary>
/// Places the gazetteer lacks. A village, a front or a city quarter is often too small for GeoNames' populated places,
/// yet the text says plainly that it is a place: "in Deir Maqran village", "near Arbin", "the village of Kherbet
/// Elhajama", "on Bahariya front". Such a name still locates the event, by name only (no coordinates), in the report's
/// country.
/// </summary>
public sealed partial class ResolvingEntityRecognizer
{
    // Capitalised words a place name never starts with: sentence words, titles, and the first words of group names.
    private static readonly HashSet<string> NotPlaceStarts = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "Islamic", "Free", "Army",
        "Forces", "Regime", "Rebels", "Government", "Police", "Military", "Security", "Special", "Unknown", "Unidentified",
        "National", "Popular", "Democratic", "Coalition", "International", "United", "State", "Brigade", "Battalion",
        "Division", "Corps", "Front", "Movement", "Party", "Council", "Ministry", "Operation", "Battle", "Euphrates",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "PD", "Local", "Afghan",
        "Syrian", "Eastern", "Western", "Northern", "Southern", "Rural", "Gulf",
    };

    /// <summary>
    /// Adds a name-only place for each capitalised name the text calls a place that no other span covers: after a
    /// locative word ("in", "near", "at", "around", "outside", "into", "towards", "east of") or a word of entering or
    /// taking ground ("entered X", "captured X", "took control of X": what is taken is a place), after a kind word and
    /// "of" ("the village of X", "the area
    /// of X"), or before a kind word after any word ("X village", "X front", "control of X village", "captured X village").
    /// </summary>
    /// <example>"Clashes … in Deir Maqran village in Rural Damascus" → place "Deir Maqran" (no coordinates).</example>
    private void AddUnlistedPlaces(string sentence, string? country, List<EntitySpan> spans)
    {
        if (country is null)
        {
            return; // Without the report's country an unknown capitalised name is as likely a person or a group.
        }

        foreach (Match m in UnlistedPlace().Matches(sentence))
        {
            var name = m.Groups["name"];
            // "on Ein Terma Front", "in Deir Qanun Front": a capitalised kind word says what the name is, but is not part of it.
            var capitalKind = CapitalisedKind().Match(name.Value);
            var described = m.Groups["kind"].Success || m.Groups["after"].Success || capitalKind.Success;
            if (!m.Groups["prep"].Success && !described)
            {
                continue; // After any other word only a kind word makes a name a place: "captured Dakhireh village".
            }

            if (m.Groups["prep"].Value == "on" && !m.Groups["after"].Success && !m.Groups["kind"].Success && !capitalKind.Success)
            {
                // "on Bahariya front", "on the outskirts of Kafriya" are places; "on Khalid Bin Al-Walid" is whom an attack was on.
                continue;
            }

            if (m.Groups["prep"].Value is not ("in" or "at" or "near" or "around" or "outside" or "inside" or "on") && m.Groups["prep"].Success
                && ListGoesOn().IsMatch(sentence.AsSpan(name.Index + name.Length)))
            {
                continue; // "took control of Abu Jandal, Azman and Finan villages in Kasra district": a coder records the area they lie in.
            }

            if (m.Groups["within"].Success)
            {
                // "the Bazar area of Tarnak Wa Jaldak district": the district, which a reader can find, is the place; so is
                // the city whose quarter a small area lies in ("Al-Ommal area of the Hamidiya neighborhood of Deir-ez-Zor city"), or the city a site named by a common word lies in
                // ("Cemetery area in Deir-ez-Zor city").
                continue;
            }

            var (start, end) = (name.Index, name.Index + name.Length);
            var text = name.Value.TrimEnd('\'', '’');
            if (capitalKind.Success && capitalKind.Index > 0)
            {
                text = text[..capitalKind.Index];
            }

            // "in Khanaser-Athriya road": a road is named by the towns at its ends, and the first one named places it.
            if (RoadEnds().Match(text) is { Success: true } ends && RoadAfter().IsMatch(sentence.AsSpan(start + text.Length)))
            {
                text = ends.Groups["first"].Value;
            }

            end = start + text.Length;
            if (text.Length < 3 || spans.Any(s => s.Start < end && start < s.End))
            {
                continue;
            }

            // "in Thursday's exchanges": a possessive day or month is a time, whatever the preposition before it.
            var first = PossessiveEnd().Replace(text.Split(' ', '-')[0], "");
            if (!described && Demonym().IsMatch(text) && LowerWordAfter().IsMatch(sentence.AsSpan(end)))
            {
                continue; // "in Asian trading", "in Iranian waters": an adjective of origin before a noun, not a place.
            }

            // "in Eastern Jaabar village", "Big Hmeimeh village": a compass or size word opens the name of a village
            // (see PartOfName); alone before a place the scanner knows ("Eastern Aleppo") it is no name of its own.
            var opensName = m.Groups["after"].Success && text.Contains(' ', StringComparison.Ordinal) && CompassOrSize().IsMatch(first);
            if (text.Length > 1 && text.All(char.IsUpper))
            {
                continue; // "integrated into QDW": letters in capitals are an acronym, of a group more often than of a place.
            }

            if ((NotPlaceStarts.Contains(first) && !opensName) || (!described && gazetteer.FindCountry(first) is not null)
                || gazetteer.FindCountry(text) is not null || actors.Find(text) is not null)
            {
                continue;
            }

            // "Al-Raqqah", "Idleb", "Tadmor": a spelling the scanner's index misses may still be a listed place of the
            // report's country; then it has coordinates. Consonants alone match too many others ("Maydaani" is not Al
            // Mayadin, "Jabal" not Jablah), so the vowels must stand where the listed name has them; abroad it is another place.
            // The province after the name settles which one ("in Khogyani district, Nangarhar": the Nangarhar district, not
            // the Kandahar town of that name).
            if (gazetteer.Resolve(text, country, ProvinceAfter(sentence, end, country)) is { } listed && listed.Country == country
                && VowelShape(text) == VowelShape(listed.AsciiName))
            {
                spans.Add(new EntitySpan(start, end, EntityKind.Place, listed.AsciiName, null, listed.Country, listed.Lat, listed.Lon));
                continue;
            }

            // "Tadmur Badia", "Jirah Airbase": a site or desert named after a listed town of the country lies by it, and
            // keeps its own name with the town's coordinates.
            if (NamedSite().Match(text) is { Success: true } site && gazetteer.Resolve(site.Groups["town"].Value, country) is { } town
                && town.Country == country && VowelShape(site.Groups["town"].Value) == VowelShape(town.AsciiName))
            {
                spans.Add(new EntitySpan(start, end, EntityKind.Place, text, null, town.Country, town.Lat, town.Lon));
                continue;
            }

            spans.Add(new EntitySpan(start, end, EntityKind.Place, text, null, country, null, null));
        }
    }

    private static readonly FrozenSet<string> ShapeArticles = PlaceWords.Set(PlaceWords.ShapeArticles);

    /// <summary>
    /// Where a name has vowels and consonants, once the article and doubled letters are set aside: two spellings of one
    /// name differ in which vowel they write, not in where one stands.
    /// </summary>
    /// <example>"Idleb" and "Idlib" → "VCCVC"; "Al-Raqqah" and "Ar Raqqah" → "CVCVC"; "Maydaani" ≠ "Al Mayadin"; "Jabal" ≠ "Jablah".</example>
    private static string VowelShape(string name)
    {
        var words = name.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var sb = new System.Text.StringBuilder();
        var previous = '\0';
        foreach (var word in words)
        {
            if (words.Length > 1 && ShapeArticles.Contains(word))
            {
                continue;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) || c == previous)
                {
                    continue;
                }

                previous = c;
                sb.Append(c is 'a' or 'e' or 'i' or 'o' or 'u' ? 'V' : 'C');
            }
        }

        return sb.ToString();
    }

    // A capitalised name with its particles: "Deir Maqran", "Tall Al-Aswad", "Jabal al-Akrad", "Dara i Pech", "Tala wa Bafrak", "Baza'a".
    // A lower-case article may open it ("al-Sharifah"), and a word may open with the apostrophe of an ayn before a vowel
    // ("Tal 'Adah"; not a quotation mark: "the 'T4' airbase").
    private const string PlaceName = @"(?:(?:" + PlaceWords.NameArticles + @")-)?[A-Z][\p{L}'’]*(?:-[\p{L}'’]+)*(?:\s(?:(?:" + PlaceWords.NameArticles
        + @"|wa|i|e|bin|ibn)\s|(?:" + PlaceWords.NameArticles + @")-)?(?:['’](?=[AEIOU][a-z]))?[A-Z][\p{L}'’]*(?:-[\p{L}'’]+)*)*";

    // ", Azman and …", " fields and Al-Bayarat …", " and Shanaynih": another name follows in a list.
    [GeneratedRegex(@"^(?:\s+[a-z]+)?(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z]")]
    private static partial Regex ListGoesOn();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex PossessiveEnd();

    // One word with an ending of origin: "Asian", "Iranian", "European", "Lebanese", "Turkish".
    [GeneratedRegex(@"^[A-Z][a-z]+(?:ian|ean|ese|ish)$")]
    private static partial Regex Demonym();

    [GeneratedRegex(@"^\s+[a-z]")]
    private static partial Regex LowerWordAfter();

    // Two capitalised names joined by a hyphen: "Khanaser-Athriya", "Tanaf-Domeir" (not "Deir-ez-Zor": its second part is lower case).
    [GeneratedRegex(@"^(?<first>[A-Z][\p{L}'’]{2,})-[A-Z][\p{L}'’]{2,}$")]
    private static partial Regex RoadEnds();

    [GeneratedRegex(@"^\s+(?:road|highway)\b")]
    private static partial Regex RoadAfter();

    // A town's name and a capitalised word for a site by it: "Tadmur Badia", "Jirah Airbase", "Shezer Castle", "Adwan Dam".
    [GeneratedRegex(@"^(?<town>.{3,}?)\s+(?:" + PlaceWords.CapitalisedSites + ")$")]
    private static partial Regex NamedSite();

    [GeneratedRegex("^(?:" + PlaceWords.NameOpeners + ")$")]
    private static partial Regex CompassOrSize();

    [GeneratedRegex(@"\s(?:" + PlaceWords.CapitalisedKinds + ")$")]
    private static partial Regex CapitalisedKind();

    // Before an unlisted place's name, one of three. A locative word or a word of taking ground, then maybe "the", a
    // compass adjective and a head of "of": "in", "east of", "captured", "in the eastern countryside of", "near the village of".
    private const string LocativeBefore = @"\b(?<prep>" + PlaceWords.Locatives + @"|inside|on|towards?|enter(?:ed|ing)?|close\sto|(?:"
        + PlaceWords.CompassPoints + "|" + PlaceWords.HyphenatedCompassPoints + @")\sof|" + PlaceWords.GroundTaken
        + @"|took|controlled|control\s(?:of|over))\s+(?:the\s+)?(?:(?:" + PlaceWords.CompassAdjectives + "|" + PlaceWords.HyphenatedCompassAdjectives
        + @"|central)\s+)?(?:(?<kind>" + PlaceWords.LocativeOfHeads + @")\s+of\s+)?";

    // Or a head of "of" after any word: "the village of", "the outskirts of".
    private const string OfHeadBefore = @"\b(?<kind>" + PlaceWords.UnlistedOfHeads + @")\s+of\s+";

    // Or any lower-case word, when a kind word follows the name: "captured Dakhireh village".
    private const string AnyWordBefore = @"(?<=\b[a-z]+\s)";

    // One or two capitalised words of a place named after a kind word: "Tarnak Wa Jaldak", "Hamidiya", "Deir-ez-Zor".
    private const string NextName = @"[A-Z][\p{L}'’-]*(?:\s[A-Z][\p{L}'’-]*)?";

    // After the name, a kind word, and whether it sets the place inside another named next: "area of Tarnak Wa Jaldak
    // district", "area of the Hamidiya neighborhood", "area in Deir-ez-Zor city".
    private const string KindAfter = @"(?=\s+(?<after>" + PlaceWords.UnlistedKindsAfter + @")\b(?<within>\s+of\s+[A-Z]|\s+(?:of|in)\s+the\s+" + NextName
        + @"\s+(?:" + PlaceWords.Quarters + @"|district)\b|\s+in\s+(?:the\s+)?" + NextName + @"\s+city\b)?)";

    [GeneratedRegex("(?:" + LocativeBefore + "|" + OfHeadBefore + "|" + AnyWordBefore + ")(?<name>" + PlaceName + ")(?:" + KindAfter + ")?")]
    private static partial Regex UnlistedPlace();
}
