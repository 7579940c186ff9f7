using System.Globalization;
using System.Runtime.CompilerServices;
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
    // People in a city that news names by its own spelling wherever the report is from.
    private const int LargeCity = 100_000;

    private static readonly Lazy<Gazetteer> Lazy = new(() => new Gazetteer(), LazyThreadSafetyMode.ExecutionAndPublication);

    // The places as flat rows over the two tables' text, made into GazetteerPlace records only when asked for: a report
    // touches a few hundred of the 200k, and rows without strings or references cost the garbage collector nothing.
    private readonly PlaceRow[] rows;
    private readonly GazetteerPlace?[] made;
    private readonly string[] texts = new string[3];
    private readonly List<string> strings = [];
    private readonly CountryTable countryTable;
    private readonly PostingIndex byKey = new(400_000);
    // Built on the first name the exact index misses: spellings without spaces ("dawlatabad") and consonant skeletons.
    private readonly Lazy<(PostingIndex Compact, PostingIndex Skeleton)> fuzzy;
    private readonly Dictionary<string, List<string>> admin1Names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerPlace> capitals = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<(string Country, string Admin1Code), int>> seats;

    /// <summary>The gazetteer of the embedded tables, loaded on first use.</summary>
    public static Gazetteer Default => Lazy.Value;

    /// <summary>All countries, by ISO alpha-2 code.</summary>
    public IReadOnlyList<Country> Countries => countryTable.Countries;

    /// <summary>Where the load time went, for the benchmark console.</summary>
    internal string LoadProfile { get; }

    /// <summary>Number of places and regions.</summary>
    public int Count => rows.Length;

    internal Gazetteer()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        countryTable = CountryTable.Default;
        rows = LoadPlaces();
        made = new GazetteerPlace?[rows.Length];
        var loaded = clock.ElapsedMilliseconds;
        var capital = strings.IndexOf("PPLC");
        for (var i = 0; i < rows.Length && capital >= 0; i++)
        {
            if (rows[i].Feature == capital)
            {
                capitals.TryAdd(strings[rows[i].Country], Place(i));
            }
        }

        // Arabic names end in "-a" or "-ah" as the writer pleases: news writes "Basra" for GeoNames' "Basrah" (IQ), which
        // would otherwise lose to the Punjab village "Basra" spelled exactly so. A city of 100,000 or more is found by both.
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Population >= LargeCity && TextKey.Key(Place(i).Name) is { Length: > 4 } key && key.EndsWith("ah", StringComparison.Ordinal)
                && !byKey.Get(key[..^1]).Any(j => rows[j].Population >= LargeCity))
            {
                byKey.Add(key[..^1], i);
            }
        }

        // The project's own aliases: "Kobani" for ‘Ayn al ‘Arab, "Palmyra" for Tadmur, "Kiev" for Kyiv.
        foreach (var r in EmbeddedData.Rows("places-extra.tsv"))
        {
            var target = byKey.Get(TextKey.Key(r[2])).Where(i => strings[rows[i].Country] == r[1]).OrderByDescending(i => rows[i].Population).FirstOrDefault(-1);
            if (target >= 0)
            {
                Index(TextKey.Key(r[0]), target, rows[target].Kind);
            }
        }

        LoadProfile = $"regions {AdminMs} ms; places, keys and index {loaded - AdminMs} ms; capitals and aliases {clock.ElapsedMilliseconds - loaded} ms";
        MaxKeyWords = Math.Min(6, byKey.MaxWords);
        fuzzy = new(BuildFuzzy, LazyThreadSafetyMode.ExecutionAndPublication);
        seats = new(BuildSeats, LazyThreadSafetyMode.ExecutionAndPublication);
        foreach (var c in countryTable.Countries)
        {
            // Exact names only: the skeleton index is built on first need, not at load.
            if (!capitals.ContainsKey(c.Iso2) && c.Capitals.Count > 0
                && byKey.Get(TextKey.Key(c.Capitals[0])).Where(i => strings[rows[i].Country] == c.Iso2).DefaultIfEmpty(-1).MaxBy(i => i < 0 ? int.MinValue : rows[i].Population) is >= 0 and var cap)
            {
                capitals[c.Iso2] = Place(cap);
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
                return level.Select(Place).OrderByDescending(p => Score(p, kind, null)).ToList();
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

            var inCountry = level.Where(i => strings[rows[i].Country] == iso).ToList();
            if (inCountry.Count > 0)
            {
                return inCountry.Select(Place).MaxBy(p => Score(p, kind, admin1Key));
            }
        }

        return fallback?.Select(Place).MaxBy(p => Score(p, kind, admin1Key));
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

    /// <summary>
    /// The seat of a first-level region: its capital town (GeoNames PPLA, or the national capital PPLC when that is the
    /// region's seat), where a coder places an event known only by its province. Null for other places or when none is known.
    /// </summary>
    /// <example><c>Seat(Paktia province)</c> → Gardez; <c>Seat(Kabul province)</c> → Kabul.</example>
    public GazetteerPlace? Seat(GazetteerPlace region) =>
        region.Kind == PlaceKind.Admin1 && seats.Value.TryGetValue((region.Country, region.Admin1Code), out var i) ? Place(i) : null;

    // The seat of each first-level region by country and admin1 code, built on first need from the places' feature codes.
    private Dictionary<(string Country, string Admin1Code), int> BuildSeats()
    {
        var seatCodes = new[] { strings.IndexOf("PPLA"), strings.IndexOf("PPLC") };
        var result = new Dictionary<(string, string), int>();
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var rank = Array.IndexOf(seatCodes, r.Feature);
            if (r.Kind != PlaceKind.Populated || r.Feature < 0 || rank < 0)
            {
                continue;
            }

            var key = (strings[r.Country], strings[r.Admin1Code]);
            // A regional seat before the national capital; of two, the more populous.
            if (!result.TryGetValue(key, out var j) || (rank, -r.Population).CompareTo((Array.IndexOf(seatCodes, rows[j].Feature), -rows[j].Population)) < 0)
            {
                result[key] = i;
            }
        }

        return result;
    }

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
        byKey.Get(key) is { } list ? list.Select(Place).ToList() : null;

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

        return list.Count == 0 ? null : list.Select(Place).ToList();
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
        if (first > 0 && key.AsSpan(first).StartsWith(" of ") && PlaceWords.Kinds.TryGetValue(key[..first], out var k1))
        {
            kind = k1;
            key = key[(first + 4)..];
        }

        var last = key.LastIndexOf(' ');
        if (last > 0 && PlaceWords.Kinds.TryGetValue(key[(last + 1)..], out var k2))
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Index(ReadOnlySpan<char> key, int i, PlaceKind kind)
    {
        if (key.Length == 0)
        {
            return;
        }

        byKey.Add(key, i);
        if (kind != PlaceKind.Populated && key.LastIndexOf(' ') is var last and > 0 && PlaceWords.KindsBySpan.ContainsKey(key[(last + 1)..]))
        {
            // "Balkh District", "Maidan Wardak Province", "Damascus Governorate" are also "Balkh", "Maidan Wardak", "Damascus".
            byKey.Add(key[..last], i);
        }
    }

    private (PostingIndex Compact, PostingIndex Skeleton) BuildFuzzy()
    {
        var compact = byKey.EmptyOfSameSize();
        var skeletons = byKey.EmptyOfSameSize();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        byKey.CopyTo(compact, TextKey.CompactInto);
        byKey.CopyTo(skeletons, (key, buffer) => TextKey.SkeletonInto(key, buffer) is >= 3 and var length ? length : 0);
        FuzzyMs = clock.ElapsedMilliseconds;
        return (compact, skeletons);
    }

    /// <summary>The next tab-separated field of a row; the row shrinks past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>How long the fuzzy index took to build, for the benchmark console (0 before it is built).</summary>
    internal long FuzzyMs { get; private set; }

    /// <summary>The record of a row, made on first request and then shared (one instance per place, as before).</summary>
    private GazetteerPlace Place(int i) => Volatile.Read(ref made[i]) ?? Make(i);

    private GazetteerPlace Make(int i)
    {
        var r = rows[i];
        var text = texts[r.Table];
        var name = text.Substring(r.NameStart, r.NameLength);
        var place = new GazetteerPlace(
            name,
            r.AsciiLength == 0 ? name : text.Substring(r.AsciiStart, r.AsciiLength),
            strings[r.Country],
            r.Admin1 < 0 ? null : strings[r.Admin1],
            strings[r.Admin1Code],
            r.Lat,
            r.Lon,
            r.Population,
            strings[r.Feature],
            r.Kind)
        {
            AltNames = r.AltLength == 0 ? [] : text.Substring(r.AltStart, r.AltLength).Split('|'),
        };
        return Interlocked.CompareExchange(ref made[i], place, null) ?? place;
    }

    /// <summary>
    /// Reads admin.tsv.gz then places.tsv.gz, each as one string cut on tabs and newlines as spans, indexing every name's
    /// key as it goes: no string per line, field or key. Codes and region names go into one small string table.
    /// </summary>
    // Fully optimised from the first call: the loops run once per process, too few calls for tiered compilation to
    // reach its optimised code before the load is over.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PlaceRow[] LoadPlaces()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var codeLookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        int Intern(ReadOnlySpan<char> span)
        {
            if (codeLookup.TryGetValue(span, out var known))
            {
                return known;
            }

            strings.Add(span.ToString());
            codes[strings[^1]] = strings.Count - 1;
            return strings.Count - 1;
        }

        var admin1Feature = Intern("ADM1");
        var admin2Feature = Intern("ADM2");
        var keyBuffer = new char[1024];
        var codeBuffer = new char[64];

        // Regions first: their names are needed on every place. A region's admin1 is the name its code had when the row
        // was read; the places, read after all regions, see the last name given to each code.
        var admin1ByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var admin1Lookup = admin1ByCode.GetAlternateLookup<ReadOnlySpan<char>>();
        var result = new List<PlaceRow>(230_000);
        var admin = texts[0] = EmbeddedData.Text("admin.tsv.gz");
        for (var at = 0; NextLine(admin, ref at, out var start, out var length);)
        {
            var rest = admin.AsSpan(start, length);
            var level = Next(ref rest);
            var code = Next(ref rest);
            var nameStart = start + length - rest.Length;
            var name = Next(ref rest);
            var asciiStart = start + length - rest.Length;
            var ascii = Next(ref rest);
            var latText = Next(ref rest);
            var lonText = Next(ref rest);
            var country = code[..Math.Max(0, code.IndexOf('.'))];
            var afterCountry = code[(country.Length + 1)..];
            var admin1Code = afterCountry.IndexOf('.') is var dot and >= 0 ? afterCountry[..dot] : afterCountry;
            var isAdmin1 = level.SequenceEqual("1");
            var nameIndex = -1;
            if (isAdmin1)
            {
                nameIndex = Intern(name);
                admin1ByCode[code.ToString()] = nameIndex;
                var countryCode = strings[Intern(country)];
                CollectionsMarshal.GetValueRefOrAddDefault(admin1Names, countryCode, out _) ??= [];
                admin1Names[countryCode].Add(strings[nameIndex]);
            }

            if (!double.TryParse(latText, CultureInfo.InvariantCulture, out var lat) || !double.TryParse(lonText, CultureInfo.InvariantCulture, out var lon))
            {
                continue; // A region none of whose places is in the gazetteer: no centroid to give.
            }

            var i = result.Count;
            var kind = isAdmin1 ? PlaceKind.Admin1 : PlaceKind.Admin2;
            result.Add(new PlaceRow(
                0, nameStart, name.Length, asciiStart, ascii.Length, 0, 0, Intern(country),
                isAdmin1 ? nameIndex : Admin1Of(country, admin1Code),
                Intern(admin1Code), lat, lon, 0, isAdmin1 ? admin1Feature : admin2Feature, kind));
            IndexNames(name, ascii, [], i, kind);
        }

        foreach (var list in admin1Names.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        AdminMs = clock.ElapsedMilliseconds;

        // The project's own areas (Eastern Ghouta, the T4 airbase) after GeoNames' places, in the same columns.
        LoadTable(1, "places.tsv.gz");
        LoadTable(2, "areas.tsv");
        return [.. result];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void LoadTable(byte table, string file)
        {
            var text = texts[table] = EmbeddedData.Text(file);
            for (var at = 0; NextLine(text, ref at, out var start, out var length);)
            {
                var rest = text.AsSpan(start, length);
                var nameStart = start;
                var name = Next(ref rest);
                var asciiStart = start + length - rest.Length;
                var ascii = Next(ref rest);
                var altStart = start + length - rest.Length;
                var alts = Next(ref rest);
                var country = Next(ref rest);
                var admin1Code = Next(ref rest);
                _ = Next(ref rest); // admin2 code: regions are indexed from admin.tsv.gz
                var lat = double.Parse(Next(ref rest), CultureInfo.InvariantCulture);
                var lon = double.Parse(Next(ref rest), CultureInfo.InvariantCulture);
                var pop = int.TryParse(Next(ref rest), CultureInfo.InvariantCulture, out var p) ? p : 0;
                var feature = Intern(Next(ref rest));
                var i = result.Count;
                result.Add(new PlaceRow(
                    table, nameStart, name.Length, asciiStart, ascii.Length, altStart, alts.Length, Intern(country),
                    Admin1Of(country, admin1Code), Intern(admin1Code), lat, lon, pop, feature, PlaceKind.Populated));
                IndexNames(name, ascii, alts, i, PlaceKind.Populated);
            }
        }

        // The admin1 name of "CC" + "." + "A1", or -1 (codes the admin table lacks, or no admin1 code).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        int Admin1Of(ReadOnlySpan<char> country, ReadOnlySpan<char> admin1Code)
        {
            var length = country.Length + 1 + admin1Code.Length;
            if (length > codeBuffer.Length)
            {
                return admin1ByCode.GetValueOrDefault(string.Concat(country, ".", admin1Code), -1);
            }

            var buffer = codeBuffer.AsSpan();
            country.CopyTo(buffer);
            buffer[country.Length] = '.';
            admin1Code.CopyTo(buffer[(country.Length + 1)..]);
            return admin1Lookup.TryGetValue(buffer[..length], out var at) ? at : -1;
        }

        // A place's keys in the order the index has always had them: name, ASCII name when given, alternate names.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void IndexNames(ReadOnlySpan<char> name, ReadOnlySpan<char> ascii, ReadOnlySpan<char> alts, int i, PlaceKind kind)
        {
            IndexName(name, i, kind);
            if (!ascii.IsEmpty)
            {
                IndexName(ascii, i, kind);
            }

            if (alts.IsEmpty)
            {
                return;
            }

            foreach (var range in alts.Split('|'))
            {
                IndexName(alts[range], i, kind);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void IndexName(ReadOnlySpan<char> name, int i, PlaceKind kind)
        {
            if (keyBuffer.Length < TextKey.MaxKeyLength(name.Length) + 16)
            {
                keyBuffer = new char[TextKey.MaxKeyLength(name.Length) + 16];
            }

            Index(keyBuffer.AsSpan(0, TextKey.KeyInto(name, keyBuffer)), i, kind);
        }
    }

    /// <summary>
    /// The next data line of a table from <paramref name="at"/> on ('#' header lines and blank lines skipped), as start and
    /// length; false at the end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NextLine(string text, ref int at, out int start, out int length)
    {
        while (at < text.Length)
        {
            start = at;
            var end = text.IndexOf('\n', at);
            if (end < 0)
            {
                end = text.Length;
            }

            length = end > start && text[end - 1] == '\r' ? end - start - 1 : end - start;
            at = end + 1;
            if (length > 0 && text[start] != '#')
            {
                return true;
            }
        }

        start = length = 0;
        return false;
    }

    /// <summary>A place as offsets into its table's text (0 admin.tsv.gz, 1 places.tsv.gz, 2 areas.tsv) and indexes into the string table.</summary>
    private readonly record struct PlaceRow(
        byte Table,
        int NameStart,
        int NameLength,
        int AsciiStart,
        int AsciiLength,
        int AltStart,
        int AltLength,
        int Country,
        int Admin1,
        int Admin1Code,
        double Lat,
        double Lon,
        int Population,
        int Feature,
        PlaceKind Kind);
}
