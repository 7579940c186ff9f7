using Dateline.Cli.Commands;
using Spectre.Console.Testing;

namespace Dateline.Cli.Tests.Commands;

public sealed class BenchLoadCommandTests
{
    private static readonly LoadRun Run = new(
    [
        new LoadSample(LoadProbe.StartUp, 0.30, 0.17, 700_000, 0, "0/0/0", 52_000_000),
        new LoadSample("gazetteer", 0.41, 0.19, 98_000_000, 0.015, "3/1/0", 140_000_000),
        new LoadSample(LoadProbe.FirstReport, 0.90, 0.50, 1_100_000, 0.001, "1/0/0", 233_000_000),
    ], 247_000_000);

    [Fact]
    public void Parse_TheLinesAChildPrints_GivesTheRunBack()
    {
        // Given
        var output = string.Join('\n', Run.Lines());

        // When
        var parsed = LoadRun.Parse(output);

        // Then
        Assert.NotNull(parsed);
        Assert.Equal(Run.Parts, parsed.Parts);
        Assert.Equal(Run.PeakBytes, parsed.PeakBytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Unhandled exception. System.InvalidOperationException")]
    [InlineData("part\tgazetteer\t0.4\t0.2\t98000000\t0.01\t3/1/0\t140000000")] // no peak line: the child stopped early
    [InlineData("part\tgazetteer\tfast\t0.2\t98000000\t0.01\t3/1/0\t140000000\npeak\t1")]
    public void Parse_NotAChildsOutput_IsNull(string output)
    {
        // When
        var parsed = LoadRun.Parse(output);

        // Then
        Assert.Null(parsed);
    }

    [Fact]
    public void LoadCpuSeconds_StartUpAndParts_CountsTheTablesAndTheFirstReportOnly()
    {
        // When
        var cpu = Run.LoadCpuSeconds;

        // Then: 0.19 + 0.50, the runtime's own start-up (0.17) left out
        Assert.Equal(0.69, cpu, precision: 6);
    }

    [Fact]
    public void TablesCpuSeconds_LeavesOutStartUpAndTheFirstReport()
    {
        // When
        var cpu = Run.TablesCpuSeconds;

        // Then: the gazetteer's 0.19 alone
        Assert.Equal(0.19, cpu, precision: 6);
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--max-seconds", "0")]
    [InlineData("--max-table-seconds", "-1")]
    [InlineData("--max-mb", "-5")]
    [InlineData("--child", "parallel")]
    public void Run_BadOption_FailsWithOneErrorLine(string option, string value)
    {
        // Given
        var console = new TestConsole().Width(4000);

        // When
        var code = DatelineApp.Run(["bench", "load", option, value], console);

        // Then
        Assert.NotEqual(0, code);
        Assert.Contains(option, console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", console.Output, StringComparison.Ordinal);
    }
}
