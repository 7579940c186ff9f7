using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dateline.Core.Stages.Temporal;

namespace Dateline.Benchmarks;

/// <summary>Tagging + normalization throughput of the temporal stage over a fixed 1 MB news corpus, on one thread.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TemporalBenchmarks
{
    /// <summary>Corpus size in characters (ASCII: one byte each).</summary>
    public const int CorpusSize = 1 << 20;

    private readonly TemporalStage stage = new();
    private string corpus = string.Empty;

    [GlobalSetup]
    public void Setup() => corpus = NewsCorpus.Build(CorpusSize);

    /// <summary>Tags the whole corpus as one document with a known DCT.</summary>
    [Benchmark]
    public int TagOneMegabyte() => stage.Tag(corpus, new DateOnly(2017, 1, 8)).Count;

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    /// <summary>MB/s = corpus bytes / mean time.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Megabytes of text tagged per second (1 MB = 2^20 bytes)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var stats = summary[benchmarkCase]?.ResultStatistics;
            return stats is null ? "-" : (CorpusSize / (1024.0 * 1024.0) / (stats.Mean / 1e9)).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
