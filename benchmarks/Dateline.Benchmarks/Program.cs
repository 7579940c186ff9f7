using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Dateline.Benchmarks.TemporalBenchmarks).Assembly).Run(args);
