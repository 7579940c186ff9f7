using Spectre.Console;

namespace Dateline.Cli.Services;

/// <summary>Prints ingest progress: problems as one line each, and a running count every 100 reports.</summary>
internal sealed class ConsoleIngestProgress(IAnsiConsole console) : IIngestProgress
{
    private int _count;

    public void Report(string source, string outcome)
    {
        _count++;
        if (_count % 100 == 0)
        {
            console.MarkupLineInterpolated($"[grey]… {_count} reports read[/]");
        }
    }

    public void Problem(string line, bool isError)
    {
        if (isError)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {line}");
        }
        else
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {line}");
        }
    }
}
