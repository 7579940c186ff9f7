using System.IO.Compression;
using System.Text;

namespace Dateline.Core.Stages.Resolution.Internal;

/// <summary>Reads the reference tables embedded in the assembly (generated and hand-written files under <c>Data/</c>).</summary>
internal static class EmbeddedData
{
    private const string Prefix = "Dateline.Resolution.";

    /// <summary>The data rows of a table: '#' header lines and blank lines skipped, each row split on tabs.</summary>
    /// <example><c>Rows("countries.tsv")</c> → ["AF", "AFG", "Afghanistan", …] for each country.</example>
    public static IEnumerable<string[]> Rows(string fileName)
    {
        foreach (var line in Lines(fileName))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    /// <summary>Every line of a table, gunzipped when the name ends in .gz.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded reference table '{fileName}' is missing from {assembly.GetName().Name}.");
        using var data = fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(data, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>
    /// A whole table as one string, gunzipped when the name ends in .gz: one allocation for a large table instead of one
    /// per line, for loaders that cut it into spans.
    /// </summary>
    public static string Text(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded reference table '{fileName}' is missing from {assembly.GetName().Name}.");
        using var data = fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var bytes = new MemoryStream((int)Math.Min(int.MaxValue / 2, stream.Length * 4));
        data.CopyTo(bytes, 1 << 16);
        return Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    /// <summary>Splits a '|'-separated list cell; empty cells give an empty list.</summary>
    public static string[] List(string[] row, int column) =>
        column < row.Length && row[column].Length > 0 ? row[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    /// <summary>A cell, or null when absent or empty.</summary>
    public static string? Cell(string[] row, int column) => column < row.Length && row[column].Length > 0 ? row[column] : null;
}
