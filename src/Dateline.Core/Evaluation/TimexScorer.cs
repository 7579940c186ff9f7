namespace Dateline.Core.Evaluation;

/// <summary>One TIMEX3 in a document, in plain-text offsets [Start, End).</summary>
/// <param name="Start">First character.</param>
/// <param name="End">Just past the last character.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">TIMEX3 value.</param>
/// <param name="Mod">TIMEX3 mod or null.</param>
public sealed record TimexSpan(int Start, int End, string Type, string Value, string? Mod = null);

/// <summary>Gold and system annotations of one document.</summary>
/// <param name="Name">Document name (for confusions).</param>
/// <param name="Gold">Reference TIMEX3s.</param>
/// <param name="System">System TIMEX3s.</param>
public sealed record TimexDocumentPair(string Name, IReadOnlyList<TimexSpan> Gold, IReadOnlyList<TimexSpan> System);

/// <summary>A wrong value or type seen on a relaxed match, with how often.</summary>
/// <param name="Kind">"value", "type", "missed" or "spurious".</param>
/// <param name="Gold">Gold text/value.</param>
/// <param name="System">System value.</param>
/// <param name="Count">How often.</param>
/// <param name="Example">One example: document and text.</param>
public sealed record TimexConfusion(string Kind, string Gold, string System, int Count, string Example);

/// <summary>TempEval-3 timex scores.</summary>
public sealed record TimexScores(
    int GoldCount,
    int SystemCount,
    Prf Relaxed,
    Prf Strict,
    double TypeAccuracy,
    double ValueAccuracy,
    double ValueF1,
    double TypeF1,
    IReadOnlyList<TimexConfusion> Confusions);

/// <summary>
/// Scores TIMEX3 annotations as TempEval-3 does: a relaxed match is any overlap, a strict match an identical span;
/// type and value accuracy are over relaxed matches; value F1 = relaxed F1 × value accuracy. Pure.
/// </summary>
public static class TimexScorer
{
    /// <summary>Scores all documents together (micro-averaged). <paramref name="texts"/> gives document text for confusion examples.</summary>
    public static TimexScores Score(IEnumerable<TimexDocumentPair> documents, Func<string, string?>? texts = null, int confusionCount = 30)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int gold = 0, system = 0, relaxedGold = 0, relaxedSystem = 0, strict = 0, typeOk = 0, valueOk = 0, pairs = 0;
        var confusions = new Dictionary<(string, string, string), (int Count, string Example)>();
        void Note(string kind, string g, string s, string example)
        {
            var key = (kind, g, s);
            confusions[key] = confusions.TryGetValue(key, out var c) ? (c.Count + 1, c.Example) : (1, example);
        }

        foreach (var doc in documents)
        {
            var text = texts?.Invoke(doc.Name);
            string Snip(TimexSpan x) => text is not null && x.End <= text.Length ? text[x.Start..x.End] : $"{x.Start}-{x.End}";
            gold += doc.Gold.Count;
            system += doc.System.Count;
            var systemMatched = new bool[doc.System.Count];
            foreach (var g in doc.Gold)
            {
                var found = -1;
                for (var k = 0; k < doc.System.Count; k++)
                {
                    var s = doc.System[k];
                    if (s.Start < g.End && g.Start < s.End)
                    {
                        systemMatched[k] = true;
                        if (found < 0 || (s.Start == g.Start && s.End == g.End))
                        {
                            found = k;
                        }
                    }
                }

                if (found < 0)
                {
                    Note("missed", Snip(g).ToLowerInvariant(), g.Type + " " + g.Value, doc.Name);
                    continue;
                }

                relaxedGold++;
                var sys = doc.System[found];
                pairs++;
                if (sys.Start == g.Start && sys.End == g.End)
                {
                    strict++;
                }
                else
                {
                    Note("span", Snip(g).ToLowerInvariant(), Snip(sys).ToLowerInvariant(), doc.Name);
                }

                if (string.Equals(sys.Type, g.Type, StringComparison.OrdinalIgnoreCase))
                {
                    typeOk++;
                }
                else
                {
                    Note("type", g.Type, sys.Type, $"{doc.Name}: {Snip(g)}");
                }

                if (string.Equals(sys.Value, g.Value, StringComparison.Ordinal))
                {
                    valueOk++;
                }
                else
                {
                    Note("value", Snip(g).ToLowerInvariant() + " = " + g.Value, sys.Value, doc.Name);
                }
            }

            for (var k = 0; k < doc.System.Count; k++)
            {
                if (systemMatched[k])
                {
                    relaxedSystem++;
                }
                else
                {
                    Note("spurious", Snip(doc.System[k]).ToLowerInvariant(), doc.System[k].Type + " " + doc.System[k].Value, doc.Name);
                }
            }
        }

        // TempEval-3: precision counts system items that overlap some gold item, recall gold items that overlap some system item.
        var rp = system == 0 ? 0 : (double)relaxedSystem / system;
        var rr = gold == 0 ? 0 : (double)relaxedGold / gold;
        var relaxed = new Prf(rp, rr, rp + rr == 0 ? 0 : 2 * rp * rr / (rp + rr));
        var strictPrf = Prf.From(strict, system, gold);
        var typeAcc = pairs == 0 ? 0 : (double)typeOk / pairs;
        var valueAcc = pairs == 0 ? 0 : (double)valueOk / pairs;
        var top = confusions
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal)
            .ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal)
            .Take(confusionCount)
            .Select(kv => new TimexConfusion(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value.Count, kv.Value.Example))
            .ToList();
        return new TimexScores(gold, system, relaxed, strictPrf, typeAcc, valueAcc, relaxed.F1 * valueAcc, relaxed.F1 * typeAcc, top);
    }
}
