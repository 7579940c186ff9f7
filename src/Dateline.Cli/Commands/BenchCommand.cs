using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Dateline.Core.Evaluation;
using Dateline.Core.Model;
using Dateline.Core.Stages.Merging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline bench merge [--sizes 10000,50000,200000]</c>: merges synthetic mentions spread over a year and reports
/// time, allocations and peak memory per size, with the cost per mention relative to the smallest size.
/// </summary>
public sealed class BenchMergeCommand(IAnsiConsole console) : Command<BenchMergeCommand.Settings>
{
    /// <summary>Arguments of <c>bench merge</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Mention counts to merge.</summary>
        [CommandOption("--sizes <LIST>")]
        [Description("Comma-separated mention counts (default 10000,50000,200000)")]
        [DefaultValue("10000,50000,200000")]
        public string Sizes { get; init; } = "10000,50000,200000";

        /// <summary>The parsed sizes.</summary>
        public IReadOnlyList<int> Parsed => Sizes.Split(',').Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Parsed.All(n => n > 0) ? ValidationResult.Success() : ValidationResult.Error($"--sizes: '{Sizes}' is not a list of positive counts");
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumns("mentions", "events", "seconds", "µs per mention", "cost per mention vs first", "allocated MB", "peak working set MB");
        double? firstPer = null;

        // Warm-up: the first merge pays for JIT compilation, not for its size.
        _ = new MergingStage().Merge(SyntheticMentions.Make(2_000, seed: 3));
        foreach (var n in settings.Parsed)
        {
            var mentions = SyntheticMentions.Make(n);
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var events = new MergingStage().Merge(mentions);
            clock.Stop();
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var per = clock.Elapsed.TotalMicroseconds / n;
            firstPer ??= per;
            using var self = Process.GetCurrentProcess();
            table.AddRow(
                n.ToString("N0", CultureInfo.InvariantCulture), events.Count.ToString("N0", CultureInfo.InvariantCulture),
                clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), per.ToString("0.0", CultureInfo.InvariantCulture),
                (per / firstPer.Value).ToString("0.00", CultureInfo.InvariantCulture), (bytes / 1e6).ToString("0", CultureInfo.InvariantCulture),
                (self.PeakWorkingSet64 / 1e6).ToString("0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        return 0;
    }
}

/// <summary>
/// <c>dateline bench pipeline [--reports N]</c>: the whole pipeline on one core over generated news-style reports of about
/// 4 KB, after timing the load of the reference tables: the per-report stages (clean → segment → times → entities →
/// mentions), then the merge of all their mentions into events. Wall and CPU time both: the CPU figure is the one that
/// stays put when other processes share the machine.
/// </summary>
public sealed class BenchPipelineCommand(IAnsiConsole console) : Command<BenchPipelineCommand.Settings>
{
    private static readonly string[] Paragraphs =
    [
        "Syrian government forces shelled rebel positions near Idlib on Tuesday, killing at least 12 civilians, according to a monitoring group.",
        "Russian jets carried out air strikes on the town of Maarat al-Numan the next day, local activists said, and the army regained control of two villages.",
        "Talks between Russia, Turkey and Iran are scheduled to be held in Astana later this month, the foreign ministry in Moscow announced on Monday.",
        "Hundreds of teachers protested outside the provincial council in Basra on Sunday, demanding unpaid wages, before police dispersed them with tear gas.",
        "The UN Security Council condemned the attack and called on all parties to respect the ceasefire that came into effect on December 30, 2016.",
        "Taliban militants attacked a checkpoint in Kunduz province overnight, and Afghan forces repulsed the assault, an official told reporters on Wednesday.",
        "A car bomb exploded near a market in Gao two days later, and no group claimed responsibility, the United Nations mission in Mali said.",
        "Officials said the delegation would return to Geneva next week, although opposition leaders rejected the proposal and accused Damascus of stalling.",
    ];

    /// <summary>Arguments of <c>bench pipeline</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Reports to process.</summary>
        [CommandOption("--reports <N>")]
        [Description("How many ~4 KB reports to process (default 600)")]
        [DefaultValue(600)]
        public int Reports { get; init; } = 600;

