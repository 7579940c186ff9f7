using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Dateline.Benchmarks.Datasets;

// `--memory N`: read N generated rows once and print rows/s and the peak working set, to compare 100k vs 1M rows
// in separate processes (flat memory = the same peak). Anything else runs BenchmarkDotNet.
if (args is ["--memory", var n])
{
    var rows = int.Parse(n, CultureInfo.InvariantCulture);
    var path = GdeltCorpus.Write(rows);
    var sw = Stopwatch.StartNew();
    var (events, errors) = GdeltCorpus.ReadAll(path);
    sw.Stop();
    using var self = Process.GetCurrentProcess();
    self.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"rows={rows} events={events} errors={errors} seconds={sw.Elapsed.TotalSeconds:F2} rows/s={events / sw.Elapsed.TotalSeconds:F0} peak_working_set_MB={self.PeakWorkingSet64 / 1048576.0:F1} file_MB={new FileInfo(path).Length / 1048576.0:F0}"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GdeltReaderBenchmarks).Assembly).Run(args);
