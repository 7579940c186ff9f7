using System.Globalization;

namespace Dateline.Core.Stages.Resolution.Internal;

/// <summary>Countries with their names, demonyms and seats of government, from countries.tsv and countries-extra.tsv.</summary>
internal sealed class CountryTable
{
    private static readonly Lazy<CountryTable> Lazy = new(() => new CountryTable(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Country> countryByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country> countryByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country> countryBySeat = new(StringComparer.Ordinal);

    private CountryTable() => Countries = Load();

    /// <summary>The table of the embedded data, loaded on first use.</summary>
    public static CountryTable Default => Lazy.Value;

    /// <summary>All countries, by ISO alpha-2 code.</summary>
    public Country[] Countries { get; }

    /// <summary>A country by ISO code (alpha-2 or alpha-3, upper case), name, alternate name or demonym.</summary>
    /// <example>"Kazakh" → KZ; "Turkey" → TR; "the United States" → US; "SYR" → SY.</example>
    public Country? Find(string nameOrDemonymOrIso)
    {
        var text = nameOrDemonymOrIso.Trim();
        if (text.Length is 2 or 3 && countryByCode.TryGetValue(text, out var byCode))
        {
            return byCode;
        }

        var key = TextKey.Key(text);
        return countryByKey.GetValueOrDefault(key) ?? (key.StartsWith("the ", StringComparison.Ordinal) ? countryByKey.GetValueOrDefault(key[4..]) : null);
    }

    /// <summary>The country whose capital or seat of government this is ("Damascus" → SY, "the Kremlin" → RU).</summary>
    public Country? OfSeat(string capitalOrSeat)
    {
        var key = TextKey.Key(capitalOrSeat);
        return countryBySeat.GetValueOrDefault(key) ?? (key.StartsWith("the ", StringComparison.Ordinal) ? countryBySeat.GetValueOrDefault(key[4..]) : null);
    }

    /// <summary>A country by alpha-3 code ("SYR"), as CAMEO codes start.</summary>
    public Country? ByIso3(string iso3) => iso3.Length == 3 ? countryByCode.GetValueOrDefault(iso3) : null;

    private Country[] Load()
    {
        var extra = EmbeddedData.Rows("countries-extra.tsv").ToDictionary(r => r[0], StringComparer.Ordinal);
        var list = new List<Country>();
        foreach (var r in EmbeddedData.Rows("countries.tsv"))
        {
            var x = extra.GetValueOrDefault(r[0]) ?? [];
            var capitalsOf = EmbeddedData.List(r, 6);
            var c = new Country(
                r[0], r[1], r[2], r[3],
                EmbeddedData.List(r, 4).Concat(EmbeddedData.List(x, 1)).Distinct(StringComparer.Ordinal).ToArray(),
                EmbeddedData.List(r, 5).Concat(EmbeddedData.List(x, 2)).Distinct(StringComparer.Ordinal).ToArray(),
                capitalsOf,
                capitalsOf.Concat(EmbeddedData.List(x, 3)).Distinct(StringComparer.Ordinal).ToArray(),
                double.TryParse(EmbeddedData.Cell(r, 7), CultureInfo.InvariantCulture, out var lat) ? lat : 0,
                double.TryParse(EmbeddedData.Cell(r, 8), CultureInfo.InvariantCulture, out var lon) ? lon : 0,
                EmbeddedData.Cell(r, 9) ?? string.Empty);
            list.Add(c);
            countryByCode[c.Iso2] = c;
            countryByCode[c.Iso3] = c;
        }

        // The hand-written table first ("American" is the US's, not the Minor Outlying Islands'), then names, then
        // demonyms: a name never loses its key to another country's demonym.
        foreach (var c in list)
        {
            if (extra.TryGetValue(c.Iso2, out var x))
            {
                foreach (var n in EmbeddedData.List(x, 1).Concat(EmbeddedData.List(x, 2)))
                {
                    countryByKey.TryAdd(TextKey.Key(n), c);
                }
            }
        }

        foreach (var c in list)
        {
            foreach (var n in c.AltNames.Prepend(c.OfficialName).Prepend(c.Name))
            {
                countryByKey.TryAdd(TextKey.Key(n), c);
            }
        }

        foreach (var c in list)
        {
            foreach (var d in c.Demonyms)
            {
                var key = TextKey.Key(d);
                countryByKey.TryAdd(key, c);
                countryByKey.TryAdd(key + "s", c);
            }
        }

        foreach (var c in list)
        {
            foreach (var s in c.SeatsOfGovernment)
            {
                countryBySeat.TryAdd(TextKey.Key(s), c);
            }
        }

        return [.. list];
    }

}
