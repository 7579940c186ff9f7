using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Dateline.Core.Stages.Resolution;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline bench load [--runs K] [--max-seconds S] [--max-mb M]</c>: the cold load of everything the pipeline needs
/// before its first report, each time in a fresh process (this command starts itself K times per way of loading). One
/// way loads the reference tables step by step (<see cref="ReferenceTables.LoadSteps"/>, then the other stages) to show
/// each part's wall time, CPU time, allocations and working set; the other loads them as the CLI does (side by side on
/// helper threads) and then processes the first report, whose cost is mostly compiling the per-report stages. The
/// fastest run of each way is shown; the gates apply to the CLI way's CPU time, which other processes on the machine
/// slow far less than wall time.
/// </summary>
public sealed class BenchLoadCommand(IAnsiConsole console) : Command<BenchLoadCommand.Settings>
{
    /// <summary>The child's way of loading: step by step, or as the CLI does.</summary>
    internal const string StepsMode = "steps";

    /// <summary>The child's way of loading as the CLI does: the tables side by side, then the first report.</summary>
    internal const string CliMode = "cli";

    /// <summary>Arguments of <c>bench load</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Fresh processes per way of loading.</summary>
        [CommandOption("--runs <K>")]
        [Description("Fresh processes per way of loading; the fastest (least CPU) is shown, as other processes slow some (default 3)")]
        [DefaultValue(3)]
        public int Runs { get; init; } = 3;

        /// <summary>Fail above this many CPU seconds for tables and first report, loaded as the CLI does.</summary>
        [CommandOption("--max-seconds <S>")]
        [Description("Exit 1 when the fastest CLI-way run takes more than S CPU seconds to load the tables and process the first report (a gate)")]
        public double? MaxSeconds { get; init; }

        /// <summary>Fail above this many CPU seconds for the reference tables alone, loaded as the CLI does.</summary>
        [CommandOption("--max-table-seconds <S>")]
        [Description("Exit 1 when the fastest CLI-way run takes more than S CPU seconds to load the reference tables (gazetteer, actor table, scanner), first report left out (a gate)")]
        public double? MaxTableSeconds { get; init; }

        /// <summary>Fail above this peak working set.</summary>
        [CommandOption("--max-mb <M>")]
        [Description("Exit 1 when the fastest CLI-way run's peak working set exceeds M MB (a gate)")]
        public double? MaxMb { get; init; }

        /// <summary>Set in the child processes the command starts: measure one load and print it.</summary>
        [CommandOption("--child <MODE>", IsHidden = true)]
        public string? Child { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Runs is < 1 or > 20 ? ValidationResult.Error("--runs: give 1 to 20")
            : MaxSeconds is <= 0 ? ValidationResult.Error("--max-seconds: give a positive number of seconds")
            : MaxTableSeconds is <= 0 ? ValidationResult.Error("--max-table-seconds: give a positive number of seconds")
            : MaxMb is <= 0 ? ValidationResult.Error("--max-mb: give a positive number of MB")
            : Child is not (null or StepsMode or CliMode) ? ValidationResult.Error($"--child: '{Child}' is not {StepsMode} or {CliMode}")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Child is { } childMode)
        {
            foreach (var line in LoadProbe.Measure(childMode).Lines())
            {
                Console.Out.WriteLine(line);
            }

            return 0;
        }

        var steps = new List<LoadRun>();
        var cli = new List<LoadRun>();
        for (var k = 0; k < settings.Runs; k++)
        {
            // Alternating the two ways spreads a burst of load from other processes over both.
            foreach (var (mode, runs) in new[] { (StepsMode, steps), (CliMode, cli) })
            {
                if (RunChild(mode) is not { } run)
                {
                    return 1;
                }

                runs.Add(run);
            }
        }

        var bestSteps = steps.MinBy(r => r.LoadCpuSeconds)!;
        var bestCli = cli.MinBy(r => r.LoadCpuSeconds)!;
        console.WriteLine($"Cold load in fresh processes, fastest (least CPU) of {settings.Runs} per way; machine load average {LoadAverage()}.");
        console.WriteLine("Step by step (each part alone):");
        console.Write(PartsTable(bestSteps));
        console.WriteLine("As the CLI loads (tables side by side on helper threads, then the first report):");
        console.Write(PartsTable(bestCli));
        console.WriteLine("CPU seconds for tables + first report per run: step by step "
            + string.Join(", ", steps.Select(r => Seconds(r.LoadCpuSeconds))) + "; as the CLI loads " + string.Join(", ", cli.Select(r => Seconds(r.LoadCpuSeconds))));

