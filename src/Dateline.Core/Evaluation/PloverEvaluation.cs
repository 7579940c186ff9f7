using System.Text.Json;
using System.Text.RegularExpressions;
using Dateline.Core.Model;
using Dateline.Core.Reference;

namespace Dateline.Core.Evaluation;

/// <summary>A gold PLOVER sentence: its text, date, event type and actors (text and country/organisation code).</summary>
/// <param name="Id">Record id.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Date">Its date, used as the report's date.</param>
/// <param name="Type">Current PLOVER type, lower case (v0.5 names mapped).</param>
/// <param name="Sources">Source actors.</param>
/// <param name="Targets">Target actors.</param>
public sealed record PloverRecord(string Id, string Text, DateOnly? Date, string Type, IReadOnlyList<(string Text, string Code)> Sources, IReadOnlyList<(string Text, string Code)> Targets);

/// <summary>Agreement with the PLOVER gold standard.</summary>
/// <param name="Records">Sentences scored.</param>
/// <param name="TypeAccuracy">Share whose main event has the gold type.</param>
/// <param name="SourceAccuracy">Of sentences with a gold source, the share whose initiator is one of them.</param>
/// <param name="TargetAccuracy">Of sentences with a gold target, the share whose target is one of them.</param>
/// <param name="Confusions">Most frequent (gold → system) type confusions.</param>
public sealed record PloverScores(int Records, double TypeAccuracy, double SourceAccuracy, double TargetAccuracy, IReadOnlyList<(string Gold, string System, int Count)> Confusions);

/// <summary>Reads the PLOVER gold-standard records and scores extracted mentions against them.</summary>
public static partial class PloverEvaluation
{
    private static readonly HashSet<string> Cooperative = ["support", "aid", "retreat", "concede", "cooperate", "consult"];
    private static readonly HashSet<string> Hostile = ["assault", "coerce", "sanction", "protest", "mobilize"];

    /// <summary>
    /// The PLOVER code of a mention. PLOVER codes a stated intention, not the act: a cooperative act that is promised,
    /// offered or agreed is AGREE, a hostile act announced for the future is THREATEN. Dateline keeps the act's type
    /// (what would happen); this maps it to PLOVER's convention for scoring only.
    /// </summary>
    /// <example>"Finland will give Tanzania a grant" → aid → agree; "farmers said they would blockade Paris" → coerce → threaten.</example>
    public static string PloverCode(Mention m)
    {
        var at = m.Sentence.IndexOf(m.Trigger, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return m.Type;
        }

        // A cue may be the trigger's own first words: "will give", "agreed to allow".
        var space = m.Trigger.LastIndexOf(' ');
        var before = m.Sentence[..(space > 0 ? at + space + 1 : at)];
        var intended = FutureCue().IsMatch(before) || PromiseCue().IsMatch(before);
        if (intended && ConditionCue().IsMatch(m.Sentence[(at + m.Trigger.Length)..]))
        {
            // An act promised on a condition the other side must meet is a threat: "will withdraw its force unless …".
            return "threaten";
        }

        if (Cooperative.Contains(m.Type) && intended)
        {
            return "agree";
        }

        // A boycott announced for the future is a threat: "said they would boycott all official contact".
        var hostile = Hostile.Contains(m.Type) || m.Trigger.StartsWith("boycott", StringComparison.OrdinalIgnoreCase);
        return hostile && FutureCue().IsMatch(before) ? "threaten" : m.Type;
    }

