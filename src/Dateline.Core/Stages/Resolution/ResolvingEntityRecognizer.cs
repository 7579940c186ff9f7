using System.Collections.Frozen;
using Dateline.Core.Stages.Extraction;

namespace Dateline.Core.Stages.Resolution;

/// <summary>
/// Resolution for extraction: turns the scanner's matches into actors and places by their syntax. A demonym before a
/// title is the office holder on the event's date ("the Syrian president" → Bashar al-Assad); before a group noun, that
/// group ("Afghan forces"); a capital acting as a subject is its government ("Damascus is ready to negotiate"), after
/// "in"/"at" it is a place; a country is a state that may also be the place an event happens in.
/// </summary>
public sealed partial class ResolvingEntityRecognizer(EntityScanner scanner, Gazetteer gazetteer, ActorTable actors) : IEntityRecognizer
{
    private static readonly FrozenSet<string> Locatives = PlaceWords.ResolverLocatives.Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PartsBeforeProvince = PlaceWords.Set(PlaceWords.PartsBeforeProvince);

    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "forces", "army", "troops", "soldiers", "military", "government", "police", "authorities", "officials", "regime",
        "president", "prime", "minister", "foreign", "defence", "defense", "king", "leader", "militants", "rebels", "jets",
        "warplanes", "aircraft", "navy", "air", "warplane", "jet", "helicopters", "tanks", "warships", "howitzers", "artillery",
    };

    // Below this a town abroad needs its country named in the sentence to count in a report about another country.
    private const int AbroadMinPopulation = 50_000;

    /// <summary>The recognizer over the default tables (loaded on first use).</summary>
    public static ResolvingEntityRecognizer Default { get; } = new(EntityScanner.Default, Gazetteer.Default, ActorTable.Default);

    /// <inheritdoc />
    public IReadOnlyList<EntitySpan> Find(string sentence, DateOnly? when, string? countryContext) =>
        Resolve(sentence, scanner.FindMentions(sentence), when, countryContext);

    /// <inheritdoc />
    /// <remarks>
    /// Each sentence is scanned once: the main country is voted from the scans of the lead (the matches within its first
    /// 1,500 characters, as <see cref="MainCountry"/> reads them) instead of scanning the lead a second time.
    /// </remarks>
    public (IReadOnlyList<IReadOnlyList<EntitySpan>> Found, string? Country) FindAll(
        string text, IReadOnlyList<Segmentation.Sentence> sentences, DateOnly? when, string? country)
    {
        var scans = sentences.Select(s => scanner.FindMentions(s.Text)).ToList();
        country ??= EntityScanner.CountryContext(sentences.SelectMany((s, i) => scans[i].Where(m => s.Start + m.Start + m.Length <= LeadLength)));
        return (sentences.Select((s, i) => Resolve(s.Text, scans[i], when, country)).ToList(), country);
    }

    private IReadOnlyList<EntitySpan> Resolve(string sentence, IReadOnlyList<EntityMatch> mentions, DateOnly? when, string? countryContext)
    {
        var spans = new List<EntitySpan>();
        foreach (var m in mentions)
        {
            var prep = WordBefore(sentence, m.Start);
            var (next, nextEnd) = WordAfter(sentence, m.End);
            var locative = prep is not null && Locatives.Contains(prep);
            switch (m.Kind)
            {
                case MatchKind.Actor when m.Actor is { } a:
                    // "Syrian regime forces", "Afghan government troops": the government's forces are its military.
                    if (a.Id is { } gid && gid.EndsWith(".GOV", StringComparison.Ordinal) && next is "forces" or "troops" or "soldiers" or "warplanes" or "jets"
                        && actors.Get(gid[..^4] + ".MIL") is { } military)
                    {
                        spans.Add(new EntitySpan(m.Start, nextEnd, Extraction.EntityKind.Actor, military.Name, military.Id, military.Country, null, null));
                        break;
                    }

                    spans.Add(new EntitySpan(m.Start, m.End, Extraction.EntityKind.Actor, a.Name, a.Id, a.Country, null, null));
                    break;

                case MatchKind.Country when m.Country is { } c:
                    // "Syrian forces" style is a demonym; a country name is a state, and with "in" also a place.
                    if (next is not null && GroupNouns.Contains(next) && when is { } d1 && actors.ResolveTitle(c.Iso2, TitleAt(sentence, m.End), d1) is { } group)
                    {
                        spans.Add(new EntitySpan(m.Start, nextEnd, Extraction.EntityKind.Actor, group.Name, group.Id, c.Iso2, null, null));
                    }
                    else
                    {
                        var state = m.Actor ?? actors.Get(c.Iso2);
                        spans.Add(new EntitySpan(m.Start, m.End, locative ? Extraction.EntityKind.Place : Extraction.EntityKind.Actor,
                            c.Name, state?.Id ?? c.Iso2, c.Iso2, c.Lat, c.Lon));
                    }

                    break;

                case MatchKind.Title when m.Holder is { } holder && m.Title is { } title:
                    // "the Syrian president" on the event's date; "UN secretary-general"
                    if (actors.ResolveTitle(holder, title, when ?? DateOnly.MaxValue) is { } officer)
                    {
                        spans.Add(new EntitySpan(m.Start, m.End, Extraction.EntityKind.Actor, officer.Name, officer.Id, officer.Country, null, null));
                    }
                    else if (holder.Length == 2 && actors.Get(holder + ".GOV") is { } office)
                    {
                        // An office the table has no holder for still speaks for its state: "Serbian President Vojislav
                        // Kostunica promised …" → Government of Serbia, whoever held it then.
                        spans.Add(new EntitySpan(m.Start, m.End, Extraction.EntityKind.Actor, office.Name, office.Id, holder, null, null));
                    }

                    break;

                case MatchKind.Demonym when m.Country is { } c && !spans.Any(s => s.End > m.Start):
                    if (next is not null && GroupNouns.Contains(next) && actors.ResolveTitle(c.Iso2, TitleAt(sentence, m.End), when ?? DateOnly.MaxValue) is { } who)
                    {
                        spans.Add(new EntitySpan(m.Start, nextEnd, Extraction.EntityKind.Actor, who.Name, who.Id, c.Iso2, null, null));
                    }
                    else if (PeopleOf(sentence, m, next, nextEnd, c, when) is { } people)
                    {
                        spans.Add(people);
                    }

                    break;

                case MatchKind.Place:
                    if (m.Actor is { } government && !locative && ActsAsSubject(next, sentence, m.End))
                    {
                        spans.Add(new EntitySpan(m.Start, m.End, Extraction.EntityKind.Actor, government.Name, government.Id, government.Country, null, null));
                        break;
                    }

                    // "Dawlat Abad district, Balkh": the province after the comma settles which Dawlat Abad.
                    var province = ProvinceAfter(sentence, m.End, countryContext);
                    // An exact name beats a fuzzy one: "Astana" is Kazakhstan's capital even in a report about Russia,
                    // not a Russian place spelled alike. Fuzzy matching only fills in when no place has the exact name.
                    var place = m.Places.Count == 0 || m.Places.Any(p => p.Country == countryContext)
                        ? gazetteer.Resolve(m.Text, countryContext, province)
                        : m.Places.OrderByDescending(p => p.IsCapital).ThenByDescending(p => p.Population).First();
                    if (place is not null && countryContext is not null && place.Country != countryContext)
                    {
                        // A place abroad. Its spelling is looked up once: "the Kazakh capital" names its country itself (a
                        // demonym and "capital", not a name spelled like a place), so it has no spelling-alike doubt
                        // whatever the report's country; "Rabat" alone is only a name.
                        var spelledSo = gazetteer.PlacesByKey(Internal.TextKey.Key(m.Text));
                        var namesItsCountry = m.Country?.Iso2 == place.Country && spelledSo is null;
                        if (!namesItsCountry && (!m.Places.Contains(place) || spelledSo?.Contains(place) != true))
                        {
                            // Abroad, only a name spelled the same counts: "Alishing" in an Afghan report is not Lasang (PH).
                            place = null;
                        }
                        else if (!namesItsCountry && !mentions.Any(o => o.Kind is MatchKind.Country or MatchKind.Demonym && o.Country?.Iso2 == place.Country))
                        {
                            if (CompoundGoesOn().IsMatch(sentence.AsSpan(m.End)) || CompoundComesBefore().IsMatch(sentence.AsSpan(0, m.Start))
                                || ArticleBefore().IsMatch(sentence.AsSpan(0, m.Start)))
                            {
                                // Part of a name joined by an ezafe or "wa" is no place abroad: "Rabat-e Sangi", "Dara i Pech",
                                // "Qala-i-Barqi" are Afghan, not Rabat (MA), Dar'a (SY), Qala (AZ); the whole name may still be a place.
                                // So is a name after an Arabic article: "Al Hail oil fields" in a Syrian report is no Ha'il (SA),
                                // "Maart al-Numan" no Numan (NG).
                                place = null;
                            }
                            else if (InHomePlace(sentence, m, mentions, countryContext))
                            {
                                // "around Bari in Salamia countryside" in a Syrian report, "the Rabat area of Tarnak Wa Jaldak
                                // district" in an Afghan one: a name the sentence sets inside a place at home is a place at
                                // home the gazetteer lacks, not the city abroad (Bari, IT; Rabat, MA).
                                place = null;
                            }
                            else if (!place.IsCapital && place.Population < AbroadMinPopulation)
                            {
                                // A village abroad that the sentence does not place abroad is more likely a place at home the
                                // gazetteer lacks: "in Kot" in an Afghan report is the Afghan district, not Kot (IN); "in Al-Mohr"
                                // in a Syrian one a Syrian village, not Mohr (IR). It stays a place by name (see AddUnlistedPlaces).
                                place = null;
                            }
                        }
                    }

                    if (place is not null)
                    {
                        var part = PartOfName().Match(sentence[..m.Start]);
                        var (start, name) = part.Success ? (part.Index, $"{part.Groups["part"].Value} {place.AsciiName}") : (m.Start, place.AsciiName);
                        spans.Add(new EntitySpan(start, m.End, Extraction.EntityKind.Place, name, null, place.Country, place.Lat, place.Lon));
                    }

                    break;
            }
        }

        AddUnnamedForces(sentence, countryContext, spans);
        AddUnlistedActors(sentence, spans);
        AddUnlistedPlaces(sentence, countryContext, spans);
        return spans.OrderBy(s => s.Start).ToList();
    }

    /// <summary>
    /// A demonym with no group noun or office after it still names its country's people or state: on its own or as a
    /// plural ("Palestinians blamed Israel"), before a common noun ("French farmers", "Israeli tanks", "an Indian
    /// proposal"), or before another people's plural ("Bosnian Serbs", "Iraqi Kurds" are Bosnia's and Iraq's). Before any
    /// other capitalised word it is part of a name ("Serbian Workers' Union") and left to the name.
    /// </summary>
    private EntitySpan? PeopleOf(string sentence, EntityMatch m, string? next, int nextEnd, Country c, DateOnly? when)
    {
        if (actors.Get(c.Iso2) is not { } state)
        {
            return null;
        }

        // "Afghan commando forces", "Afghan security personnel": a group noun one word further is still the country's group;
        // "Russian and Syrian warplanes": the group noun after the second demonym is the first one's too.
        var (second, secondEnd) = WordAfter(sentence, nextEnd);
        if (next is "and" or "or" && CoordinatedGroup().Match(sentence, nextEnd) is { Success: true } co
            && actors.ResolveTitle(c.Iso2, co.Groups["group"].Value, when ?? DateOnly.MaxValue) is { } shared && shared.Id.StartsWith(c.Iso2 + ".", StringComparison.Ordinal))
        {
            return new EntitySpan(m.Start, m.End, Extraction.EntityKind.Actor, shared.Name, shared.Id, c.Iso2, null, null);
        }

        if (next is not null && GroupModifiers.Contains(next) && second is not null)
        {
            var group = second == "personnel" ? (next == "security" ? "police" : "forces") : second;
            if (actors.ResolveTitle(c.Iso2, group, when ?? DateOnly.MaxValue) is { } g && g.Id.StartsWith(c.Iso2 + ".", StringComparison.Ordinal))
            {
                return new EntitySpan(m.Start, secondEnd, Extraction.EntityKind.Actor, g.Name, g.Id, c.Iso2, null, null);
            }
        }

        var end = m.End;
        if (next is not null && char.IsUpper(next[0]) && (m.End >= sentence.Length || sentence[m.End] == ' '))
        {
            // "Bosnian Serbs": a plural people after the demonym is the demonym's; "Palestinian Authority" is a name.
            if (!next.EndsWith('s') || next.Length < 4 || next.Equals("Forces", StringComparison.Ordinal) || ActorTable.IsTitle(next.ToLowerInvariant()))
            {
                return null;
            }

            end = nextEnd;
        }

        return new EntitySpan(m.Start, end, Extraction.EntityKind.Actor, state.Name, state.Id, c.Iso2, null, null);
    }

    // Words between a demonym and its group noun that keep the group the country's: "Afghan commando forces".
    private static readonly HashSet<string> GroupModifiers = new(StringComparer.Ordinal)
    {
        "security", "commando", "special", "border", "ground", "naval", "elite", "paramilitary", "riot", "intelligence", "secret", "military",
    };

    // "(Russian) and/or Syrian warplanes": the second demonym and the group noun they share.
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:/or)?\s+[A-Z][a-z]+\s+(?<group>[a-z]+)\b")]
    private static partial System.Text.RegularExpressions.Regex CoordinatedGroup();

    /// <summary>
    /// Forces named without their country ("regime forces", "government troops", "security forces", "the army"):
    /// the report's country's military or police, when the report's country is known and no span covers them.
    /// </summary>
    private void AddUnnamedForces(string sentence, string? reportCountry, List<EntitySpan> spans)
    {
        foreach (System.Text.RegularExpressions.Match m in UnnamedForces().Matches(sentence))
        {
            if (spans.Any(s => s.Start < m.Index + m.Length && m.Index < s.End))
            {
                continue;
            }

            // "Security forces in Guinea": the country named right after them is theirs, whatever the report's.
            var country = spans.FirstOrDefault(s => s.Start == m.Index + m.Length + 4 && sentence.AsSpan(m.Index + m.Length).StartsWith(" in ", StringComparison.Ordinal)
                && s.Id is { Length: 2 })?.Id ?? reportCountry;
            if (country is null)
            {
                continue;
            }

            var group = m.Groups["police"].Success ? "police" : "forces";
            var who = m.Groups["rebels"].Success ? actors.Get(country + ".REB") : actors.ResolveTitle(country, group, DateOnly.MaxValue);
            if (who is not null)
            {
                spans.Add(new EntitySpan(m.Index, m.Index + m.Length, Extraction.EntityKind.Actor, who.Name, who.Id, who.Country, null, null));
            }
        }
    }

    // "regime forces", "Government troops" (opening a sentence), "pro-government forces", "security forces", "the army", "Regime army",
    // "Regime" sharing its noun ("Regime and rebel forces clashed"), "police"; "rebels",
    // "rebel factions", "opposition fighters": the country's armed opposition when no group is named.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:[Pp]ro-)?(?:[Rr]egime|[Gg]overnment|[Ss]tate|[Aa]rmy|[Mm]ilitary|[Ss]ecurity) (?:forces?|troops|soldiers|units)|(?:[Rr]egime|[Gg]overnment) army|[Tt]he army|(?:[Rr]egime|[Gg]overnment)(?= and (?:the )?(?:[\w-]+ ){1,3}?(?:forces|fighters|troops|factions)\b)|(?<police>police(?:men)?|security personnel)|(?<rebels>[Rr]ebels|[Rr]ebel (?:forces|factions|groups|fighters)|[Oo]pposition (?:fighters|rebels|factions|forces|groups)))\b")]
    private static partial System.Text.RegularExpressions.Regex UnnamedForces();

    /// <summary>
    /// True when the sentence sets the name of <paramref name="m"/> inside a place of the report's country: "in" or "of"
    /// (after a kind word or not) and then a name whose places include one in <paramref name="country"/>, or a name
    /// the gazetteer does not place abroad before a word for a part of a country ("Salamia countryside", "Zabul province").
    /// </summary>
    /// <example>"around Bari in Salamia countryside" (SY) → true; "the Rabat area of Tarnak Wa Jaldak district" (AF) →
    /// true; "talks in Rabat on Monday" (AF) → false; "Bari in Apulia" (SY) → false.</example>
    private static bool InHomePlace(string sentence, EntityMatch m, IReadOnlyList<EntityMatch> mentions, string? country)
    {
        var inside = Inside().Match(sentence, m.End);
        if (!inside.Success || country is null)
        {
            return false;
        }

        var at = inside.Index + inside.Length;
        var next = mentions.FirstOrDefault(o => o.Start == at && o.Kind == MatchKind.Place);
        return next is not null
            ? next.Places.Any(p => p.Country == country)
            : RegionPart().IsMatch(sentence, at);
    }

    // "Salamia countryside", "Wardak province": a name and a word for a part of a country.
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s+(?:" + PlaceWords.Provinces + @"|countryside)\b")]
    private static partial System.Text.RegularExpressions.Regex RegionPart();

    // After a name: " in ", " area of ", " village in the ": the words that set it inside the place named next.
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:\s+(?:" + PlaceWords.InsideHeads + @"))?\s+(?:in|of)\s+(?:the\s+)?")]
    private static partial System.Text.RegularExpressions.Regex Inside();

    /// <summary>
    /// A capitalised compass or size word right before a place name, inside a sentence, is part of the name: "Eastern
    /// Qalamoun" and "Western Qalamoun", "Big Sweidiyeh" and "Little Sweidiyeh" are places of their own (the name keeps
    /// the listed place's coordinates, the nearest known). Written in lower case ("in western Gharia") it is a part of
    /// the place, and the place is the one named; at the head of a sentence a capital says nothing.
    /// </summary>
    /// <example>"IS in Eastern Qalamoun of Rural Damascus" → "Eastern Qalamoun"; "in western Gharia" → "Gharia".</example>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[\p{Ll},;]\s+)(?<part>" + PlaceWords.NameOpeners + @")\s+$", System.Text.RegularExpressions.RegexOptions.RightToLeft)]
    private static partial System.Text.RegularExpressions.Regex PartOfName();


    // After a place name: an ezafe ("-e-", "-i-", "-e ", "-ye ") or a joining word (" i ", " e ", " wa ") before more of the name.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:-(?:e|i|ye|yi)[- ]|\s(?:i|e|wa|Wa)\s)\p{L}")]
    private static partial System.Text.RegularExpressions.Regex CompoundGoesOn();

    // Before a place name: an Arabic article, apart or hyphenated ("Al Hail", "El-Bab", "Maart al-Numan").
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|\s)(?:[Aa]l|[Ee]l|[Aa]r|[Aa]s|[Aa]sh|[Aa]d|[Aa]n|[Aa]z)[- ]$")]
    private static partial System.Text.RegularExpressions.Regex ArticleBefore();

    // Before a place name: the end of an ezafe or joining word ("Qala-i-", "Tala wa ").
    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}(?:-(?:e|i|ye|yi)-|\s(?:i|e|wa|Wa)\s)$")]
    private static partial System.Text.RegularExpressions.Regex CompoundComesBefore();

    /// <summary>The first-level region named after a comma ("…, Balkh"), when it is one of the context country's.</summary>
    private string? ProvinceAfter(string sentence, int end, string? country)
    {
        // "Dawlat Abad district center, Balkh": words saying which part of the place come before the comma.
        while (country is not null && WordAfter(sentence, end) is ({ } w, var wEnd) && PartsBeforeProvince.Contains(w))
        {
            end = wEnd;
        }

        if (country is null || end + 2 >= sentence.Length || sentence[end] != ',')
        {
            return null;
        }

        var (word, wordEnd) = WordAfter(sentence, end + 1);
        if (word is null || !char.IsUpper(word[0]))
        {
            return null;
        }

        var (second, _) = WordAfter(sentence, wordEnd);
        var regions = gazetteer.Admin1(country);
        var two = second is not null && char.IsUpper(second[0]) ? $"{word} {second}" : null;
        return regions.FirstOrDefault(r => string.Equals(r, two, StringComparison.OrdinalIgnoreCase))
            ?? regions.FirstOrDefault(r => string.Equals(r, word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A capital is its government when it acts: a verb or a possessive follows ("Damascus is ready", "Moscow warned",
    /// "Ankara's position"); as an apposition or object ("the Kazakh capital, Astana") it is the city.
    /// </summary>
    private static bool ActsAsSubject(string? next, string sentence, int end)
    {
        if (end < sentence.Length && sentence[end] is '\'' or '’')
        {
            return true;
        }

        if (next is null || char.IsUpper(next[0]))
        {
            return false;
        }

        // "Beirut again rejected", "Washington along with its allies demanded": an adverb or an "along with"
        // phrase may stand between the subject and its verb.
        if (next is "again" or "also" or "today" or "yesterday" or "now" or "still" or "once" or "quickly" or "swiftly" or "promptly"
            || (next.EndsWith("ly", StringComparison.Ordinal) && next.Length > 4))
        {
            var (_, nextEnd) = WordAfter(sentence, end);
            var (after, _) = WordAfter(sentence, nextEnd);
            return after is not null && ActsAsSubject(after, sentence, nextEnd);
        }

        if (next == "along" && AlongWith().Match(sentence, end) is { Success: true } along)
        {
            var (after, _) = WordAfter(sentence, along.Index + along.Length);
            return after is not null && ActsAsSubject(after, sentence, along.Index + along.Length);
        }

        return next is "is" or "was" or "has" or "had" or "will" or "would" or "says" or "said" or "says" or "did" or "does" or "can"
            or "could" or "may" or "must" or "should" or "wants" or "insists" or "denies" or "denied" or "accused" or "warned"
            or "rejected" or "announced" or "agreed" or "refused" or "demanded" or "called" or "sent" or "responded" or "claims"
            || (next.EndsWith("ed", StringComparison.Ordinal) && next.Length > 4);
    }

    // " along with its allies", " along with Britain": the phrase a subject's verb may follow.
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s+along with(?:\s+(?:its|their|the|his|her))?(?:\s+[\p{L}-]+)")]
    private static partial System.Text.RegularExpressions.Regex AlongWith();

    /// <summary>The report's main country: the one its places and country names point to most often.</summary>
    public string? MainCountry(string text) =>
        // The lead says where a story is: its first 1,500 characters settle the country, and a long report is not scanned twice.
        EntityScanner.CountryContext(scanner.FindMentions(text.Length > LeadLength ? text[..LeadLength] : text));

    // The characters of a report that settle its main country.
    private const int LeadLength = 1500;

    // "president", or two words for "prime minister", "foreign minister", "defence minister"
    private static string TitleAt(string sentence, int end)
    {
        var (first, firstEnd) = WordAfter(sentence, end);
        if (first is null)
        {
            return "";
        }

        var (second, _) = WordAfter(sentence, firstEnd);
        if (second is not null && second.Equals("minister", StringComparison.OrdinalIgnoreCase))
        {
            return $"{first} {second}";
        }

        // "Syrian regime forces", "Afghan government troops": the forces, not the government.
        return second is "forces" or "troops" or "soldiers" or "units" ? "forces" : first;
    }

    private static string? WordBefore(string text, int start)
    {
        var (begin, end) = Token.Before(text, start);
        return end > begin ? text[begin..end] : null;
    }

    private static (string? Word, int End) WordAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return i > start ? (text[start..i], i) : (null, end);
    }
}