        var failed = false;
        if (settings.MaxSeconds is { } maxSeconds && bestCli.LoadCpuSeconds > maxSeconds)
        {
            console.WriteLine($"error: tables + first report took {Seconds(bestCli.LoadCpuSeconds)} s CPU, above --max-seconds {Seconds(maxSeconds)}");
            failed = true;
        }

        if (settings.MaxTableSeconds is { } maxTables && bestCli.TablesCpuSeconds > maxTables)
        {
            console.WriteLine($"error: the reference tables took {Seconds(bestCli.TablesCpuSeconds)} s CPU, above --max-table-seconds {Seconds(maxTables)}");
            failed = true;
        }

        if (settings.MaxMb is { } maxMb && bestCli.PeakBytes / 1e6 > maxMb)
        {
            console.WriteLine($"error: peak working set {Mb(bestCli.PeakBytes)} MB is above --max-mb {Mb(maxMb * 1e6)}");
            failed = true;
        }

        return failed ? 1 : 0;
    }

    private LoadRun? RunChild(string mode)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            // Run as `dotnet dateline.dll`: the child needs the assembly too.
            start.ArgumentList.Add(typeof(BenchLoadCommand).Assembly.Location);
        }

        foreach (var a in (string[])["bench", "load", "--child", mode])
        {
            start.ArgumentList.Add(a);
        }

        using var child = Process.Start(start)!;
        var stderr = child.StandardError.ReadToEndAsync();
        var stdout = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0 || LoadRun.Parse(stdout) is not { } run)
        {
            console.WriteLine($"error: the {mode} load process failed (exit {child.ExitCode}): {stderr.Result.Trim().Split('\n').FirstOrDefault()}");
            return null;
        }

        return run;
    }

    private static Table PartsTable(LoadRun run)
    {
        var table = new Table().AddColumns("part", "wall s", "CPU s", "allocated MB", "GC pauses s", "GCs gen0/1/2", "working set after, MB");
        foreach (var p in run.Parts)
        {
            table.AddRow(Markup.Escape(p.Part), Seconds(p.WallSeconds), Seconds(p.CpuSeconds), Mb(p.AllocatedBytes), Seconds(p.GcPauseSeconds), p.Collections, Mb(p.WorkingSetBytes));
        }

        var tables = run.Tables;
        table.AddRow("[bold]reference tables[/]", Seconds(tables.Sum(p => p.WallSeconds)), Seconds(tables.Sum(p => p.CpuSeconds)), Mb(tables.Sum(p => p.AllocatedBytes)),
            Seconds(tables.Sum(p => p.GcPauseSeconds)), string.Empty, string.Empty);
        table.AddRow("[bold]tables + first report[/]", Seconds(run.LoadWallSeconds), Seconds(run.LoadCpuSeconds), Mb(run.Parts.Where(p => p.Part != LoadProbe.StartUp).Sum(p => p.AllocatedBytes)),
            Seconds(run.Parts.Where(p => p.Part != LoadProbe.StartUp).Sum(p => p.GcPauseSeconds)), string.Empty, $"peak {Mb(run.PeakBytes)}");
        return table;
    }

    private static string Seconds(double s) => s.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Mb(double bytes) => (bytes / 1e6).ToString("0", CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

/// <summary>
/// What one part of a load cost: wall and CPU time, bytes allocated, garbage-collection pauses and collections ("4/2/1": of
/// generations 0, 1 and 2), and the working set after it.
/// </summary>
internal sealed record LoadSample(string Part, double WallSeconds, double CpuSeconds, long AllocatedBytes, double GcPauseSeconds, string Collections, long WorkingSetBytes);

/// <summary>One fresh process's load: its parts in order and its peak working set.</summary>
/// <example>
/// A child prints one tab-separated line per part, <c>part, gazetteer, 0.41, 0.38, 98000000, 0.02, 3/1/0, 150000000</c>
/// (name, wall s, CPU s, bytes allocated, GC pause s, collections, working set bytes after), then <c>peak, 240000000</c>; <see cref="Parse"/>
/// reads that back.
/// </example>
internal sealed record LoadRun(IReadOnlyList<LoadSample> Parts, long PeakBytes)
{
    /// <summary>Wall seconds of everything after start-up (the tables and the first report).</summary>
    public double LoadWallSeconds => Parts.Where(p => p.Part != LoadProbe.StartUp).Sum(p => p.WallSeconds);

    /// <summary>CPU seconds of everything after start-up (the tables and the first report).</summary>
    public double LoadCpuSeconds => Parts.Where(p => p.Part != LoadProbe.StartUp).Sum(p => p.CpuSeconds);

    /// <summary>The parts that load the reference tables: after start-up, before the first report.</summary>
    public IReadOnlyList<LoadSample> Tables => Parts.Where(p => p.Part != LoadProbe.StartUp && p.Part != LoadProbe.FirstReport).ToList();

    /// <summary>CPU seconds of the reference tables alone.</summary>
    public double TablesCpuSeconds => Tables.Sum(p => p.CpuSeconds);

    /// <summary>The lines a child prints.</summary>
    public IEnumerable<string> Lines() =>
        Parts.Select(p => string.Join('\t', "part", p.Part, p.WallSeconds.ToString("R", CultureInfo.InvariantCulture), p.CpuSeconds.ToString("R", CultureInfo.InvariantCulture),
            p.AllocatedBytes.ToString(CultureInfo.InvariantCulture), p.GcPauseSeconds.ToString("R", CultureInfo.InvariantCulture),
            p.Collections, p.WorkingSetBytes.ToString(CultureInfo.InvariantCulture)))
        .Append("peak\t" + PeakBytes.ToString(CultureInfo.InvariantCulture));

    /// <summary>Reads a child's output back; null when it is not one (no parts, or no peak line).</summary>
    public static LoadRun? Parse(string output)
    {
        var parts = new List<LoadSample>();
        long? peak = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = line.Split('\t');
            var c = CultureInfo.InvariantCulture;
            if (f is ["part", var name, var wall, var cpu, var allocated, var gc, var collections, var ws]
                && double.TryParse(wall, c, out var w) && double.TryParse(cpu, c, out var u) && long.TryParse(allocated, c, out var a)
                && double.TryParse(gc, c, out var g) && long.TryParse(ws, c, out var s))
            {
                parts.Add(new LoadSample(name, w, u, a, g, collections, s));
            }
            else if (f is ["peak", var p] && long.TryParse(p, c, out var pb))
            {
                peak = pb;
            }
        }

        return parts.Count > 0 && peak is { } bytes ? new LoadRun(parts, bytes) : null;
    }
}