        /// <summary>Which generated stream: news (a desk's feed) or dense (eight stories in every report).</summary>
        [CommandOption("--stream <KIND>")]
        [Description("news: a desk's feed, ~6 new events a day, each retold by a handful to a few dozen reports (default); dense: the same 8 stories retold in every report, the worst case for merging")]
        [DefaultValue("news")]
        public string Stream { get; init; } = "news";

        /// <summary>Passes over the reports; the fastest is reported.</summary>
        [CommandOption("--passes <N>")]
        [Description("Passes over the reports (each: per-report stages, then the merge); the fastest is reported, as other processes slow some passes (default 3)")]
        [DefaultValue(3)]
        public int Passes { get; init; } = 3;

        /// <summary>Fail (exit 1) when the fastest pass runs clean → merge at fewer reports per CPU second.</summary>
        [CommandOption("--min-rate <N>")]
        [Description("Exit 1 when the fastest pass's clean → merge rate is below N reports per CPU second (a gate)")]
        public double? MinRate { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Reports <= 0 ? ValidationResult.Error("--reports: give 1 or more")
            : MinRate is <= 0 ? ValidationResult.Error("--min-rate: give a positive rate")
            : Passes is < 1 or > 20 ? ValidationResult.Error("--passes: give 1 to 20")
            : Stream is not ("news" or "dense") ? ValidationResult.Error($"--stream: '{Stream}' is not news or dense")
            : ValidationResult.Success();
    }

    private sealed record Pass(
        TimeSpan PerReport, TimeSpan PerReportCpu, long Allocated, TimeSpan GcPause, string Collections, TimeSpan Merge, TimeSpan MergeCpu, int Mentions, int Events, MergeProfile Profile);

    // One pass: every report through the per-report stages, then one merge over all their mentions, as `ingest` does after its batches.
    private static Pass RunPass(Core.Pipeline.ReportPipeline pipeline, List<Core.Model.RawReport> reports)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pause = GC.GetTotalPauseDuration();
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var cpu = CpuTime();
        var clock = Stopwatch.StartNew();
        var cited = new List<CitedMention>();
        foreach (var r in reports)
        {
            var processed = pipeline.Process(r);
            var report = processed.Report;
            cited.AddRange(processed.Mentions.Select(m => new CitedMention(m, report.Outlet, report.Url, report.Published)));
        }

        clock.Stop();
        var perReportCpu = CpuTime() - cpu;
        var perReportAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var perReportPause = GC.GetTotalPauseDuration() - pause;
        var collections = $"{GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}";

        cpu = CpuTime();
        var mergeClock = Stopwatch.StartNew();
        var profile = new MergeProfile();
        var events = new MergingStage().Merge(cited, null, profile);
        mergeClock.Stop();
        return new Pass(clock.Elapsed, perReportCpu, perReportAllocated, perReportPause, collections, mergeClock.Elapsed, CpuTime() - cpu, cited.Count, events.Count, profile);
    }

    // CPU time of the whole process (this command runs on one thread, but the loader's helper tasks count too).
    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loadCpu = CpuTime();
        var load = Stopwatch.StartNew();
        var pipeline = Services.PipelineFactory.Create();
        _ = pipeline.Process(new Core.Model.RawReport("warm-up", Paragraphs[0], Core.Model.ReportFormat.Text) { Published = DateTimeOffset.UnixEpoch });
        load.Stop();
        using (var self = Process.GetCurrentProcess())
        {
            console.WriteLine($"reference tables loaded and first report processed in {load.Elapsed.TotalSeconds:0.00} s ({(CpuTime() - loadCpu).TotalSeconds:0.00} s CPU); working set {self.WorkingSet64 / 1e6:0} MB");
        }

