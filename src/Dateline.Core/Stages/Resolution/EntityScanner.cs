using System.Collections.Frozen;
using Dateline.Core.Stages.Resolution.Internal;
using System.Text.RegularExpressions;

namespace Dateline.Core.Stages.Resolution;

/// <summary>
/// Finds the actors, countries, demonyms and places a text names: longest match first, whole words only, with the
/// capitalisation the table's form asks for ("ISIS" must be upper case, "Syrian army" needs a capital S, place names need
/// capitals). One pass over the words, dictionary lookups only: a 4 KB report takes well under a millisecond once loaded.
/// </summary>
public sealed partial class EntityScanner
{
    private static readonly Lazy<EntityScanner> Lazy = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    // Capitalised English words that are also GeoNames places ("Police" in Poland, "Mobile" in Alabama, "Of" in Turkey):
    // never read as a one-word place. Multi-word names and actor aliases are unaffected.
    private static readonly FrozenSet<string> NotPlaces = """
        a about above across after again against all along also am among an and another any are around as at away back be
        because been before being below between both but by can come could day days did do does down during each early east
        either end even ever every few first for four from further general get give go good great had has have he her here
        him his home how however i if in into is it its just last late later least less like long made main make man many
        may me men might more most mr mrs ms much must my near never new next nine no none nor north not now of off old on
        once one only or other our out over own part people per place police president prime minister minister said same
        second see seven she should since six so some south state still such take ten than that the their them then there
        these they third this those three through to today too two under union until up upon us very was we well were west
        what when where which while who whom why will with within without would year years yet you your
        january february march april june july august september october november december
        monday tuesday wednesday thursday friday saturday sunday
        jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
        western eastern northern southern central north-western upper lower greater old new saint st
        episode chapter page video photo image read more join find subscribe follow share comments
        army forces government military troops rebels fighters officials sources reports report agency news media press
        mobile police security council national international central republic democratic islamic arab city town village
        district province region capital border camp airport base hospital school university mosque church market bridge
        road highway river lake mountain valley hill island port station centre center square street
        gulf sea coast bay desert delta plain plains strait peninsula
        victoria hope friendship unity liberty independence progress peace justice freedom victory paradise eden
        deal talks truce ceasefire war battle attack strike clashes offensive operation
        mission delegation summit meeting conference statement spokesman spokeswoman spokesperson
        outlook reuters associated afp bbc guardian times post telegraph herald tribune observer monitor
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Particles = PlaceWords.Set(PlaceWords.JoinedArticles + "|e|i|de|da|di|du|la|le|bin|ibn|of|the|and|wa");

    // Words after which a capitalised name is a place ("in", "near", "outside"; "of" after "town", "village", …).
    private static readonly FrozenSet<string> Locatives = PlaceWords.Set(PlaceWords.ScannerLocatives);

    // Words before "of" that make the name after it a place: "east and north of Tal Refaat", "the countryside of Idlib".
    private static readonly FrozenSet<string> PlaceOfHeads = PlaceWords.Set(PlaceWords.PlaceOfHeads);

    private readonly Gazetteer gazetteer;
    private readonly Dictionary<string, Target> phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Target>.AlternateLookup<ReadOnlySpan<char>> phraseSpan;
    private readonly int maxWords;

    // The most words of a phrase that opens with the word, for each first word: most words of a report open no phrase,
    // and a scan at one then skips the eight phrase look-ups it would make for the runs of one to eight words there
    // ("the" opens "the Alliance", 2 words; "shelled" opens none).
    private readonly Dictionary<string, int> phraseWords = new(StringComparer.Ordinal);

    /// <summary>Builds a scanner over a gazetteer and an actor table.</summary>
    public EntityScanner(Gazetteer gazetteer, ActorTable actors)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(actors);
        this.gazetteer = gazetteer;
        foreach (var actor in actors.Actors)
        {
            var phoenix = actor.Id.StartsWith("phx:", StringComparison.Ordinal);
            foreach (var phrase in actor.Aliases.Prepend(actor.Name))
            {
                var (key, mask) = Shape(phrase);
                // Lower-case aliases ("regime forces") depend on the report's country, and one-word Phoenix aliases are
                // too often ordinary words: neither is scanned for (ActorTable.Find still knows them).
                if (key.Length == 0 || !mask.Any(m => m > 0) || (phoenix && (mask.Length == 1 || EndsWithTitle(key))))
                {
                    continue;
                }

                // "the Taliban" is scanned as "Taliban"; "the Alliance" (NATO) keeps its article, "Alliance" alone is no alias.
                if (key.StartsWith("the ", StringComparison.Ordinal) && actors.Find(key[4..]) is { } bare && bare.Id == actors.Find(key)?.Id)
                {
                    continue;
                }

                var t = Get(key);
                if (t.Actor is null)
                {
                    t.Actor = actors.Find(phrase);
                    t.ActorMask = mask;
                }
                else if (t.ActorMask is { } known && known.Length == mask.Length)
                {
                    // "Al-Shabaab" and "al-Shabaab" are one key: the loosest capitalisation wins.
                    for (var k = 0; k < mask.Length; k++)
                    {
                        known[k] = Math.Min(known[k], mask[k]);
                    }
                }
            }
        }

        foreach (var c in gazetteer.Countries)
        {
            foreach (var name in c.AltNames.Prepend(c.OfficialName).Prepend(c.Name))
            {
                AddCountry(name, c, demonym: false);
            }

            foreach (var d in c.Demonyms)
            {
                AddCountry(d, c, demonym: true);
                AddCountry(d + "s", c, demonym: true);
            }

            foreach (var seat in c.SeatsOfGovernment)
            {
                var (key, mask) = Shape(seat);
                var t = Get(key);
                if (key.Length > 0 && t.Seat is null)
                {
                    t.Seat = c;
                    t.SeatMask = mask;
                    t.SeatActor = actors.Get(c.Iso2 + ".GOV");
                }
            }
        }

        phraseSpan = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in phrases.Keys)
        {
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            var first = space < 0 ? key : key[..space];
            var words = key.AsSpan().Count(' ') + 1;
            if (phraseWords.GetValueOrDefault(first) < words)
            {
                phraseWords[first] = words;
            }
        }

        maxWords = Math.Max(gazetteer.MaxKeyWords, Math.Min(8, phrases.Keys.Max(k => k.AsSpan().Count(' ')) + 1));
    }

    /// <summary>The scanner over the default gazetteer and actor table, built on first use.</summary>
    public static EntityScanner Default => Lazy.Value;

    // The gazetteer and the actor table (with its Phoenix part) load side by side; the gazetteer's fuzzy index is built
    // as soon as the gazetteer is there (it usually loads first), beside the Phoenix part and the phrase table, since
    // the first report's unknown capitalised words need it.
    private static EntityScanner Build()
    {
        var gazetteer = Task.Run(() =>
        {
            var g = Gazetteer.Default;
            _ = Task.Run(g.WarmFuzzy);
            return g;
        });
        var actors = ActorTable.Default;
        actors.LoadPhoenix();
        return new EntityScanner(gazetteer.GetAwaiter().GetResult(), actors);
    }

    /// <summary>Every actor, country, demonym and place named in <paramref name="text"/>, in text order, without overlaps.</summary>
    /// <param name="text">A sentence or a whole report.</param>
    /// <example>
    /// "Damascus is ready to negotiate with Daesh-free groups, the Syrian president said in Aleppo." →
    /// Damascus (place, actor Government of Syria), Daesh (actor isis), Syrian (demonym SY), Aleppo (place).
    /// </example>
    public IReadOnlyList<EntityMatch> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TextKey.Tokenize(text);
        var results = new List<EntityMatch>();
        Span<char> buffer = stackalloc char[256];
        var i = 0;
        var firstFree = 0;
        while (i < tokens.Count)
        {
            var run = JoinedRun(text, tokens, i, maxWords);
            var phraseMax = phraseWords.GetValueOrDefault(tokens[i].Key);
            EntityMatch? best = null;
            var bestWords = 0;
            for (var n = run; n >= 1 && best is null; n--)
            {
                var length = KeyOf(tokens, i, n, buffer);
                if (length < 0)
                {
                    continue;
                }

                var key = buffer[..length];
                best = Match(text, tokens, i, n, key, firstFree, n <= phraseMax);
                bestWords = n;
            }

            if (best is null)
            {
                best = FuzzyPlace(text, tokens, i, out bestWords);
            }

            if (best is null)
            {
                i++;
                continue;
            }

            // "Dawlat Abad district", "Idlib province": the kind word joins the place.
            var next = i + bestWords;
            if (best.Kind == MatchKind.Place && next < tokens.Count && JoinedRun(text, tokens, next - 1, 2) == 2
                && PlaceWords.Kinds.TryGetValue(tokens[next].Key, out var hint))
            {
                best = best with { Length = tokens[next].End - best.Start, Text = text[best.Start..tokens[next].End], PlaceHint = hint };
                next++;
            }

            // "Syrian president", "UN Secretary-General": an office; "the Kazakh capital": the capital city.
            if (best.Kind is MatchKind.Demonym or MatchKind.Country || best.Actor?.Kind is ActorKind.International or ActorKind.ArmedGroup)
            {
                (best, next) = Extend(text, tokens, best, next);
            }

            results.Add(best);
            i = next;
            firstFree = next;
        }

        return results;
    }

    /// <summary>
    /// The country a text is most about, from its matches: country names, demonyms and offices count twice, actors of a
    /// country and places all of whose candidates lie in one country once. Null when nothing points to a country.
    /// Pass it as the country context of <see cref="Gazetteer.Resolve"/> to settle ambiguous place names.
    /// </summary>
    /// <example>The seed report (Syria 9 times, Syrian 8, Damascus 4, Aleppo 3, Kazakhstan 1, Astana 2) → "SY".</example>
    public static string? CountryContext(IEnumerable<EntityMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            var (country, weight) = m.Kind switch
            {
                MatchKind.Country or MatchKind.Demonym => (m.Country?.Iso2, 2),
                MatchKind.Title => (m.Holder is { Length: 2 } h ? h : null, 2),
                MatchKind.Actor => (m.Actor?.Country, 1),
                _ => (m.Country?.Iso2 ?? (m.Places.Count > 0 && m.Places.All(p => p.Country == m.Places[0].Country) ? m.Places[0].Country : null), 1),
            };
            if (country is not null)
            {
                votes[country] = votes.GetValueOrDefault(country) + weight;
            }
        }

        return votes.Count == 0 ? null : votes.MaxBy(v => v.Value).Key;
    }

    private EntityMatch? Match(string text, List<Token> tokens, int start, int words, ReadOnlySpan<char> key, int firstFree, bool phrase = true)
    {
        var from = tokens[start].Start;
        var to = tokens[start + words - 1].End;
        ActorEntry? actor = null;
        Country? country = null;
        var kind = MatchKind.Place;
        var found = false;
        if (phrase && phraseSpan.TryGetValue(key, out var t))
        {
            if (t.Actor is not null && Fits(t.ActorMask, tokens, start))
            {
                actor = t.Actor;
                kind = MatchKind.Actor;
                found = true;
            }

            if (t.Country is not null && Fits(t.CountryMask, tokens, start))
            {
                country = t.Country;
                if (!found || actor?.Kind == ActorKind.State)
                {
                    kind = t.IsDemonym ? MatchKind.Demonym : MatchKind.Country;
                }

                found = true;
            }

            if (t.Seat is not null && Fits(t.SeatMask, tokens, start) && !found)
            {
                country = t.Seat;
                actor = t.SeatActor;
                kind = MatchKind.Place;
                found = true;
            }
        }

        IReadOnlyList<GazetteerPlace> places = [];
        if ((!found || kind == MatchKind.Place) && PlaceShapeFits(text, tokens, start, words) && gazetteer.PlacesByKey(key) is { } list)
        {
            places = list;
            if (!found && words == 1 && AtSentenceStart(text, from) && !list.Any(p => p.Population >= 10_000 || p.Kind == PlaceKind.Admin1 || p.IsCapital))
            {
                return null; // "Hope said …", "Victoria …": a small place at the head of a sentence is more likely a word.
            }

            if (!found && words == 1 && BesideNameWord(text, tokens, start, firstFree))
            {
                return null; // "Thierry Mariani", "Jordan Peterson": a capitalised word beside it makes a person's name.
            }

            if (!found && words == 1 && LongerNameFollows().IsMatch(text.AsSpan(to)))
            {
                return null; // "Bab al-Sharqi market", "Tell el-Kebir": the word opens a longer name, not the place "Bab".
            }

            found = true;
        }

        return found ? new EntityMatch(from, to - from, text[from..to], kind) { Actor = actor, Country = country, Places = places } : null;
    }

    private (EntityMatch Match, int Next) Extend(string text, List<Token> tokens, EntityMatch match, int next)
    {
        if (next >= tokens.Count || JoinedRun(text, tokens, next - 1, 2) < 2)
        {
            return (match, next);
        }

        if (match.Country is { } country && tokens[next].Key == "capital" && gazetteer.Capital(country.Iso2) is { } capital)
        {
            var end = tokens[next].End;
            return (match with { Kind = MatchKind.Place, Length = end - match.Start, Text = text[match.Start..end], Places = [capital], Actor = null }, next + 1);
        }

        var run = JoinedRun(text, tokens, next - 1, 4) - 1;
        for (var n = run; n >= 1; n--)
        {
            var title = string.Join(' ', tokens.Skip(next).Take(n).Select(t => t.Key));
            if (ActorTable.IsTitle(title))
            {
                var end = tokens[next + n - 1].End;
                var holder = match.Country?.Iso2 ?? match.Actor?.Id;
                return (match with { Kind = MatchKind.Title, Length = end - match.Start, Text = text[match.Start..end], Title = text[tokens[next].Start..end], Holder = holder }, next + n);
            }
        }

        return (match, next);
    }

    /// <summary>
    /// A place name the exact index misses but whose spelling without spaces or consonant skeleton matches: two or three
    /// capitalised words ("Tal Afar" = "Tall ‘Afar"), or one to three before a kind word ("Dawlat Abad district").
    /// </summary>
    private EntityMatch? FuzzyPlace(string text, List<Token> tokens, int start, out int words)
    {
        words = 0;
        if (!tokens[start].IsCapitalised || NotPlaces.Contains(tokens[start].Key) || Particles.Contains(tokens[start].Key))
        {
            return null;
        }

        var run = JoinedRun(text, tokens, start, 4);
        for (var k = 1; k < run; k++)
        {
            if (NotPlaces.Contains(tokens[start + k].Key) && !PlaceWords.Kinds.ContainsKey(tokens[start + k].Key))
            {
                run = k; // "Sun Jan", "Episode One": ordinary words do not make a fuzzy place name.
                break;
            }
        }

        var n = 1;
        while (n < Math.Min(run, 3) && (tokens[start + n].IsCapitalised || Particles.Contains(tokens[start + n].Key)) && !PlaceWords.Kinds.ContainsKey(tokens[start + n].Key))
        {
            n++;
        }

        // Without a kind word after it, a fuzzy name needs a locative word before it ("in Tal Afar", "near Maarat
        // al-Numan", "the town of …"): two capitalised words alone are more often a person ("Thierry Mariani").
        var locative = start > 0 && Locatives.Contains(tokens[start - 1].Key)
            && (tokens[start - 1].Key != "of" || (start > 1 && (PlaceWords.Kinds.ContainsKey(tokens[start - 2].Key) || PlaceOfHeads.Contains(tokens[start - 2].Key))));
        for (; n >= 1; n--)
        {
            var last = tokens[start + n - 1];
            var kindFollows = start + n < tokens.Count && n < run && PlaceWords.Kinds.ContainsKey(tokens[start + n].Key);
            if ((n < 2 && !kindFollows) || (!kindFollows && !locative) || Particles.Contains(last.Key) || !last.IsCapitalised)
            {
                continue;
            }

            var key = string.Join(' ', tokens.Skip(start).Take(n).Select(t => t.Key));
            if (gazetteer.FuzzyPlaces(key, minSkeleton: 4) is { } places)
            {
                words = n;
                var from = tokens[start].Start;
                var to = last.End;
                return new EntityMatch(from, to - from, text[from..to], MatchKind.Place) { Places = places };
            }
        }

        return null;
    }

    // An article joined by a hyphen to a capitalised word straight after a name: " al-Sharqi", " el-Kebir", " ash-Sham".
    [GeneratedRegex(@"^ (?:" + PlaceWords.JoinedArticles + @")[-‐]\p{Lu}")]
    private static partial Regex LongerNameFollows();

    /// <summary>
    /// True when a capitalised ordinary word, not part of an earlier match, stands right before or after the word at
    /// <paramref name="at"/>: together they are more likely a person's name ("Thierry Mariani") than a place.
    /// </summary>
    private static bool BesideNameWord(string text, List<Token> tokens, int at, int firstFree)
    {
        bool Ordinary(int k) => k >= 0 && k < tokens.Count && tokens[k].IsCapitalised && !tokens[k].IsAllCaps
            && !NotPlaces.Contains(tokens[k].Key) && !Particles.Contains(tokens[k].Key) && !PlaceWords.Kinds.ContainsKey(tokens[k].Key);

        var before = at - 1 >= firstFree && Ordinary(at - 1) && JoinedRun(text, tokens, at - 1, 2) == 2;
        var after = Ordinary(at + 1) && JoinedRun(text, tokens, at, 2) == 2;
        return before || after;
    }

    private static bool PlaceShapeFits(string text, List<Token> tokens, int start, int words)
    {
        if (!tokens[start].IsCapitalised)
        {
            return false;
        }

        if (words == 1 && (NotPlaces.Contains(tokens[start].Key) || tokens[start].Key.Length < 3 || char.IsDigit(text[tokens[start].Start])))
        {
            return false;
        }

        for (var k = start + 1; k < start + words; k++)
        {
            // "the T4 airbase", "Kweires airport": a listed name may end in a site word the text writes in lower case.
            if (!tokens[k].IsCapitalised && !Particles.Contains(tokens[k].Key) && !(k == start + words - 1 && SiteWords.Contains(tokens[k].Key)))
            {
                return false;
            }
        }

        return true;
    }

    // Lower-case words that end a listed site's name: "T4 airbase", "Tabqa dam", "Kuweires military airport".
    private static readonly FrozenSet<string> SiteWords = PlaceWords.Set(PlaceWords.ListedSiteEnds);

    private static bool Fits(byte[]? mask, List<Token> tokens, int start)
    {
        if (mask is null)
        {
            return true;
        }

        for (var k = 0; k < mask.Length; k++)
        {
            var token = tokens[start + k];
            if ((mask[k] == 1 && !token.IsCapitalised) || (mask[k] == 2 && !token.IsAllCaps))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words from <paramref name="start"/> are joined only by spaces or hyphens (at most <paramref name="max"/>).</summary>
    private static int JoinedRun(string text, List<Token> tokens, int start, int max)
    {
        var n = 1;
        while (n < max && start + n < tokens.Count)
        {
            var gap = text.AsSpan(tokens[start + n - 1].End, tokens[start + n].Start - tokens[start + n - 1].End);
            // "al-Nusra", "Deir ez-Zor", "U.S. Army" (a dot after a single letter), a line break inside a name; but not
            // "Aleppo. Syria", "Assad's forces" nor across a blank line.
            var ok = gap.Length is > 0 and <= 16;
            var newlines = 0;
            foreach (var c in gap)
            {
                newlines += c == '\n' ? 1 : 0;
                ok &= c is ' ' or '-' or '‐' or '–' or '\n' or '\r' or '\t' || (c == '.' && tokens[start + n - 1].End - tokens[start + n - 1].Start == 1);
            }

            ok &= newlines <= 1;

            if (!ok)
            {
                break;
            }

            n++;
        }

        return n;
    }

    private static int KeyOf(List<Token> tokens, int start, int words, Span<char> buffer)
    {
        var length = 0;
        for (var k = start; k < start + words; k++)
        {
            var key = tokens[k].Key;
            if (length + key.Length + 1 > buffer.Length)
            {
                return -1;
            }

            if (k > start)
            {
                buffer[length++] = ' ';
            }

            key.AsSpan().CopyTo(buffer[length..]);
            length += key.Length;
        }

        return length;
    }

    private static bool AtSentenceStart(string text, int offset)
    {
        for (var k = offset - 1; k >= 0; k--)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '\'' or '(')
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':' or '\n';
        }

        return true;
    }

    /// <summary>True for "un secretary general", "syrian president": offices, which the scanner reads as titles by date.</summary>
    /// <remarks>
    /// The last one, two and three words, never the whole key, are looked up as spans of the key: the scanner's table
    /// asks this of some 30,000 Phoenix phrases at load, and cutting them into strings was a tenth of the load's garbage.
    /// </remarks>
    private static bool EndsWithTitle(string key)
    {
        var end = key.Length;
        for (var n = 1; n <= 3 && end > 0; n++)
        {
            var space = key.LastIndexOf(' ', end - 1);
            if (space < 0)
            {
                return false;
            }

            if (ActorTable.IsTitle(key.AsSpan(space + 1)))
            {
                return true;
            }

            end = space;
        }

        return false;
    }

    /// <summary>The lookup key and per-word capitalisation demand of a table phrase: 0 any, 1 capitalised, 2 all capitals.</summary>
    private static (string Key, byte[] Mask) Shape(string phrase)
    {
        var tokens = TextKey.Tokenize(phrase);
        if (tokens.Count == 0 || tokens.Count > 8)
        {
            return (string.Empty, []);
        }

        var key = string.Join(' ', tokens.Select(t => t.Key));
        if (!System.Text.Ascii.IsValid(key))
        {
            return (string.Empty, []); // Cyrillic, Arabic script: not in English news text.
        }

        return (key, tokens.Select(t => (byte)(t.IsAllCaps ? 2 : t.IsCapitalised ? 1 : 0)).ToArray());
    }

    private void AddCountry(string name, Country c, bool demonym)
    {
        var (key, mask) = Shape(name);
        if (key.Length == 0)
        {
            return;
        }

        var t = Get(key);
        if (t.Country is null)
        {
            t.Country = c;
            t.CountryMask = mask;
            t.IsDemonym = demonym;
        }
    }

    private Target Get(string key)
    {
        if (!phrases.TryGetValue(key, out var t))
        {
            t = new Target();
            phrases[key] = t;
        }

        return t;
    }

    private sealed class Target
    {
        public ActorEntry? Actor { get; set; }

        public byte[]? ActorMask { get; set; }

        public Country? Country { get; set; }

        public byte[]? CountryMask { get; set; }

        public bool IsDemonym { get; set; }

        public Country? Seat { get; set; }

        public byte[]? SeatMask { get; set; }

        public ActorEntry? SeatActor { get; set; }
    }
}
