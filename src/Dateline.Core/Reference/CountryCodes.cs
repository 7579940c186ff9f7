using System.Collections.Frozen;

namespace Dateline.Core.Reference;

/// <summary>
/// Country code conversions between the schemes the datasets use: GDELT geo codes are FIPS 10-4 ("UK", "IZ"),
/// ACLED's old layout has ISO alpha-3 ("AFG"), its current layout ISO numeric ("760"), UCDP a country name
/// ("DR Congo (Zaire)"). Dateline's <c>PlaceRef.Country</c> is ISO alpha-2.
/// </summary>
public static partial class CountryCodes
{
    private static readonly Lazy<Tables> Data = new(Build);

    /// <summary>ISO alpha-2 of a FIPS 10-4 code ("UK" → "GB", "IZ" → "IQ", "GZ" → "PS"); null when unknown.</summary>
    public static string? FromFips(string? fips) => Lookup(Data.Value.Fips, fips);

    /// <summary>ISO alpha-2 of an ISO alpha-3 code ("AFG" → "AF"); null when unknown.</summary>
    public static string? FromIso3(string? iso3) => Lookup(Data.Value.Iso3, iso3);

    /// <summary>ISO alpha-2 of an ISO numeric code ("760" → "SY", "4" → "AF"); null when unknown.</summary>
    public static string? FromNumeric(string? numeric)
    {
        if (string.IsNullOrWhiteSpace(numeric) || !int.TryParse(numeric.Trim(), out var n))
        {
            return null;
        }

        return Data.Value.Numeric.GetValueOrDefault(n);
    }

    /// <summary>
    /// ISO alpha-2 of a country name, ignoring case and a parenthesized former name:
    /// "Syria" → "SY", "DR Congo (Zaire)" → "CD", "Myanmar (Burma)" → "MM"; null when unknown.
    /// </summary>
    public static string? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = name.Trim();
        if (Data.Value.Names.TryGetValue(key, out var code))
        {
            return code;
        }

        var paren = key.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? Data.Value.Names.GetValueOrDefault(key[..paren].Trim()) : null;
    }

    /// <summary>The common English name of an ISO alpha-2 code ("SY" → "Syria"); null when unknown.</summary>
    public static string? NameOf(string? iso2) => Lookup(Data.Value.NameByIso2, iso2);

    /// <summary>The ISO numeric code of an ISO alpha-2 code ("SY" → 760); null when unknown.</summary>
    public static int? NumericOf(string? iso2) =>
        iso2 is not null && Data.Value.NumericByIso2.TryGetValue(iso2, out var n) ? n : null;

    private static string? Lookup(FrozenDictionary<string, string> table, string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : table.GetValueOrDefault(key.Trim());

    private static Tables Build()
    {
        var fips = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var iso3 = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var numeric = new Dictionary<int, string>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var nameByIso2 = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var numericByIso2 = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = line.Split('|');
            var iso2 = f[0];
            iso3[f[1]] = iso2;
            if (int.TryParse(f[2], out var n))
            {
                numeric[n] = iso2;
                numericByIso2[iso2] = n;
            }

            foreach (var code in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                fips[code] = iso2;
            }

            names[f[4]] = iso2;
            nameByIso2[iso2] = f[4];
        }

        // Names the datasets write differently from world-countries (UCDP, ACLED, GDELT full names).
        foreach (var (alias, iso2) in Aliases)
        {
            names[alias] = iso2;
        }

        return new Tables(
            fips.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            iso3.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            numeric.ToFrozenDictionary(),
            names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            nameByIso2.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            numericByIso2.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private static readonly (string Alias, string Iso2)[] Aliases =
    [
        ("DR Congo", "CD"), ("Democratic Republic of Congo", "CD"), ("Democratic Republic of the Congo", "CD"),
        ("Congo", "CG"), ("Republic of Congo", "CG"), ("Ivory Coast", "CI"), ("Cote d'Ivoire", "CI"),
        ("Côte d'Ivoire", "CI"), ("Turkey", "TR"), ("Czech Republic", "CZ"), ("Bosnia-Herzegovina", "BA"),
        ("Bosnia and Herzegovina", "BA"), ("Kingdom of eSwatini", "SZ"), ("eSwatini", "SZ"), ("Swaziland", "SZ"),
        ("Burma", "MM"), ("Russia", "RU"), ("Soviet Union", "RU"), ("Yugoslavia", "RS"), ("Rhodesia", "ZW"),
        ("North Yemen", "YE"), ("South Yemen", "YE"), ("Kampuchea", "KH"), ("Zaire", "CD"), ("Malagasy", "MG"),
        ("Vietnam, Republic Of", "VN"), ("Viet Nam", "VN"), ("Palestinian Territories", "PS"), ("Palestine", "PS"),
        ("West Bank", "PS"), ("Gaza Strip", "PS"), ("Kosovo", "XK"), ("East Timor", "TL"), ("Timor-Leste", "TL"),
        ("Cape Verde", "CV"), ("Cabo Verde", "CV"), ("Macedonia", "MK"), ("Macedonia, FYR", "MK"), ("North Macedonia", "MK"),
        ("Gambia", "GM"), ("The Gambia", "GM"), ("United States of America", "US"), ("Iran", "IR"),
        ("South Korea", "KR"), ("North Korea", "KP"), ("Laos", "LA"), ("Syria", "SY"), ("Tanzania", "TZ"),
        ("Bolivia", "BO"), ("Venezuela", "VE"), ("Moldova", "MD"), ("Brunei", "BN"), ("Vatican", "VA"),
    ];

    private sealed record Tables(
        FrozenDictionary<string, string> Fips,
        FrozenDictionary<string, string> Iso3,
        FrozenDictionary<int, string> Numeric,
        FrozenDictionary<string, string> Names,
        FrozenDictionary<string, string> NameByIso2,
        FrozenDictionary<string, int> NumericByIso2);
}
