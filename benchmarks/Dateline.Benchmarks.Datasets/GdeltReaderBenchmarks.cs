using BenchmarkDotNet.Attributes;

namespace Dateline.Benchmarks.Datasets;

/// <summary>
/// Streams a 1,000,000-row GDELT 2.0-layout file through <see cref="Sources.Datasets.GdeltReader"/>. Reported time
/// and allocation are per row (OperationsPerInvoke); rows/s = 1e9 / mean ns.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class GdeltReaderBenchmarks
{
    private const int Rows = 1_000_000;
    private string path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        path = GdeltCorpus.Write(Rows);
        if (GdeltCorpus.ColumnCount(path) != 61)
        {
            throw new InvalidOperationException("the generated file is not in the 61-column layout");
        }
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int ReadGdelt1M()
    {
        var (events, errors) = GdeltCorpus.ReadAll(path);
        return errors == 0 && events == Rows ? events : throw new InvalidOperationException($"{events} events, {errors} errors");
    }
}
