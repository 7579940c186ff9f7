using System.Globalization;
using System.Runtime.InteropServices;
using Dateline.Core.Stages.Resolution.Internal;

namespace Dateline.Core.Stages.Resolution;

/// <summary>
/// Places, first- and second-level regions and countries, loaded once from the embedded GeoNames-derived tables
/// (see <c>tools/reference-data/</c>). Immutable after loading, so every method is safe to call from many threads.
/// </summary>
/// <remarks>
/// Names match case-, diacritics- and punctuation-insensitively ("Dowlatābād" = "dowlatabad", "al-Bab" = "Al Bab" =
/// "Bab"), then by spelling without spaces ("Dawlatabad"), then by consonant skeleton ("Dawlat Abad" = "Dowlatābād").
/// </remarks>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Lazy = new(() => new Gazetteer(), LazyThreadSafetyMode.ExecutionAndPublication);

    // Words that say what kind of place a name is: "Dawlat Abad district", "Idlib province", "the village of Tal Rifaat".
    private static readonly Dictionary<string, PlaceKind> KindWords = new(StringComparer.Ordinal)
    {
        ["district"] = PlaceKind.Admin2, ["subdistrict"] = PlaceKind.Admin2, ["county"] = PlaceKind.Admin2, ["municipality"] = PlaceKind.Admin2,
        ["province"] = PlaceKind.Admin1, ["governorate"] = PlaceKind.Admin1, ["region"] = PlaceKind.Admin1, ["state"] = PlaceKind.Admin1,
        ["oblast"] = PlaceKind.Admin1, ["prefecture"] = PlaceKind.Admin1, ["wilayat"] = PlaceKind.Admin1, ["vilayet"] = PlaceKind.Admin1,
        ["city"] = PlaceKind.Populated, ["town"] = PlaceKind.Populated, ["village"] = PlaceKind.Populated, ["neighbourhood"] = PlaceKind.Populated,
        ["neighborhood"] = PlaceKind.Populated, ["suburb"] = PlaceKind.Populated,
    };

    private readonly GazetteerPlace[] places;
    private readonly CountryTable countryTable;
    private readonly PostingIndex byKey = new(400_000);
    // Built on the first name the exact index misses: spellings without spaces ("dawlatabad") and consonant skeletons.
    private readonly Lazy<(PostingIndex Compact, PostingIndex Skeleton)> fuzzy;
    private readonly Dictionary<string, List<string>> admin1Names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerPlace> capitals = new(StringComparer.Ordinal);

    /// <summary>The gazetteer of the embedded tables, loaded on first use.</summary>
    public static Gazetteer Default => Lazy.Value;

    /// <summary>All countries, by ISO alpha-2 code.</summary>
    public IReadOnlyList<Country> Countries => countryTable.Countries;

    /// <summary>Where the load time went, for the benchmark console.</summary>
    internal string LoadProfile { get; }

    /// <summary>Number of places and regions.</summary>
    public int Count => places.Length;

    internal Gazetteer()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        countryTable = CountryTable.Default;
        (places, var keys) = LoadPlaces();
        var loaded = clock.ElapsedMilliseconds;
        for (var i = 0; i < places.Length; i++)
        {
            foreach (var key in keys[i])
            {
                Index(key, i);
            }

            if (places[i].IsCapital)
            {
                capitals.TryAdd(places[i].Country, places[i]);
            }
        }

        // The project's own aliases: "Kobani" for ‘Ayn al ‘Arab, "Palmyra" for Tadmur, "Kiev" for Kyiv.
        foreach (var r in EmbeddedData.Rows("places-extra.tsv"))
        {
            var target = byKey.Get(TextKey.Key(r[2])).Where(i => places[i].Country == r[1]).OrderByDescending(i => places[i].Population).FirstOrDefault(-1);
            if (target >= 0)
            {
                Index(TextKey.Key(r[0]), target);
            }
        }

        LoadProfile = $"regions {AdminMs} ms; places and keys {loaded - AdminMs} ms; index {clock.ElapsedMilliseconds - loaded} ms";
        MaxKeyWords = Math.Min(6, byKey.Keys.Max(k => k.AsSpan().Count(' ')) + 1);
        fuzzy = new(BuildFuzzy, LazyThreadSafetyMode.ExecutionAndPublication);
        foreach (var c in countryTable.Countries)
        {
            // Exact names only: the skeleton index is built on first need, not at load.
            if (!capitals.ContainsKey(c.Iso2) && c.Capitals.Count > 0
                && byKey.Get(TextKey.Key(c.Capitals[0])).Select(i => places[i]).Where(p => p.Country == c.Iso2).MaxBy(p => p.Population) is { } cap)
            {
                capitals[c.Iso2] = cap;
            }
        }
    }

    /// <summary>Places and regions with this name, best first (capitals and regional seats, then population).</summary>
    /// <param name="name">A place name in any case, with or without diacritics, article or a kind word ("Idlib province").</param>
    /// <example><c>Find("aleppo")</c> → Aleppo (SY, city) first, then the Aleppo governorate; <c>Find("Dawlat Abad")</c> → the Dowlatābāds.</example>
    public IReadOnlyList<GazetteerPlace> Find(string name)
    {
        var (key, kind) = Parse(name);
        foreach (var level in Candidates(key))
        {
            if (level.Count > 0)
            {
                return level.Select(i => places[i]).OrderByDescending(p => Score(p, kind, null)).ToList();
            }
        }

        return [];
    }

    /// <summary>
    /// The place a name most likely means in a report about <paramref name="countryContext"/>: a place in that country wins
    /// over better-known places elsewhere, then regional context, then national capitals and regional seats, then population.
    /// </summary>
    /// <param name="name">A place name, optionally with a kind word or a region after a comma ("Dawlat Abad district, Balkh").</param>
    /// <param name="countryContext">The report's country: ISO code, name or demonym; null when unknown.</param>
    /// <param name="admin1Context">A first-level region the text puts the place in ("Balkh"), or null.</param>
    /// <returns>The place, or null when no entry matches at all.</returns>
    /// <example><c>Resolve("Dawlat Abad", "AF", "Balkh")</c> → Dowlatābād, AF, Balkh (36.99N 66.82E).</example>
    public GazetteerPlace? Resolve(string name, string? countryContext, string? admin1Context = null)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            // "Dawlat Abad, Balkh" / "Aleppo, Syria": the part after the comma is a region or a country.
            var tail = name[(comma + 1)..].Trim();
            name = name[..comma];
            if (FindCountry(tail) is { } tc)
            {
                countryContext ??= tc.Iso2;
            }
            else
            {
                admin1Context ??= Parse(tail).Key;
            }
        }

        var iso = countryContext is null ? null : FindCountry(countryContext)?.Iso2;
        if (name.EndsWith(" capital", StringComparison.OrdinalIgnoreCase) && Capital(name[..^8]) is { } capital)
        {
            return capital; // "the Kazakh capital" → Astana
        }

        var dash = name.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && !byKey.Contains(TextKey.Key(name)))
        {
            // ACLED's "Damascus - Jobar", "Tiyas - Airbase": a quarter or site of the place before the dash.
            name = name[..dash];
        }

        var (key, kind) = Parse(name);
        var admin1Key = admin1Context is null ? null : Parse(admin1Context).Key;
        List<int>? fallback = null;
        var depth = 0;
        foreach (var level in Candidates(key))
        {
            depth++;
            if (level.Count == 0)
            {
                continue;
            }

            // Abroad, only a name spelled the same counts: a consonant-skeleton match in another country ("Nahri Shahi"
            // → "Nara-shi", JP) is a different place, not a better-known one.
            if (iso is null || depth <= 2)
            {
                fallback ??= level;
            }
            if (iso is null)
            {
                break;
            }

            var inCountry = level.Where(i => places[i].Country == iso).ToList();
            if (inCountry.Count > 0)
            {
                return inCountry.Select(i => places[i]).MaxBy(p => Score(p, kind, admin1Key));
            }
        }

        return fallback?.Select(i => places[i]).MaxBy(p => Score(p, kind, admin1Key));
    }

    /// <summary>A country by ISO code (alpha-2 or alpha-3, upper case), name, alternate name or demonym.</summary>
    /// <example>"Kazakh" → KZ; "Turkey" → TR; "Afghan" → AF; "Syrians" → SY; "SYR" → SY.</example>
    public Country? FindCountry(string nameOrDemonymOrIso) => countryTable.Find(nameOrDemonymOrIso);

    /// <summary>The country whose capital or seat of government this is ("Damascus" → SY, "the Kremlin" → RU).</summary>
    public Country? CountryOfSeat(string capitalOrSeat) => countryTable.OfSeat(capitalOrSeat);

    /// <summary>The national capital of a country ("Kazakh capital" → Astana).</summary>
    /// <param name="countryOrDemonym">ISO code, name or demonym.</param>
    public GazetteerPlace? Capital(string countryOrDemonym) =>
        FindCountry(countryOrDemonym) is { } c ? capitals.GetValueOrDefault(c.Iso2) : null;

    /// <summary>Names of a country's first-level regions (provinces, governorates), sorted.</summary>
    /// <example><c>Admin1("SY")</c> → Al-Hasakah, Aleppo, Damascus Governorate, Daraa, Deir ez-Zor, …</example>
    public IReadOnlyList<string> Admin1(string iso2) => admin1Names.TryGetValue(iso2.ToUpperInvariant(), out var list) ? list : [];

    /// <summary>Great-circle distance in kilometres (haversine, mean Earth radius 6371 km).</summary>
    /// <example>Aleppo (36.20, 37.16) to Damascus (33.51, 36.29) → about 310 km.</example>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = Math.PI / 180;
        var a = Math.Pow(Math.Sin((lat2 - lat1) * r / 2), 2) + (Math.Cos(lat1 * r) * Math.Cos(lat2 * r) * Math.Pow(Math.Sin((lon2 - lon1) * r / 2), 2));
        return 2 * 6371.0 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Places whose exact key is <paramref name="key"/>, or null; allocation-free on a miss (the scanner's hot path).</summary>
    internal IReadOnlyList<GazetteerPlace>? PlacesByKey(ReadOnlySpan<char> key) =>
        byKey.Get(key) is { } list ? list.Select(i => places[i]).ToList() : null;

    /// <summary>
    /// Places whose spelling without spaces, or whose consonant skeleton (at least <paramref name="minSkeleton"/> letters),
    /// equals that of <paramref name="key"/>; null when none. Builds the fuzzy index on first use.
    /// </summary>
    internal IReadOnlyList<GazetteerPlace>? FuzzyPlaces(string key, int minSkeleton)
    {
        var list = fuzzy.Value.Compact.Get(TextKey.Compact(key));
        if (list.Count == 0 && TextKey.Skeleton(key) is { } skeleton && skeleton.Length >= minSkeleton)
        {
            list = fuzzy.Value.Skeleton.Get(skeleton);
        }

        return list.Count == 0 ? null : list.Select(i => places[i]).ToList();
    }

    /// <summary>Builds the fuzzy index now (the scanner does so on a background thread after loading).</summary>
    internal void WarmFuzzy() => _ = fuzzy.Value;

    /// <summary>The most words any place name has (capped), so a scanner knows how far to look ahead.</summary>
    internal int MaxKeyWords { get; }

    private (string Key, PlaceKind? Kind) Parse(string name)
    {
        var key = TextKey.Key(name);
        PlaceKind? kind = null;
        // "the village of Tal Rifaat", "Idlib province", "Dawlat Abad district", "province of Helmand"; but "Kuwait City"
        // and "Balkh District" are names in their own right.
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        if (byKey.Contains(key))
        {
            return (key, null);
        }

        var first = key.IndexOf(' ', StringComparison.Ordinal);
        if (first > 0 && key.AsSpan(first).StartsWith(" of ") && KindWords.TryGetValue(key[..first], out var k1))
        {
            kind = k1;
            key = key[(first + 4)..];
        }

        var last = key.LastIndexOf(' ');
        if (last > 0 && KindWords.TryGetValue(key[(last + 1)..], out var k2))
        {
            kind = k2;
            key = key[..last];
        }

        return (key, kind);
    }

    private IEnumerable<List<int>> Candidates(string key)
    {
        if (key.Length == 0)
        {
            yield break;
        }

        yield return byKey.Get(key);
        if (TextKey.WithoutArticle(key) is { } bare)
        {
            yield return byKey.Get(bare);
        }

        yield return fuzzy.Value.Compact.Get(TextKey.Compact(key));
        var skeleton = TextKey.Skeleton(key);
        if (skeleton.Length >= 3)
        {
            yield return fuzzy.Value.Skeleton.Get(skeleton);
        }
    }

    private static double Score(GazetteerPlace p, PlaceKind? kind, string? admin1Key)
    {
        double s = 0;
        if (admin1Key is not null && p.Admin1 is not null && TextKey.Key(p.Admin1).StartsWith(admin1Key, StringComparison.Ordinal))
        {
            s += 2000;
        }

        if (kind is { } k)
        {
            var fits = k switch
            {
                PlaceKind.Admin1 => p.Kind == PlaceKind.Admin1,
                PlaceKind.Admin2 => p.Kind == PlaceKind.Admin2 || p.FeatureCode is "PPLA2" or "PPLA3",
                _ => p.Kind == PlaceKind.Populated,
            };
            s += fits ? 500 : 0;
        }

        s += p.FeatureCode switch
        {
            "PPLC" => 300,
            "PPLA" => 200,
            "ADM1" => 150,
            "PPLA2" => 100,
            "ADM2" => 60,
            "PPLA3" => 50,
            "PPLX" => -100,
            "PPLH" or "PPLQ" or "PPLW" => -200,
            _ => 0,
        };
        return s + (40 * Math.Log10(p.Population + 1.0));
    }

    private void Index(string key, int i)
    {
        if (key.Length == 0)
        {
            return;
        }

        byKey.Add(key, i);
        if (places[i].Kind != PlaceKind.Populated && key.LastIndexOf(' ') is var last and > 0 && KindWords.ContainsKey(key[(last + 1)..]))
        {
            // "Balkh District", "Maidan Wardak Province", "Damascus Governorate" are also "Balkh", "Maidan Wardak", "Damascus".
            byKey.Add(key[..last], i);
        }
    }

    private (PostingIndex Compact, PostingIndex Skeleton) BuildFuzzy()
    {
        var compact = new PostingIndex(400_000);
        var skeletons = new PostingIndex(400_000);
        byKey.CopyTo(compact, TextKey.Compact);
        byKey.CopyTo(skeletons, key => TextKey.Skeleton(key) is { Length: >= 3 } s ? s : null);
        return (compact, skeletons);
    }

    /// <summary>The next tab-separated field of a row; the row shrinks past it.</summary>
    private static ReadOnlySpan<char> Next(ref ReadOnlySpan<char> rest)
    {
        var tab = rest.IndexOf('\t');
        ReadOnlySpan<char> field;
        if (tab < 0)
        {
            field = rest;
            rest = [];
        }
        else
        {
            field = rest[..tab];
            rest = rest[(tab + 1)..];
        }

        return field;
    }

    private long AdminMs { get; set; }

    private (GazetteerPlace[] Places, string[][] Keys) LoadPlaces()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string s) => strings.TryGetValue(s, out var v) ? v : strings[s] = s;

        // Regions first: their names are needed on every place.
        var admin1ByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<GazetteerPlace>(230_000);
        foreach (var r in EmbeddedData.Rows("admin.tsv.gz"))
        {
            var level = r[0];
            var code = r[1];
            var name = r[2];
            var parts = code.Split('.');
            if (level == "1")
            {
                admin1ByCode[code] = name;
                CollectionsMarshal.GetValueRefOrAddDefault(admin1Names, parts[0], out _) ??= [];
                admin1Names[parts[0]].Add(name);
            }

            if (!double.TryParse(EmbeddedData.Cell(r, 4), CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(EmbeddedData.Cell(r, 5), CultureInfo.InvariantCulture, out var lon))
            {
                continue; // A region none of whose places is in the gazetteer: no centroid to give.
            }

            var isAdmin1 = level == "1";
            result.Add(new GazetteerPlace(
                name, EmbeddedData.Cell(r, 3) ?? name, Intern(parts[0]),
                isAdmin1 ? name : admin1ByCode.GetValueOrDefault(parts[0] + "." + parts[1]), Intern(parts[1]),
                lat, lon, 0, isAdmin1 ? "ADM1" : "ADM2", isAdmin1 ? PlaceKind.Admin1 : PlaceKind.Admin2));
        }

        foreach (var list in admin1Names.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        AdminMs = clock.ElapsedMilliseconds;

        // The hot loop of the load: 170k rows cut on tabs as spans, strings made only for names, and their lookup keys,
        // on all cores. Codes (country, admin1, feature) are interned so 170k rows share a few thousand strings.
        // Chunks of lines rather than the whole file: the line strings die young instead of being promoted and copied by
        // the garbage collector while the places they describe are built.
        var regions = result.Count;
        var keys = new List<string[]>(230_000);
        var shared = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(strings, StringComparer.Ordinal);
        var sharedSpan = shared.GetAlternateLookup<ReadOnlySpan<char>>();
        string InternSpan(ReadOnlySpan<char> span)
        {
            if (sharedSpan.TryGetValue(span, out var known))
            {
                return known;
            }

            var made = span.ToString();
            return shared.GetOrAdd(made, made);
        }

        var regionKeys = new string[regions][];
        Parallel.For(0, regions, i => regionKeys[i] = KeysOf(result[i]));
        keys.AddRange(regionKeys);
        const int ChunkSize = 16_384;
        var chunk = new string[ChunkSize];
        var parsed = new GazetteerPlace[ChunkSize];
        var chunkKeys = new string[ChunkSize][];
        var filled = 0;
        void Flush()
        {
            Parallel.For(0, filled, i =>
            {
                parsed[i] = ParsePlace(chunk[i], InternSpan, admin1ByCode);
                chunkKeys[i] = KeysOf(parsed[i]);
            });
            result.AddRange(parsed.AsSpan(0, filled));
            keys.AddRange(chunkKeys.AsSpan(0, filled));
            filled = 0;
        }

        foreach (var line in EmbeddedData.Lines("places.tsv.gz"))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            chunk[filled++] = line;
            if (filled == ChunkSize)
            {
                Flush();
            }
        }

        Flush();
        var all = result.ToArray();
        return (all, [.. keys]);
    }

    private static GazetteerPlace ParsePlace(string line, Func<ReadOnlySpan<char>, string> intern, Dictionary<string, string> admin1ByCode)
    {
        var rest = line.AsSpan();
        var name = Next(ref rest).ToString();
        var ascii = Next(ref rest);
        var alts = Next(ref rest);
        var country = intern(Next(ref rest));
        var admin1 = intern(Next(ref rest));
        _ = Next(ref rest); // admin2 code: regions are indexed from admin.tsv.gz
        var lat = double.Parse(Next(ref rest), CultureInfo.InvariantCulture);
        var lon = double.Parse(Next(ref rest), CultureInfo.InvariantCulture);
        var pop = int.TryParse(Next(ref rest), CultureInfo.InvariantCulture, out var p) ? p : 0;
        var feature = intern(Next(ref rest));
        return new GazetteerPlace(
            name,
            ascii.IsEmpty ? name : ascii.ToString(),
            country,
            admin1ByCode.GetValueOrDefault(country + "." + admin1),
            admin1,
            lat,
            lon,
            pop,
            feature,
            PlaceKind.Populated)
        {
            AltNames = alts.IsEmpty ? [] : alts.ToString().Split('|'),
        };
    }

    private static string[] KeysOf(GazetteerPlace p)
    {
        var name = TextKey.Key(p.Name);
        if (ReferenceEquals(p.AsciiName, p.Name) && p.AltNames.Count == 0)
        {
            return [name];
        }

        var list = new List<string>(2 + p.AltNames.Count) { name };
        if (!ReferenceEquals(p.AsciiName, p.Name))
        {
            list.Add(TextKey.Key(p.AsciiName));
        }

        foreach (var alt in p.AltNames)
        {
            list.Add(TextKey.Key(alt));
        }

        return [.. list];
    }
}
