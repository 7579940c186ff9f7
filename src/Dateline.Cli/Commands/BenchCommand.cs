using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Dateline.Core.Evaluation;
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