    /// <example>"will ", "would not ", "plans to ", "will immediately ", "have sworn to "</example>
    [GeneratedRegex(@"\b(will|would|shall|plans? to|planned to|vowed to|vows? to|intends? to|sworn to|swore to|swears to)\s+(\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    /// <example>" … from Chad unless President Goukouni Oueddei arranged a ceasefire"</example>
    [GeneratedRegex(@"\bunless\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionCue();

    /// <example>"agreed to ", "has promised to ", "is prepared to lift"</example>
    [GeneratedRegex(@"\b(agreed|agrees|agree|promised|promises|pledged|pledges|offered|offers|committed|ready|prepared|willing|decided|consented) to\s+(\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PromiseCue();

    /// <summary>
    /// PLOVER v0.5 names to the current ontology: DEMAND → request, DISAPPROVE → accuse, FIGHT → assault, and
    /// INVESTIGATE → accuse (an investigation of someone's conduct is ACCUSE with mode "investigate").
    /// </summary>
    public static string CurrentType(string v05) => v05.ToUpperInvariant() switch
    {
        "DEMAND" => "request",
        "DISAPPROVE" => "accuse",
        "FIGHT" => "assault",
        "INVESTIGATE" => "accuse",
        var other => other.ToLowerInvariant(),
    };

    /// <summary>Reads the records of a PLOVER GSR file (<c>{"records":[…]}</c>).</summary>
    public static IReadOnlyList<PloverRecord> Read(string json, string name)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var list = new List<PloverRecord>();
            foreach (var r in doc.RootElement.GetProperty("records").EnumerateArray())
            {
                DateOnly? date = r.TryGetProperty("date", out var d) && DateOnly.TryParse(d.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var day) ? day : null;
                list.Add(new PloverRecord(
                    r.GetProperty("id").GetString() ?? "",
                    r.GetProperty("text").GetString() ?? "",
                    date,
                    CurrentType(r.GetProperty("event").GetString() ?? ""),
                    Actors(r, "source"),
                    Actors(r, "target")));
            }

            return list;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{name}: not a PLOVER gold-standard file ({ex.Message.Split('.')[0]})", ex);
        }
    }

    private static IReadOnlyList<(string, string)> Actors(JsonElement r, string field) =>
        r.TryGetProperty(field, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => (x.TryGetProperty("actorText", out var t) ? t.GetString() ?? "" : "", x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "")).ToList()
            : [];

    /// <summary>Scores the main (first) mention of each sentence.</summary>
    /// <param name="results">Each gold record with the mentions extracted from its sentence.</param>
    /// <param name="countryOf">The country (ISO2) of an actor id, for people and bodies whose id does not show it ("person:vladimir-putin" → RU).</param>
    public static PloverScores Score(IReadOnlyList<(PloverRecord Record, IReadOnlyList<Mention> Mentions)> results, Func<string, string?>? countryOf = null)
    {
        int type = 0, source = 0, sources = 0, target = 0, targets = 0;
        var confusions = new Dictionary<(string, string), int>();
        foreach (var (record, mentions) in results)
        {
            // The sentence's first event stands for it, for the type and the actors alike (never chosen by the gold).
            var m = mentions.FirstOrDefault();
            var got = m is null ? "none" : PloverCode(m);
            if (got == record.Type)
            {
                type++;
            }
            else
            {
                confusions[(record.Type, got)] = confusions.GetValueOrDefault((record.Type, got)) + 1;
            }

            if (record.Sources.Count > 0)
            {
                sources++;
                if (SourceOk(m, record, countryOf))
                {
                    source++;
                }
            }

            if (record.Targets.Count > 0)
            {
                targets++;
                if (TargetOk(m, record, countryOf))
                {
                    target++;
                }
            }
        }

        var n = Math.Max(1, results.Count);
        return new PloverScores(results.Count, (double)type / n, sources == 0 ? 0 : (double)source / sources, targets == 0 ? 0 : (double)target / targets,
            confusions.OrderByDescending(kv => kv.Value).Take(10).Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value)).ToList());
    }

    /// <summary>One line per sentence whose type, source or target is wrong: gold and system side by side.</summary>
    public static IEnumerable<string> Misses(IReadOnlyList<(PloverRecord Record, IReadOnlyList<Mention> Mentions)> results, Func<string, string?>? countryOf = null)
    {
        foreach (var (record, mentions) in results)
        {
            var m = mentions.FirstOrDefault();
            var got = m is null ? "none" : PloverCode(m);
            var srcOk = record.Sources.Count == 0 || SourceOk(m, record, countryOf);
            var tgtOk = record.Targets.Count == 0 || TargetOk(m, record, countryOf);
            if (got == record.Type && srcOk && tgtOk)
            {
                continue;
            }

            static string Gold(IReadOnlyList<(string Text, string Code)> g) => string.Join("|", g.Select(x => $"{x.Text}/{x.Code}"));
            var sys = m is null ? "-" : string.Join(" ", m.Actors.Select(a => $"{a.Role}:{a.Name}/{a.Id}")) + (m.Location is { } at ? $" @{at.Name}/{at.Country}" : "") + $" (trigger \"{m.Trigger}\")";
            yield return $"{record.Id} [{record.Type}→{got}{(srcOk ? "" : " SRC")}{(tgtOk ? "" : " TGT")}] {record.Text}\n    gold src {Gold(record.Sources)} tgt {Gold(record.Targets)}; system {sys}";
        }
    }

    private static bool SourceOk(Mention? m, PloverRecord record, Func<string, string?>? countryOf) =>
        m is not null && m.Actors.Any(a => a.Role == ActorRole.Initiator && Matches(a.Name, a.Id, countryOf, record.Sources));

    /// <summary>
    /// The target is an actor acted on; with none, the place acted on: PLOVER codes a place as the target when the
    /// event falls on it rather than on a group ("Afghan guerillas blew up power lines leading into Kabul" → Kabul).
    /// </summary>
    private static bool TargetOk(Mention? m, PloverRecord record, Func<string, string?>? countryOf)
    {
        if (m is null)
        {
            return false;
        }

        if (m.Actors.Any(a => a.Role is ActorRole.Target or ActorRole.Participant && Matches(a.Name, a.Id, countryOf, record.Targets)))
        {
            return true;
        }

        return !m.Actors.Any(a => a.Role == ActorRole.Target) && m.Location is { } place && Matches(place.Name, place.Country, null, record.Targets);
    }

    /// <summary>
    /// An actor matches a gold actor by name (either contains the other) or by country: the gold code's first three
    /// letters are the country (CAMEO codes: "SYRGOV" is Syria's government), the actor's id starts with its ISO2, or
    /// the actor table gives the person's or body's country ("Vladimir Putin" → RU matches "RUSGOV").
    /// </summary>
    private static bool Matches(string name, string? actorId, Func<string, string?>? countryOf, IReadOnlyList<(string Text, string Code)> gold)
    {
        foreach (var (text, code) in gold)
        {
            // Abbreviation dots don't count: gold "U.N. Security Council" is the actor "UN Security Council".
            var g = text.Replace(".", "", StringComparison.Ordinal);
            var n = name.Replace(".", "", StringComparison.Ordinal);
            if (g.Length > 0 && n.Length > 0 && (n.Contains(g, StringComparison.OrdinalIgnoreCase) || g.Contains(n, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            var iso2 = code.Length >= 3 ? CountryCodes.FromIso3(code[..3]) : null;
            if (iso2 is not null && actorId is { } id && (id == iso2 || id.StartsWith(iso2 + ".", StringComparison.Ordinal) || countryOf?.Invoke(id) == iso2))
            {
                return true;
            }
        }

        return false;
    }
}
