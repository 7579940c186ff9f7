using System.Globalization;
using System.Text;
using Dateline.Core.Stages.Resolution.Internal;

namespace Dateline.Core.Stages.Resolution;

/// <summary>
/// The actor table: per-country state, government, military, police, rebel, civilian and protester actors (generated from
/// the country table, plus "unidentified armed group"), the project's hand-written conflict actors and office holders, ACLED actor names, and the
/// PETRARCH2 Phoenix dictionaries as a fallback. Immutable after loading, so every method is safe from many threads.
/// </summary>
public sealed class ActorTable
{
    private static readonly Lazy<ActorTable> Lazy = new(() => new ActorTable(), LazyThreadSafetyMode.ExecutionAndPublication);

    // Title words → office ids of offices.tsv, in the order tried ("leader" of Iran is the Supreme Leader; of the UK, the PM).
    private static readonly Dictionary<string, string[]> Titles = new(StringComparer.Ordinal)
    {
        ["president"] = ["president"],
        ["head of state"] = ["head-of-state", "president"],
        ["prime minister"] = ["prime-minister"], ["premier"] = ["prime-minister"], ["pm"] = ["prime-minister"],
        ["foreign minister"] = ["foreign-minister"], ["secretary of state"] = ["foreign-minister"],
        ["foreign secretary"] = ["foreign-minister"], ["top diplomat"] = ["foreign-minister"],
        ["defence minister"] = ["defence-minister"], ["defense minister"] = ["defence-minister"],
        ["king"] = ["head-of-state"], ["emir"] = ["head-of-state"], ["monarch"] = ["head-of-state"],
        ["supreme leader"] = ["head-of-state", "leader"], ["crown prince"] = ["crown-prince"],
        ["leader"] = ["leader", "head-of-state", "president", "prime-minister", "chancellor", "secretary-general"],
        ["chief"] = ["leader", "secretary-general", "head-of-state"],
        ["chancellor"] = ["chancellor"], ["chief executive"] = ["chief-executive"],
        ["secretary general"] = ["secretary-general"], ["secretary-general"] = ["secretary-general"],
        ["envoy"] = ["envoy-syria"], ["special envoy"] = ["envoy-syria"],
    };

