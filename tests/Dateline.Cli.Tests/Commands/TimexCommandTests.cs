using Spectre.Console;

namespace Dateline.Cli.Tests.Commands;

public sealed class TimexCommandTests : IDisposable
{
    private const string Te3Input = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>doc1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2017-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">20170108</TIMEX3></DCT>
        <TEXT>
        The envoy arrived on January 5 and left the next day.
        </TEXT>
        </TimeML>
        """;

    private readonly string root = Directory.CreateTempSubdirectory("dateline-cli-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static (int Code, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var code = DatelineApp.Run(args, console);
        return (code, writer.ToString());
    }

    [Fact]
    public void TimexThenEval_OwnOutputAsGold_ScoresOneAndExitsZero()
    {
        // Given
        var input = Path.Combine(root, "in");
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "doc1.tml.TE3input"), Te3Input);

        // When
        var tag = Run("timex", "--format", "timeml", "--out", output, input);
        var eval = Run("eval", "timex", "--gold", output, "--system", output, "--min-relaxed", "0.92", "--min-strict", "0.85", "--min-value", "0.82");

        // Then
        Assert.Equal(0, tag.Code);
        Assert.True(File.Exists(Path.Combine(output, "doc1.tml")));
        Assert.Equal(0, eval.Code);
        Assert.Contains("relaxed   P 1.0000  R 1.0000  F1 1.0000", eval.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_ScoreBelowMinimum_ExitsOneWithClearLine()
    {
        // Given: gold has a timex the system lacks
        var gold = Path.Combine(root, "gold");
        var system = Path.Combine(root, "system");
        Directory.CreateDirectory(gold);
        Directory.CreateDirectory(system);
        File.WriteAllText(Path.Combine(gold, "doc1.tml"), Te3Input.Replace("January 5", "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2017-01-05\">January 5</TIMEX3>", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(system, "doc1.tml"), Te3Input);

        // When
        var (code, text) = Run("eval", "timex", "--gold", gold, "--system", system, "--min-relaxed", "0.5");

        // Then
        Assert.Equal(1, code);
        Assert.Contains("relaxed F1 0.0000 is below the minimum 0.5000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Timex_MissingFile_OneLineErrorOtherFilesStillRun()
    {
        // Given
        var good = Path.Combine(root, "report-2017-01-08.txt");
        File.WriteAllText(good, "Talks open later this month.");

        // When
        var (code, text) = Run("timex", Path.Combine(root, "nope.txt"), good);

        // Then
        Assert.Equal(1, code);
        Assert.Contains("nope.txt: no such file or folder", text, StringComparison.Ordinal);
        Assert.Contains("2017-01", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_MissingGoldFolder_FailsValidation()
    {
        // Given / When
        var (code, text) = Run("eval", "timex", "--gold", Path.Combine(root, "none"), "--system", root);

        // Then
        Assert.NotEqual(0, code);
        Assert.Contains("no such folder", text, StringComparison.Ordinal);
    }
}
