using System.Globalization;
using System.Text;

namespace Dateline.Core.Export;

/// <summary>RFC 4180 cell writing with spreadsheet formula-injection neutralization.</summary>
internal static class CsvCells
{
    /// <summary>
    /// A cell as written: text starting with = + - @ (or a tab/CR, or the ' used for neutralizing) gets a leading
    /// <c>'</c> so a spreadsheet does not run it ("=HYPERLINK(…)" → "'=HYPERLINK(…)"); plain numbers such as
    /// "-77.0083" are left alone so ACLED tooling still reads coordinates. Quoted when it holds , " or a line break.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (NeedsNeutralizing(value))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Reverses <see cref="Cell"/>'s neutralization on a read value ("'=1+2" → "=1+2").</summary>
    public static string Unneutralize(string value) =>
        value.Length >= 2 && value[0] == '\'' && NeedsNeutralizing(value[1..]) ? value[1..] : value;

    private static bool NeedsNeutralizing(string value) =>
        value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\''
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    public static void WriteRow(TextWriter writer, IEnumerable<string?> cells)
    {
        var first = true;
        var line = new StringBuilder();
        foreach (var c in cells)
        {
            if (!first)
            {
                line.Append(',');
            }

            first = false;
            line.Append(Cell(c));
        }

        line.Append("\r\n");
        writer.Write(line.ToString());
    }
}