    // Group nouns after a country or demonym → suffix of the generated actor id ("Afghan forces" → AF.MIL).
    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        ["forces"] = "MIL", ["army"] = "MIL", ["troops"] = "MIL", ["military"] = "MIL", ["soldiers"] = "MIL", ["armed forces"] = "MIL",
        ["security forces"] = "MIL", ["air force"] = "MIL", ["warplanes"] = "MIL", ["jets"] = "MIL", ["navy"] = "MIL",
        ["warplane"] = "MIL", ["jet"] = "MIL", ["helicopters"] = "MIL", ["tanks"] = "MIL", ["warships"] = "MIL", ["howitzers"] = "MIL", ["artillery"] = "MIL",
        ["government"] = "GOV", ["regime"] = "GOV", ["authorities"] = "GOV", ["administration"] = "GOV", ["officials"] = "GOV", ["cabinet"] = "GOV",
        ["police"] = "POL", ["policemen"] = "POL", ["police forces"] = "POL",
        ["rebels"] = "REB", ["opposition"] = "REB", ["insurgents"] = "REB", ["militants"] = "REB", ["opposition groups"] = "REB",
        ["civilians"] = "CIV", ["people"] = "CIV", ["residents"] = "CIV", ["villagers"] = "CIV",
        ["protesters"] = "PRO", ["demonstrators"] = "PRO", ["rioters"] = "PRO",
        ["state"] = string.Empty,
    };

    // ACLED writes some countries its own way ("Military Forces of the United States", "Turkey").
    private static readonly Dictionary<string, string> AcledCountryNames = new(StringComparer.Ordinal)
    {
        ["US"] = "the United States", ["GB"] = "the United Kingdom", ["TR"] = "Turkey", ["CD"] = "Democratic Republic of Congo",
        ["CG"] = "Republic of Congo", ["PS"] = "Palestine", ["CI"] = "Ivory Coast", ["CZ"] = "Czech Republic", ["KP"] = "North Korea",
        ["KR"] = "South Korea", ["AE"] = "United Arab Emirates", ["CF"] = "Central African Republic", ["MM"] = "Myanmar",
    };

    private static readonly HashSet<string> OrgWords = new(StringComparer.Ordinal)
    {
        "forces", "army", "party", "council", "ministry", "front", "movement", "brigade", "brigades", "group", "organization",
        "organisation", "union", "committee", "league", "association", "agency", "commission", "bank", "fund", "court", "police",
        "guard", "guards", "corps", "coalition", "alliance", "assembly", "parliament", "government", "office", "institute", "society",
        "center", "centre", "network", "battalion", "division", "regime", "authority", "mission", "programme", "program",
        "federation", "congress", "service", "department", "state", "national", "republic", "united", "international", "world",
        "islamic", "jihad", "militia", "militants", "rebels", "troops", "security", "administration", "secretariat", "company",
        "foundation", "nations", "tribe", "tribes", "clan", "cabinet", "senate", "navy", "force", "unit", "units", "conference",
    };

    private readonly CountryTable countries;
    private readonly Dictionary<string, ActorEntry> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActorEntry>> byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Holder, string Office), List<(OfficeTerm Term, ActorEntry Person)>> offices = [];
    private readonly Dictionary<string, (string Name, string Id, DateOnly? From, DateOnly? To)> acledByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Name, DateOnly? From, DateOnly? To)>> acledById = new(StringComparer.Ordinal);
    private readonly Lazy<PhoenixPart> phoenix;

    /// <summary>The table of the embedded data, loaded on first use.</summary>
    public static ActorTable Default => Lazy.Value;

    /// <summary>Number of actors, Phoenix ones included (loads them).</summary>
    public int Count => byId.Count + phoenix.Value.ById.Count;

    /// <summary>All actors: the project's own first, then the Phoenix ones (loads them).</summary>
    public IEnumerable<ActorEntry> Actors => byId.Values.Concat(phoenix.Value.ById.Values);

    /// <summary>Loads the PETRARCH2 Phoenix part now rather than on the first alias the project's tables do not know.</summary>
    public void LoadPhoenix() => _ = phoenix.Value;

    /// <summary>
    /// The CAMEO/Phoenix codes of an actor, with dates where the dictionaries give them ("SYRGOV:2000-07-17.."): a Phoenix
    /// entry's own, or those of the Phoenix entries that share a project entry's name (loads the Phoenix part).
    /// </summary>
    public IReadOnlyList<string> CodesOf(ActorEntry actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Codes.Count > 0 ? actor.Codes : phoenix.Value.CodesByCoreId.GetValueOrDefault(actor.Id) ?? [];
    }

    internal ActorTable()
    {
        countries = CountryTable.Default;
        phoenix = new(LoadPhoenixPart, LazyThreadSafetyMode.ExecutionAndPublication);
        var builders = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var order = new List<Builder>();
        Builder Get(string id, string name, ActorKind kind, string? country)
        {
            if (!builders.TryGetValue(id, out var b))
            {
                b = new Builder(id, name, kind, country);
                builders[id] = b;
                order.Add(b);
            }

            return b;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var laps = new StringBuilder();
        void Lap(string what) => laps.Append(CultureInfo.InvariantCulture, $"{what} {clock.ElapsedMilliseconds} ms; ");
        AddCountryActors(Get);
        Lap("countries");
        AddHandWritten(builders, Get);
        AddOffices(Get);
        AddAcled();
        Lap("hand-written");

        foreach (var b in order)
        {
            var entry = b.Build(AcledNameOf(b));
            byId[entry.Id] = entry;
            foreach (var term in entry.Offices)
            {
                (offices.TryGetValue((term.Holder, term.Office), out var terms) ? terms : offices[(term.Holder, term.Office)] = []).Add((term, entry));
            }

            foreach (var key in b.Aliases.Prepend(b.Name).Select(AliasKey).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                (byAlias.TryGetValue(key, out var list) ? list : byAlias[key] = []).Add(entry);
            }
        }

        foreach (var list in offices.Values)
        {
            list.Sort((a, b) => Nullable.Compare(a.Term.From, b.Term.From));
        }

        Lap("index");
        LoadProfile = laps.ToString();
    }

    /// <summary>Cumulative load times of the table's parts, for the benchmark console.</summary>
    internal string LoadProfile { get; }

    /// <summary>The actor an alias names, hand-written entries before Phoenix ones; among people, the latest in office.</summary>
    /// <param name="alias">A name as news writes it, any case, with or without diacritics, hyphens or a leading "the".</param>
    /// <example>"Daesh", "ISIL", "ISIS" and "Islamic State" → the same entry (id "isis"); "Jabhat Fateh al-Sham" → id "nusra".</example>
    public ActorEntry? Find(string alias) => Candidates(alias).FirstOrDefault();

    /// <summary>The actor an alias names on a date: people in office that day come first ("Assad" in 1995 → Hafez al-Assad).</summary>
    public ActorEntry? Find(string alias, DateOnly when) =>
        Candidates(alias).OrderByDescending(e => e.InOfficeOn(when)).FirstOrDefault();

    /// <summary>Every actor an alias may name, best first.</summary>
    public IReadOnlyList<ActorEntry> FindAll(string alias) => Candidates(alias).ToList();

    /// <summary>An actor by id ("SY.GOV", "isis", "person:bashar-al-assad").</summary>
    public ActorEntry? Get(string id) =>
        byId.GetValueOrDefault(id) ?? (id.StartsWith("phx:", StringComparison.Ordinal) ? phoenix.Value.ById.GetValueOrDefault(id) : null);

    /// <summary>
    /// Resolves a title or group noun of a country or organisation on a date: "Syrian" + "president" on 2017-01-08 → Bashar
    /// al-Assad; "Afghan" + "forces" → Military Forces of Afghanistan; "UN" + "secretary-general" on 2017-01-08 → António Guterres.
    /// </summary>
    /// <param name="countryOrDemonym">Country name, demonym, ISO code, or an organisation's alias ("UN", "Taliban").</param>
    /// <param name="title">"president", "prime minister", "foreign minister", "king", "leader", or a group noun ("forces", "government").</param>
    /// <param name="when">The date the text speaks of (the event's date, else the report's).</param>
    /// <returns>The office holder or group actor, or null when the table does not know.</returns>
    public ActorEntry? ResolveTitle(string countryOrDemonym, string title, DateOnly when)
    {
        var holder = countries.Find(countryOrDemonym)?.Iso2;
        if (holder is null && Find(countryOrDemonym) is { } org)
        {
            holder = org.Kind == ActorKind.State ? org.Id : org.Id.Split('.')[0];
        }

        if (holder is null)
        {
            return null;
        }

        var key = TextKey.Key(title);
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        if (Titles.TryGetValue(key, out var officeIds))
        {
            foreach (var office in officeIds)
            {
                if (offices.TryGetValue((holder, office), out var terms))
                {
                    foreach (var (term, person) in terms)
                    {
                        if (term.Covers(when))
                        {
                            return person;
                        }
                    }
                }
            }

            return null;
        }

        if (Groups.TryGetValue(key, out var suffix) && holder.Length == 2)
        {
            return byId.GetValueOrDefault(suffix.Length == 0 ? holder : holder + "." + suffix);
        }

        return null;
    }

    /// <summary>True when the words name an office <see cref="ResolveTitle"/> knows ("president", "prime minister").</summary>
    internal static bool IsTitle(string key) => Titles.ContainsKey(key);

    /// <summary>True when the words name an office <see cref="ResolveTitle"/> knows, given as a span of a longer key.</summary>
    internal static bool IsTitle(ReadOnlySpan<char> key) => TitleLookup.ContainsKey(key);

    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The government a country, demonym, capital or seat stands for: "Damascus" → Government of Syria; "the Kremlin" → Government of Russia.</summary>
    public ActorEntry? Government(string countryOrCapital)
    {
        var country = countries.Find(countryOrCapital) ?? countries.OfSeat(countryOrCapital);
        if (country is not null)
        {
            return byId.GetValueOrDefault(country.Iso2 + ".GOV");
        }

        return Find(countryOrCapital) is { Kind: ActorKind.Government } gov ? gov : null;
    }

    /// <summary>
    /// The actor an ACLED actor name stands for: the hand-written table first, then ACLED's patterns ("Military Forces of
    /// Syria (2000-) Syrian Arab Air Defense Force" → Military Forces of Syria; "Civilians (Afghanistan)" → Civilians of Afghanistan).
    /// </summary>
    public ActorEntry? FindAcled(string acledName)
    {
        var name = acledName.Trim();
        if (acledByKey.TryGetValue(TextKey.Key(name), out var row))
        {
            return byId.GetValueOrDefault(row.Id);
        }

        // "Military Forces of Syria (2000-) Tiger Forces" → "Military Forces of Syria"; "Government of Afghanistan (2014-)".
        foreach (var (prefix, suffix) in new[] { ("Military Forces of ", "MIL"), ("Police Forces of ", "POL"), ("Government of ", "GOV"), ("Former Military Forces of ", "MIL") })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = name[prefix.Length..];
                var paren = rest.IndexOf(" (", StringComparison.Ordinal);
                var country = paren > 0 ? countries.Find(rest[..paren]) : LongestCountryPrefix(rest);
                return country is null ? null : byId.GetValueOrDefault(country.Iso2 + "." + suffix);
            }
        }

        // "Civilians (Afghanistan)", "Protesters (Syria)", "Islamic State (Syria)".
        var open = name.LastIndexOf('(');
        if (open > 0 && name.EndsWith(')'))
        {
            var group = name[..open].Trim();
            var country = countries.Find(name[(open + 1)..^1]);
            if (country is null)
            {
                return null;
            }

            var id = TextKey.Key(group) switch
            {
                "civilians" or "women" or "teachers" or "labour group" or "students" or "journalists" or "health workers" => country.Iso2 + ".CIV",
                "protesters" or "rioters" => country.Iso2 + ".PRO",
                "opposition rebels" or "islamist rebels" or "islamist militia" => country.Iso2 + ".REB",
                "islamic state" => "isis",
                "unidentified armed group" or "unidentified tribal militia" or "unidentified tribal group" => country.Iso2 + ".UAG",
                _ => null,
            };
            return id is null ? null : byId.GetValueOrDefault(id);
        }

        return null;
    }

    /// <summary>
    /// ACLED's name for an actor on a date, in a country: dated names first ("Military Forces of Syria (2000-2024)" for 2017),
    /// names that mention <paramref name="countryContext"/> next ("Islamic State (Iraq)"), then <see cref="ActorEntry.AcledName"/>.
    /// </summary>
    public string? AcledNameOf(ActorEntry actor, DateOnly? when = null, string? countryContext = null)
    {
        if (acledById.TryGetValue(actor.Id, out var rows))
        {
            var country = countryContext is null ? null : countries.Find(countryContext);
            var covering = rows.Where(r => when is null || ((r.From is null || r.From <= when) && (r.To is null || when < r.To))).ToList();
            var inCountry = country is null ? null : covering.FirstOrDefault(r => r.Name.Contains(AcledCountry(country), StringComparison.Ordinal)).Name;
            var dated = covering.FirstOrDefault(r => r.From is not null || r.To is not null).Name;
            return inCountry ?? dated ?? covering.FirstOrDefault().Name ?? actor.AcledName;
        }

        return actor.AcledName;
    }

    private IEnumerable<ActorEntry> Candidates(string alias)
    {
        var key = AliasKey(alias);
        var bare = key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : null;
        var list = byAlias.GetValueOrDefault(key) ?? (bare is null ? null : byAlias.GetValueOrDefault(bare));
        if (list is null)
        {
            // Only now the Phoenix dictionaries: the project's tables did not know the name.
            var part = phoenix.Value;
            list = part.ByAlias.GetValueOrDefault(key) ?? (bare is null ? null : part.ByAlias.GetValueOrDefault(bare));
        }

        if (list is null)
        {
            return [];
        }

        // Among people, the one whose last term ended latest (open = now) first; one entry needs no ordering (most aliases).
        return list.Count == 1 ? list : list.OrderByDescending(e => e.Offices.Count == 0 ? DateOnly.MinValue : e.Offices.Max(o => o.To ?? DateOnly.MaxValue));
    }

    private static string AliasKey(string alias) => TextKey.Key(alias);

    private Country? LongestCountryPrefix(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n > 0; n--)
        {
            if (countries.Find(string.Join(' ', words.Take(n))) is { } c)
            {
                return c;
            }
        }

        return null;
    }

    private static string AcledCountry(Country c) => AcledCountryNames.GetValueOrDefault(c.Iso2) ?? c.Name;

    private string? AcledNameOf(Builder b) =>
        acledById.TryGetValue(b.Id, out var rows) && rows.FirstOrDefault(r => r.From is null && r.To is null) is { Name: not null } undated
            ? undated.Name
            : b.AcledName;

    private void AddCountryActors(Func<string, string, ActorKind, string?, Builder> get)
    {
        foreach (var c in countries.Countries)
        {
            var names = c.AltNames.Prepend(c.OfficialName).Prepend(c.Name).Distinct().ToArray();
            var acled = AcledCountry(c);
            var state = get(c.Iso2, c.Name, ActorKind.State, c.Iso2);
            state.Aliases.AddRange(names);
            var gov = get(c.Iso2 + ".GOV", "Government of " + c.Name, ActorKind.Government, c.Iso2);
            gov.AcledName = "Government of " + acled;
            var mil = get(c.Iso2 + ".MIL", "Military Forces of " + c.Name, ActorKind.Military, c.Iso2);
            mil.AcledName = "Military Forces of " + acled;
            var pol = get(c.Iso2 + ".POL", "Police Forces of " + c.Name, ActorKind.Police, c.Iso2);
            pol.AcledName = "Police Forces of " + acled;
            var reb = get(c.Iso2 + ".REB", $"Opposition Rebels ({c.Name})", ActorKind.Rebels, c.Iso2);
            reb.AcledName = $"Opposition Rebels ({acled})";
            var civ = get(c.Iso2 + ".CIV", $"Civilians ({c.Name})", ActorKind.Civilians, c.Iso2);
            civ.AcledName = $"Civilians ({acled})";
            var pro = get(c.Iso2 + ".PRO", $"Protesters ({c.Name})", ActorKind.Protesters, c.Iso2);
            pro.AcledName = $"Protesters ({acled})";
            var uag = get(c.Iso2 + ".UAG", $"Unidentified Armed Group ({c.Name})", ActorKind.ArmedGroup, c.Iso2);
            uag.AcledName = $"Unidentified Armed Group ({acled})";
            foreach (var n in names)
            {
                gov.Aliases.AddRange([$"Government of {n}", $"{n} government", $"{n} regime"]);
                mil.Aliases.AddRange([$"Military Forces of {n}", $"{n} army", $"{n} military", $"{n} armed forces"]);
                pol.Aliases.AddRange([$"Police Forces of {n}", $"{n} police"]);
                civ.Aliases.Add($"Civilians ({n})");
                pro.Aliases.Add($"Protesters ({n})");
                reb.Aliases.Add($"Opposition Rebels ({n})");
            }

            foreach (var d in c.Demonyms)
            {
                gov.Aliases.AddRange([$"{d} government", $"{d} regime", $"{d} authorities", $"{d} administration"]);
                mil.Aliases.AddRange([$"{d} army", $"{d} military", $"{d} armed forces", $"{d} forces", $"{d} troops", $"{d} soldiers", $"{d} air force", $"{d} warplanes"]);
                pol.Aliases.AddRange([$"{d} police", $"{d} police forces", $"{d} policemen"]);
                reb.Aliases.AddRange([$"{d} rebels", $"{d} opposition", $"{d} insurgents"]);
                civ.Aliases.AddRange([$"{d} civilians"]);
                pro.Aliases.AddRange([$"{d} protesters", $"{d} demonstrators"]);
            }
        }
    }

    private static void AddHandWritten(Dictionary<string, Builder> builders, Func<string, string, ActorKind, string?, Builder> get)
    {
        foreach (var r in EmbeddedData.Rows("actors.tsv"))
        {
            var b = builders.GetValueOrDefault(r[0]) ?? get(r[0], r[3], ParseKind(r[1]), EmbeddedData.Cell(r, 2));
            b.Aliases.AddRange(EmbeddedData.List(r, 4));
            b.Related.AddRange(EmbeddedData.List(r, 5).SelectMany(x => x.Split(',', StringSplitOptions.TrimEntries)));
        }
    }

    private void AddOffices(Func<string, string, ActorKind, string?, Builder> get)
    {
        foreach (var r in EmbeddedData.Rows("offices.tsv"))
        {
            var holder = r[0];
            var country = holder.Length == 2 && holder.All(char.IsUpper) ? holder : null;
            var person = get("person:" + Slug(r[2]), r[2], ActorKind.Person, country);
            person.Aliases.AddRange(EmbeddedData.List(r, 3));
            var term = new OfficeTerm(holder, r[1], Date(EmbeddedData.Cell(r, 4)), Date(EmbeddedData.Cell(r, 5)));
            person.Offices.Add(term);
        }
    }

    private void AddAcled()
    {
        foreach (var r in EmbeddedData.Rows("acled-actors.tsv"))
        {
            var row = (r[0], r[1], Date(EmbeddedData.Cell(r, 2)), Date(EmbeddedData.Cell(r, 3)));
            acledByKey.TryAdd(TextKey.Key(r[0]), row);
            (acledById.TryGetValue(r[1], out var list) ? list : acledById[r[1]] = []).Add((r[0], row.Item3, row.Item4));
        }
    }

    private PhoenixPart LoadPhoenixPart()
    {
        var part = new PhoenixPart();
        var builders = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var codesOfOwned = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Builder Get(string id, string name, ActorKind kind, string? country)
        {
            if (!builders.TryGetValue(id, out var b))
            {
                b = new Builder(id, name, kind, country);
                builders[id] = b;
            }

            return b;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        AddPhoenix(codesOfOwned, Get);
        PhoenixProfile = $"rows {clock.ElapsedMilliseconds} ms; ";
        foreach (var b in builders.Values)
        {
            var entry = b.Build(null);
            part.ById[entry.Id] = entry;
            foreach (var key in b.Keys())
            {
                (part.ByAlias.TryGetValue(key, out var list) ? list : part.ByAlias[key] = []).Add(entry);
            }
        }

        foreach (var (id, codes) in codesOfOwned)
        {
            part.CodesByCoreId[id] = codes.Distinct(StringComparer.Ordinal).ToArray();
        }

        PhoenixProfile += $"entries {clock.ElapsedMilliseconds} ms";
        return part;
    }

    /// <summary>Where the Phoenix part's load time went, for the benchmark console.</summary>
    internal string PhoenixProfile { get; private set; } = string.Empty;

    private void AddPhoenix(Dictionary<string, List<string>> codesOfOwned, Func<string, string, ActorKind, string?, Builder> get)
    {
        // A Phoenix entry named like one of the project's own entries lends that entry its codes and adds nothing else.

        foreach (var r in EmbeddedData.Rows("phoenix-actors.tsv.gz"))
        {
            var codes = r[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Country-level entries ("AFGHANISTAN [AFG]" with its cities as aliases) are the country table's job.
            if (codes.All(c => c.Length == 3 || c.StartsWith("---", StringComparison.Ordinal)))
            {
                continue;
            }

            var nameKey = TextKey.Key(r[0]);
            if (byAlias.TryGetValue(nameKey, out var mine))
            {
                (codesOfOwned.TryGetValue(mine[0].Id, out var list) ? list : codesOfOwned[mine[0].Id] = []).AddRange(codes);
                continue;
            }

            var colon = codes[0].IndexOf(':', StringComparison.Ordinal);
            var code = colon < 0 ? codes[0] : codes[0][..colon];
            var country = countries.ByIso3(code.Length >= 3 ? code[..3] : code)?.Iso2;
            var name = TitleCase(r[0]);
            var b = get("phx:" + Slug(r[0]), name, PhoenixKind(nameKey, code), country);
            if (EmbeddedData.List(r, 1) is { Length: > 0 } aliases)
            {
                b.Aliases.AddRange(aliases.Select(TitleCase));
            }

            b.Codes.AddRange(codes);
        }
    }

    private static ActorKind PhoenixKind(string nameKey, string code)
    {
        var words = nameKey.Split(' ');
        var role = code.Length > 3 ? code[3..] : code;
        if (code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal))
        {
            return words.Any(OrgWords.Contains) || words.Length > 4 || words.Length == 1 ? ActorKind.International : ActorKind.Person;
        }

        if (words.Length is >= 2 and <= 4 && !words.Any(OrgWords.Contains))
        {
            return ActorKind.Person;
        }

        if (code.StartsWith("IMG", StringComparison.Ordinal))
        {
            return ActorKind.ArmedGroup;
        }

        return role switch
        {
            _ when role.StartsWith("MIL", StringComparison.Ordinal) => ActorKind.Military,
            _ when role.StartsWith("COP", StringComparison.Ordinal) || role.StartsWith("SPY", StringComparison.Ordinal) => ActorKind.Police,
            _ when role.StartsWith("REB", StringComparison.Ordinal) || role.StartsWith("INS", StringComparison.Ordinal) || role.StartsWith("UAF", StringComparison.Ordinal) => ActorKind.ArmedGroup,
            _ when role.StartsWith("GOV", StringComparison.Ordinal) => ActorKind.Government,
            _ => ActorKind.Party,
        };
    }

    private static ActorKind ParseKind(string kind) => kind switch
    {
        "state" => ActorKind.State,
        "government" => ActorKind.Government,
        "military" => ActorKind.Military,
        "police" => ActorKind.Police,
        "rebels" => ActorKind.Rebels,
        "armed_group" => ActorKind.ArmedGroup,
        "militia" => ActorKind.Militia,
        "international" => ActorKind.International,
        "person" => ActorKind.Person,
        "civilians" => ActorKind.Civilians,
        "protesters" => ActorKind.Protesters,
        "party" => ActorKind.Party,
        _ => throw new InvalidDataException($"actors.tsv: unknown kind '{kind}'."),
    };

    private static DateOnly? Date(string? text) =>
        text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>"Bashar al-Assad" → "bashar-al-assad".</summary>
    internal static string Slug(string name) => TextKey.Key(name).Replace(' ', '-');

    /// <summary>"BASHAR AL-ASSAD" → "Bashar al-Assad": Phoenix names are upper case.</summary>
    private static string TitleCase(string upper)
    {
        var sb = new StringBuilder(upper.Length);
        var startOfWord = true;
        for (var i = 0; i < upper.Length; i++)
        {
            var c = upper[i];
            sb.Append(startOfWord ? c : char.ToLowerInvariant(c));
            startOfWord = !char.IsLetterOrDigit(c) && c != '\'';
        }

        var s = sb.ToString();
        foreach (var (from, to) in LowerCaseWords)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }

        return s;
    }

    // Words TitleCase writes in lower case inside a name ("Front for the Liberation", "Ahrar al-Sham"), with the space before
    // them: made once, not per name (the Phoenix part title-cases 35k names and aliases).
    private static readonly (string From, string To)[] LowerCaseWords =
        [.. new[] { "Al-", "El-", "Al ", "Of ", "And ", "The ", "For ", "In " }.Select(a => (" " + a, " " + a.ToLowerInvariant()))];

    private sealed class PhoenixPart
    {
        public Dictionary<string, ActorEntry> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<ActorEntry>> ByAlias { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string[]> CodesByCoreId { get; } = new(StringComparer.Ordinal);
    }

    /// <remarks>
    /// The lists are made on first use: most of the 27k Phoenix builders only ever get codes, and three empty lists
    /// each were 80k objects the collector copied from generation to generation while the table loaded.
    /// </remarks>
    private sealed class Builder(string id, string name, ActorKind kind, string? country)
    {
        private List<string>? aliases;
        private List<string>? related;
        private List<OfficeTerm>? offices;

        public string Id { get; } = id;

        public string Name { get; } = name;

        public List<string> Aliases => aliases ??= [];

        public List<string> Related => related ??= [];

        public List<string> Codes { get; } = [];

        public List<OfficeTerm> Offices => offices ??= [];

        public string? AcledName { get; set; }

        // Most of the 27k Phoenix builders have no aliases and one code: no LINQ set for those.
        public ActorEntry Build(string? acledName) => new(Id, Name, kind, country)
        {
            Aliases = aliases is not { Count: > 0 } ? [] : aliases.Where(a => a.Length > 0 && a != Name).Distinct(StringComparer.Ordinal).ToArray(),
            AcledName = acledName,
            Offices = offices?.ToArray() ?? [],
            Related = related?.ToArray() ?? [],
            Codes = Codes.Count <= 1 ? Codes.ToArray() : Codes.Distinct(StringComparer.Ordinal).ToArray(),
        };

        /// <summary>The lookup keys of the name and aliases, each once, in that order.</summary>
        public IEnumerable<string> Keys() =>
            aliases is not { Count: > 0 }
                ? (AliasKey(Name) is { Length: > 0 } key ? [key] : [])
                : aliases.Prepend(Name).Select(AliasKey).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);
    }
}
