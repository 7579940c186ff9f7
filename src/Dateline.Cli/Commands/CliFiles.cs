using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary>File helpers for commands: expand folders, read files, report problems as one line each.</summary>
internal static class CliFiles
{
    /// <summary>Files named in <paramref name="paths"/>, folders searched recursively for files passing <paramref name="accept"/>, sorted.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, Func<string, bool> accept, IAnsiConsole console, ref int failures)
    {
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                result.Add(path);
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(accept).Order(StringComparer.Ordinal).ToList();
                    result.AddRange(found);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    console.MarkupLineInterpolated($"[red]error:[/] {path}: {ex.Message}");
                    failures++;
                }
            }
            else
            {
                console.MarkupLineInterpolated($"[red]error:[/] {path}: no such file or folder");
                failures++;
            }
        }

        return result;
    }

    /// <summary>Reads a file as UTF-8; on failure prints one line naming it.</summary>
    public static bool TryRead(string file, IAnsiConsole console, out string text)
    {
        try
        {
            text = File.ReadAllText(file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {file}: {ex.Message}");
            text = string.Empty;
            return false;
        }
    }
}
