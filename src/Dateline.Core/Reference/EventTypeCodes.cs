using System.Collections.Frozen;

namespace Dateline.Core.Reference;

/// <summary>
/// Maps the event codes of CAMEO (GDELT), ACLED and UCDP to PLOVER types (lower case, PLOVER draft 0.8 names:
/// agree, consult, support, cooperate, aid, concede, retreat, accuse, request, reject, threaten, protest,
/// mobilize, sanction, coerce, assault). Null means the code has no PLOVER counterpart (CAMEO 01 "make public
/// statement", 02 "appeal"; ACLED "Other").
/// </summary>
public static class EventTypeCodes
{
    // CAMEO → PLOVER, from the facts of the OEDA CAMEO2PLOVER conversion table (2021). The longest matching
    // prefix wins: "0841" → "084" → retreat, "0831" → "08" → concede, "1712" → assault, "191" → coerce.
    private static readonly FrozenDictionary<string, string> Cameo = new Dictionary<string, string>
    {
        ["03"] = "agree", ["04"] = "consult", ["05"] = "support", ["06"] = "cooperate", ["07"] = "aid",
        ["08"] = "concede", ["084"] = "retreat", ["085"] = "retreat", ["086"] = "retreat", ["087"] = "retreat",
        ["09"] = "accuse", ["10"] = "request", ["11"] = "accuse", ["12"] = "reject", ["13"] = "threaten",
        ["14"] = "protest", ["15"] = "mobilize", ["16"] = "sanction", ["163"] = "coerce",
        ["17"] = "coerce", ["175"] = "assault", ["1712"] = "assault",
        ["18"] = "assault", ["19"] = "assault", ["191"] = "coerce", ["192"] = "coerce", ["20"] = "assault",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // ACLED sub-event types whose PLOVER type differs from their event type's.
    // Example: Riots / Mob violence is an assault, Riots / Violent demonstration a protest.
    private static readonly FrozenDictionary<string, string?> AcledSub = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["Mob violence"] = "assault",
        ["Agreement"] = "agree",
        ["Arrests"] = "coerce",
        ["Change to group/activity"] = null,
        ["Disrupted weapons use"] = "coerce",
        ["Headquarters or base established"] = "mobilize",
        ["Looting/property destruction"] = "assault",
        ["Non-violent transfer of territory"] = "retreat",
        ["Other"] = null,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string?> AcledType = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["Battles"] = "assault",
        ["Explosions/Remote violence"] = "assault",
        ["Violence against civilians"] = "assault",
        ["Protests"] = "protest",
        ["Riots"] = "protest",
        ["Strategic developments"] = null,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>PLOVER type of a CAMEO event code ("190" → assault, "0841" → retreat, "010" → null).</summary>
    public static string? PloverFromCameo(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        for (var length = Math.Min(code.Length, 4); length >= 2; length--)
        {
            if (Cameo.TryGetValue(code[..length], out var type))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>PLOVER type of an ACLED event type and sub-event type ("Riots"/"Mob violence" → assault).</summary>
    public static string? PloverFromAcled(string? eventType, string? subEventType)
    {
        if (!string.IsNullOrEmpty(subEventType) && AcledSub.TryGetValue(subEventType, out var bySub))
        {
            return bySub;
        }

        return !string.IsNullOrEmpty(eventType) ? AcledType.GetValueOrDefault(eventType) : null;
    }

    /// <summary>PLOVER type of a UCDP type_of_violence (1 state-based, 2 non-state, 3 one-sided: all assault).</summary>
    public static string? PloverFromUcdp(int typeOfViolence) => typeOfViolence is >= 1 and <= 3 ? "assault" : null;
}