        List<Core.Model.RawReport> reports;
        if (settings.Stream == "dense")
        {
            reports = Enumerable.Range(0, settings.Reports).Select(i =>
            {
                var text = string.Join("\n\n", Enumerable.Range(0, 28).Select(k => Paragraphs[(i + k * 3) % Paragraphs.Length]));
                // The closing line makes every report distinct (as ingest would see them), so merging gets all their mentions.
                return new Core.Model.RawReport($"bench-{i}", $"Levant Wire\nReport {i}\nJanuary {1 + (i % 28)}, 2017\n\n{text}\n\nFiled as report {i} of the series.", Core.Model.ReportFormat.Text);
            }).ToList();
            console.WriteLine("stream: dense, the same 8 stories retold 3–4 times in every report (the worst case for merging)");
        }
        else
        {
            (reports, var stats) = NewsStream.Make(settings.Reports);
            console.WriteLine($"stream: news, {NewsStream.ReportsPerDay} reports and {NewsStream.EventsPerDay} new events a day; the reports tell {stats.Events} events, "
                + $"each in {stats.MeanReportsPerEvent:0.0} reports on average (median {stats.MedianReportsPerEvent}, most {stats.MaxReportsPerEvent})");
        }
        // Warm-up on the first reports: tiered JIT settles before the clock starts.
        foreach (var r in reports.Take(100))
        {
            _ = pipeline.Process(r);
        }

        var bytes = reports.Sum(r => (long)r.Body.Length);
        console.WriteLine($"{reports.Count} reports ({bytes / reports.Count / 1024.0:0.0} KB each), one core, {settings.Passes} pass(es) over them: clean → mentions, then the merge of all their mentions");
        Pass? best = null;
        for (var k = 1; k <= settings.Passes; k++)
        {
            var pass = RunPass(pipeline, reports);
            console.WriteLine($"  pass {k}: per-report stages {pass.PerReport.TotalSeconds:0.00} s ({reports.Count / pass.PerReportCpu.TotalSeconds:0} reports per CPU second), "
                + $"merge {pass.Merge.TotalSeconds:0.00} s ({pass.MergeCpu.TotalSeconds:0.00} s CPU), clean → merge {reports.Count / (pass.PerReportCpu + pass.MergeCpu).TotalSeconds:0} reports per CPU second");
            best = best is null || pass.PerReportCpu + pass.MergeCpu < best.PerReportCpu + best.MergeCpu ? pass : best;
        }

        var (clock, perReportCpu, mergeClock, mergeCpu) = (best!.PerReport, best.PerReportCpu, best.Merge, best.MergeCpu);
        var (cited, events, profile) = (best.Mentions, best.Events, best.Profile);
        var perSecond = reports.Count / clock.TotalSeconds;
        var total = clock + mergeClock;
        using var me = Process.GetCurrentProcess();
        console.WriteLine($"{(settings.Passes > 1 ? "fastest pass: " : "")}{cited} mentions: clean → mentions {clock.TotalSeconds:0.00} s = "
            + $"{perSecond:0} reports/s ({reports.Count / perReportCpu.TotalSeconds:0} per CPU second), {bytes / 1e6 / clock.TotalSeconds:0.00} MB/s; {best.Allocated / 1e6 / reports.Count:0.0} MB allocated per report, GC pauses {best.GcPause.TotalSeconds:0.00} s (collections gen0/1/2 {best.Collections})");
        console.WriteLine($"merge of the {cited} mentions into {events} events: {mergeClock.TotalSeconds:0.00} s ({mergeCpu.TotalSeconds:0.00} s CPU); "
            + $"clean → merge {total.TotalSeconds:0.00} s = {reports.Count / total.TotalSeconds:0} reports/s ({reports.Count / (perReportCpu + mergeCpu).TotalSeconds:0} per CPU second); peak working set {me.PeakWorkingSet64 / 1e6:0} MB");
        console.WriteLine("merge phases (wall): " + string.Join(", ", profile.Phases.Select(p => $"{p.Name} {p.Time.TotalSeconds:0.00} s"))
            + "; " + string.Join(", ", profile.Counts.Select(c => $"{c.Name} {c.Value.ToString("N0", CultureInfo.InvariantCulture)}")));
        var rate = reports.Count / (perReportCpu + mergeCpu).TotalSeconds;
        if (settings.MinRate is { } min && rate < min)
        {
            console.WriteLine($"error: clean → merge {rate:0} reports per CPU second is below --min-rate {min:0}");
            return 1;
        }

        return 0;
    }
}
