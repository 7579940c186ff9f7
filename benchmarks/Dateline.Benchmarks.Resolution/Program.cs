using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Dateline.Core.Stages.Resolution;

// Default: one cold load in this fresh process (what a CLI run pays), then scan timings. "--bdn": BenchmarkDotNet runs.
if (args.Contains("--bdn"))
{
    BenchmarkRunner.Run<ScannerBenchmarks>(args: args.Where(a => a != "--bdn").ToArray());
    return;
}

if (args.Contains("--phases"))
{
    var p = Stopwatch.StartNew();
    var whole = Dateline.Core.Stages.Resolution.Internal.EmbeddedData.Text("places.tsv.gz");
    Console.WriteLine($"gunzip+decode places.tsv.gz: {whole.Length:N0} chars in {p.ElapsedMilliseconds} ms");
    p.Restart();
    whole = Dateline.Core.Stages.Resolution.Internal.EmbeddedData.Text("places.tsv.gz");
    Console.WriteLine($"again: {p.ElapsedMilliseconds} ms");
    p.Restart();
    var keyLength = 0;
    var keyBuffer = new char[4096];
    foreach (var line in whole.Split('\n'))
    {
        keyLength += Dateline.Core.Stages.Resolution.Internal.TextKey.KeyInto(line.AsSpan(0, Math.Max(0, line.IndexOf('\t'))), keyBuffer);
    }

    Console.WriteLine($"split+KeyInto of names: {p.ElapsedMilliseconds} ms");
    p.Restart();
    var rows = Dateline.Core.Stages.Resolution.Internal.EmbeddedData.Rows("places.tsv.gz").Count();
    Console.WriteLine($"read+split places.tsv.gz: {rows} rows in {p.ElapsedMilliseconds} ms");
    p.Restart();
    var lines = Dateline.Core.Stages.Resolution.Internal.EmbeddedData.Lines("places.tsv.gz").Count();
    Console.WriteLine($"read lines places.tsv.gz: {lines} lines in {p.ElapsedMilliseconds} ms");
    p.Restart();
    var n = 0;
    foreach (var r in Dateline.Core.Stages.Resolution.Internal.EmbeddedData.Rows("places.tsv.gz"))
    {
        n += Dateline.Core.Stages.Resolution.Internal.TextKey.Key(r[0]).Length;
    }

    Console.WriteLine($"read+split+key places: {p.ElapsedMilliseconds} ms");
    p.Restart();
    _ = Dateline.Core.Stages.Resolution.Internal.CountryTable.Default;
    Console.WriteLine($"countries: {p.ElapsedMilliseconds} ms");
    return;
}

if (args.Contains("--dump"))
{
    // --dump: the candidates for a sample of the gazetteer's own names, to check that a change of data layout keeps answers.
    var g = Gazetteer.Default;
    var names = Dateline.Core.Stages.Resolution.Internal.EmbeddedData.Rows("places.tsv.gz").Select(r => r[0])
        .Concat(Dateline.Core.Stages.Resolution.Internal.EmbeddedData.Rows("admin.tsv.gz").Select(r => r[2] + " district"))
        .Where((_, k) => k % 97 == 0).Concat(["Kobani", "Palmyra", "Dawlat Abad", "al-Bab", "Deir ez-Zor", "Kiev", "Aleppo province", "the village of Tal Rifaat"]);
    foreach (var name in names)
    {
        var hits = g.Find(name);
        var r = g.Resolve(name, "SY");
        var a = g.Resolve(name, null);
        Console.WriteLine($"{name} | {hits.Count} | {string.Join(" ; ", hits.Take(3))} | SY {r} | any {a}");
    }

    foreach (var c in g.Countries)
    {
        Console.WriteLine($"{c.Iso2} capital {g.Capital(c.Iso2)} | {string.Join(", ", g.Admin1(c.Iso2))}");
    }

    return;
}

var resolveArg = Array.FindIndex(args, a => a == "--resolve");
if (resolveArg >= 0)
{
    // --resolve NAME COUNTRY: the candidates and the choice, to see why a name resolves as it does.
    var g = Gazetteer.Default;
    foreach (var p in g.Find(args[resolveArg + 1]).Take(8))
    {
        Console.WriteLine($"  candidate {p.Name} {p.Country} {p.Admin1} {p.Lat},{p.Lon} pop {p.Population} {p.FeatureCode}");
    }

    var r = g.Resolve(args[resolveArg + 1], args[resolveArg + 2]);
    Console.WriteLine($"resolved: {r?.Name} {r?.Country} {r?.Admin1} {r?.Lat},{r?.Lon}");
    return;
}