/// <summary>Measures one load in this process (the child side of <c>bench load</c>).</summary>
internal static class LoadProbe
{
    /// <summary>The runtime's start and the command line's parsing, before any table.</summary>
    public const string StartUp = "start-up (runtime, argument parsing)";

    /// <summary>The first report through the pipeline: mostly compiling the per-report stages.</summary>
    public const string FirstReport = "first report (~4 KB; compiling the per-report stages)";

    /// <summary>Loads everything the pipeline needs before its first report, then processes one, timing each part.</summary>
    public static LoadRun Measure(string mode)
    {
        var parts = new List<LoadSample>();
        using var self = Process.GetCurrentProcess();
        parts.Add(new LoadSample(StartUp, (DateTime.Now - self.StartTime).TotalSeconds, self.TotalProcessorTime.TotalSeconds,
            GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration().TotalSeconds, Collections(0, 0, 0), Environment.WorkingSet));
        // The report is made outside the clocks: generating it is not part of the load.
        var report = NewsStream.Make(1).Reports[0];
        Core.Pipeline.ReportPipeline? pipeline = null;
        if (mode == BenchLoadCommand.StepsMode)
        {
            foreach (var step in ReferenceTables.LoadSteps)
            {
                parts.Add(Time(step.Name, step.Load));
            }

            parts.Add(Time("the other stages (cleaning, segmentation, times, extraction rules)", () => pipeline = Services.PipelineFactory.Create()));
        }
        else
        {
            parts.Add(Time("reference tables, side by side as the CLI loads them", () => pipeline = Services.PipelineFactory.Create()));
        }

        parts.Add(Time(FirstReport, () => _ = pipeline!.Process(report)));
        self.Refresh();
        return new LoadRun(parts, self.PeakWorkingSet64);
    }

    private static LoadSample Time(string part, Action load)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pause = GC.GetTotalPauseDuration();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        load();
        clock.Stop();
        self.Refresh();
        return new LoadSample(part, clock.Elapsed.TotalSeconds, (self.TotalProcessorTime - cpu).TotalSeconds,
            GC.GetTotalAllocatedBytes(precise: true) - allocated, (GC.GetTotalPauseDuration() - pause).TotalSeconds, Collections(gen0, gen1, gen2), Environment.WorkingSet);
    }

    // Collections of each generation since the counts given ("3/1/0").
    private static string Collections(int gen0, int gen1, int gen2) =>
        $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
}