var actorArg = Array.FindIndex(args, a => a == "--actor");
if (actorArg >= 0)
{
    // --actor ALIAS: every entry the alias may name, and the kinds of the whole table.
    var table = ActorTable.Default;
    foreach (var e in table.FindAll(args[actorArg + 1]))
    {
        Console.WriteLine($"  {e.Id} | {e.Name} | {e.Kind} | {e.Country} | acled: {e.AcledName} | codes: {string.Join(' ', table.CodesOf(e))} | aliases: {string.Join("; ", e.Aliases.Take(8))}");
    }

    Console.WriteLine(string.Join(", ", table.Actors.GroupBy(a => (a.Id.StartsWith("phx:", StringComparison.Ordinal) ? "phoenix " : "own ") + a.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
    return;
}

var acledArg = Array.FindIndex(args, a => a == "--acled");
if (acledArg >= 0)
{
    // Scores the gazetteer and the ACLED actor mapping against an ACLED export (evaluation data, read at run time only).
    AcledCheck.Run(args[acledArg + 1]);
    return;
}

var before = Process.GetCurrentProcess().WorkingSet64;
var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
var alloc0 = GC.GetTotalAllocatedBytes();
var sw = Stopwatch.StartNew();
var gazetteer = Gazetteer.Default;
var tGaz = sw.Elapsed;
var cpuGaz = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
var allocGaz = GC.GetTotalAllocatedBytes() - alloc0;
var gcAfterGazetteer = $"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms";
var cpu1 = Process.GetCurrentProcess().TotalProcessorTime;
var actors = ActorTable.Default;
var tAct = sw.Elapsed - tGaz;
var cpuAct = Process.GetCurrentProcess().TotalProcessorTime - cpu1;
var allocPhx = GC.GetTotalAllocatedBytes();
actors.LoadPhoenix();
var tPhx = sw.Elapsed - tGaz - tAct;
allocPhx = GC.GetTotalAllocatedBytes() - allocPhx;
var allocScan = GC.GetTotalAllocatedBytes();
var scanner = EntityScanner.Default;
allocScan = GC.GetTotalAllocatedBytes() - allocScan;
var tScan = sw.Elapsed - tGaz - tAct - tPhx;
GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();
var managed = GC.GetTotalMemory(forceFullCollection: true);
var process = Process.GetCurrentProcess();
process.Refresh();
Console.WriteLine($"gazetteer: {gazetteer.Count:N0} places/regions, {gazetteer.Countries.Count} countries, loaded in {tGaz.TotalMilliseconds:F0} ms wall, {cpuGaz.TotalMilliseconds:F0} ms CPU, {allocGaz / 1048576.0:F0} MB allocated ({gazetteer.LoadProfile}; {gcAfterGazetteer})");
Console.WriteLine($"actor table: loaded in {tAct.TotalMilliseconds:F0} ms wall, {cpuAct.TotalMilliseconds:F0} ms CPU ({actors.LoadProfile})");
Console.WriteLine($"actor table Phoenix part (lazy): {tPhx.TotalMilliseconds:F0} ms ({actors.PhoenixProfile}), {allocPhx / 1048576.0:F0} MB allocated; {actors.Count:N0} actors in all");
Console.WriteLine($"scanner: built in {tScan.TotalMilliseconds:F0} ms, {allocScan / 1048576.0:F0} MB allocated");
Console.WriteLine($"total load: {sw.Elapsed.TotalMilliseconds:F0} ms; managed heap after GC: {managed / 1048576.0:F0} MB; working set: {process.WorkingSet64 / 1048576.0:F0} MB (was {before / 1048576.0:F0} MB), peak {process.PeakWorkingSet64 / 1048576.0:F0} MB");

var fileArg = Array.FindIndex(args, a => a == "--file");
var text = fileArg >= 0 ? File.ReadAllText(args[fileArg + 1]) : ScannerBenchmarks.Report;
var first = Stopwatch.StartNew();
var found = scanner.FindMentions(text);
first.Stop();
const int runs = 2000;
var warm = Stopwatch.StartNew();
for (var i = 0; i < runs; i++)
{
    scanner.FindMentions(text);
}

warm.Stop();
Console.WriteLine($"FindMentions on a {text.Length:N0}-char report: {found.Count} matches; first call {first.Elapsed.TotalMilliseconds:F2} ms (fuzzy index built in {gazetteer.FuzzyMs} ms), then {warm.Elapsed.TotalMilliseconds * 1000 / runs:F0} µs per call");
var resolve = Stopwatch.StartNew();
for (var i = 0; i < runs; i++)
{
    gazetteer.Resolve("Dawlat Abad", "AF", "Balkh");
}

resolve.Stop();
Console.WriteLine($"Resolve(\"Dawlat Abad\", AF, Balkh): {resolve.Elapsed.TotalMilliseconds * 1000 / runs:F1} µs per call (skeleton fallback)");
foreach (var m in found.Take(args.Contains("--all") ? int.MaxValue : 40))
{
    var what = m.Kind == MatchKind.Title ? $"{m.Holder} {m.Title}" : m.Actor?.Id ?? m.Country?.Iso2 ?? (m.Places.Count > 0 ? m.Places.Count + " places" : string.Empty);
    Console.WriteLine($"  {m.Start,5} {m.Kind,-8} {m.Text.ReplaceLineEndings(" "),-28} {what}");
}

/// <summary>BenchmarkDotNet runs of the scanner and the gazetteer on a fixed report.</summary>
[MemoryDiagnoser]
public class ScannerBenchmarks
{
    /// <summary>A report written for this benchmark in the style of conflict news (about 4 KB).</summary>
    public const string Report = """
        Syrian President Bashar al-Assad has said Damascus is ready to negotiate with 91 armed opposition groups at upcoming
        peace talks in Astana, the Kazakh capital, a French lawmaker said on Sunday after meeting him. Thierry Mariani, who
        led a French delegation that arrived in Syria on Thursday and visited Aleppo the next day, said Assad told them the
        talks should cover all the groups that signed the truce, but not Daesh or Jabhat Fateh al-Sham. The countrywide
        ceasefire, brokered by Russia and Turkey, took effect on December 30 and was later endorsed by the UN Security Council.
        The Syrian Arab Army, backed by Russian warplanes and Hezbollah fighters, regained full control of Aleppo last December
        after years of fighting with the Free Syrian Army and Islamist groups including Ahrar al-Sham. Iran, which also backs
        the Damascus government, said the Astana meeting would be held in late January. Turkish officials said the Syrian
        Democratic Forces and the YPG, which Ankara regards as an extension of the PKK, would not be invited. Meanwhile, in
        Afghanistan, the Taliban attacked a checkpoint in Dawlat Abad district of Balkh province, killing four Afghan forces
        members, provincial officials said. Afghan National Army commandos later retook the area, according to the Ministry
        of Defense in Kabul. President Ashraf Ghani condemned the attack. In Iraq, Popular Mobilization Forces fighters and
        Iraqi security forces advanced toward Tal Afar west of Mosul, while the US-led coalition carried out air strikes on
        Islamic State positions near al-Qaim on the Syrian border. In Yemen, Houthi rebels fired a missile toward Riyadh,
        the Saudi-led coalition said, and Yemeni government forces clashed with Ansar Allah fighters near Taiz and Hodeidah.
        The Arab League and the European Union called for restraint, while NATO Secretary General Jens Stoltenberg urged all
        parties to respect the ceasefire. In Somalia, al-Shabaab militants attacked a military base near Mogadishu. Boko Haram
        fighters raided a village near Maiduguri in Borno State, Nigeria. The Wagner Group was reported in Libya and Mali.
        Hamas said in Gaza that it would not attend. Russian Foreign Minister Sergey Lavrov said Moscow and Tehran agreed.
        White Helmets rescuers pulled civilians from the rubble in Idlib province and in the town of Maarat al-Numan, and
        the Syrian Observatory for Human Rights said 12 people were killed in Deir ez-Zor and Raqqa. Kurdish Peshmerga forces
        near Kirkuk and Erbil were on alert. Hay'at Tahrir al-Sham, formed in January, took over positions from Nour al-Din
        al-Zenki near Atarib. The International Committee of the Red Cross delivered aid to Madaya and Zabadani, besieged
        towns near the Lebanese border, while the World Food Programme dropped food over Deir ez-Zor. Egypt, Jordan and
        Saudi Arabia welcomed the talks; Washington said it would send an observer. Police in Istanbul detained suspects
        after an attack on a nightclub claimed by ISIS. The Kremlin said President Vladimir Putin had discussed the talks with
        Recep Tayyip Erdogan by telephone. The UN envoy Staffan de Mistura said Geneva talks would follow on February 8.
        """;

    /// <summary>Loads everything before timing.</summary>
    [GlobalSetup]
    public void Setup() => _ = EntityScanner.Default.FindMentions("Aleppo");

    /// <summary>Scanner over the whole report.</summary>
    [Benchmark(Baseline = true)]
    public int FindMentions() => EntityScanner.Default.FindMentions(Report).Count;

    /// <summary>Place resolution through the skeleton fallback.</summary>
    [Benchmark]
    public GazetteerPlace? ResolveDawlatAbad() => Gazetteer.Default.Resolve("Dawlat Abad", "AF", "Balkh");

    /// <summary>Title resolution on a date.</summary>
    [Benchmark]
    public ActorEntry? ResolveSyrianPresident() => ActorTable.Default.ResolveTitle("Syrian", "president", new DateOnly(2017, 1, 8));
}

/// <summary>How well the gazetteer places ACLED's locations (within 25 km) and how many ACLED actor names map to actors.</summary>
internal static class AcledCheck
{
    public static void Run(string path)
    {
        var rows = ReadCsv(File.ReadAllText(path));
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        int loc = Col("location"), country = Col("country"), admin1 = Col("admin1"), lat = Col("latitude"), lon = Col("longitude");
        int a1 = Col("actor1"), a2 = Col("actor2");
        var gaz = Gazetteer.Default;
        var actors = ActorTable.Default;
        int total = 0, within = 0, withinAdmin = 0, found = 0, actorsTotal = 0, actorsFound = 0;
        var misses = new Dictionary<string, int>();
        var unmapped = new Dictionary<string, int>();
        foreach (var r in rows.Skip(1).Where(r => r.Length == header.Length))
        {
            total++;
            var iso = gaz.FindCountry(r[country])?.Iso2;
            var la = double.Parse(r[lat], System.Globalization.CultureInfo.InvariantCulture);
            var lo = double.Parse(r[lon], System.Globalization.CultureInfo.InvariantCulture);
            var p = gaz.Resolve(r[loc], iso);
            var pa = gaz.Resolve(r[loc], iso, r[admin1]);
            found += p is null ? 0 : 1;
            if (p is not null && Gazetteer.DistanceKm(p.Lat, p.Lon, la, lo) <= 25)
            {
                within++;
            }
            else
            {
                misses[r[loc]] = misses.GetValueOrDefault(r[loc]) + 1;
            }

            withinAdmin += pa is not null && Gazetteer.DistanceKm(pa.Lat, pa.Lon, la, lo) <= 25 ? 1 : 0;
            foreach (var a in new[] { r[a1], r[a2] }.Where(a => a.Length > 0))
            {
                actorsTotal++;
                if (actors.FindAcled(a) is not null)
                {
                    actorsFound++;
                }
                else
                {
                    unmapped[a] = unmapped.GetValueOrDefault(a) + 1;
                }
            }
        }

        Console.WriteLine($"{Path.GetFileName(path)}: {total} events; location resolved {found}, within 25 km {within} ({100.0 * within / total:F1}%), with ACLED's admin1 as context {withinAdmin} ({100.0 * withinAdmin / total:F1}%)");
        Console.WriteLine($"actor names mapped: {actorsFound}/{actorsTotal} ({100.0 * actorsFound / actorsTotal:F1}%)");
        Console.WriteLine("most frequent location misses: " + string.Join(", ", misses.OrderByDescending(m => m.Value).Take(15).Select(m => $"{m.Key} ({m.Value})")));
        Console.WriteLine("unmapped actor names: " + string.Join(", ", unmapped.OrderByDescending(m => m.Value).Take(15).Select(m => $"{m.Key} ({m.Value})")));
    }

    private static List<string[]> ReadCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
