using System.Globalization;
using System.Text;

namespace Dateline.Sources.Datasets;

/// <summary>Opens dataset files as text and does the checks every format shares.</summary>
internal static class DatasetInput
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Opens a file for streaming; the error names the file when it cannot be opened.</summary>
    public static (Stream? Stream, string? Error) OpenFile(string path)
    {
        try
        {
            return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, $"{path}: cannot open: {ex.Message}");
        }
    }

    /// <summary>
    /// Reads a file with a stream reader: opens it, streams the results, closes it; a file that cannot be opened is one
    /// failure naming it.
    /// </summary>
    public static IEnumerable<T> ReadFile<T>(string path, Func<Stream, string, IEnumerable<T>> read, Func<string, T> fail)
    {
        var (stream, error) = OpenFile(path);
        if (stream is null)
        {
            yield return fail(error!);
            yield break;
        }

        using (stream)
        {
            foreach (var r in read(stream, path))
            {
                yield return r;
            }
        }
    }

    /// <summary>
    /// A text reader over <paramref name="stream"/> (UTF-8, or UTF-16/32 by byte-order mark), or an error when the
    /// start of a seekable stream holds NUL bytes without a UTF-16 mark: a binary file, reported once, not per line.
    /// </summary>
    public static (TextReader? Reader, string? Error) OpenText(Stream stream, string source)
    {
        if (stream.CanSeek)
        {
            var head = new byte[4096];
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Seek(-n, SeekOrigin.Current);
            var bom = n >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
            if (!bom && head.AsSpan(0, n).IndexOf((byte)0) >= 0)
            {
                return (null, $"{source}: binary file (NUL bytes in the first {n.ToString(CultureInfo.InvariantCulture)} bytes), not a text export");
            }
        }

        return (new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), null);
    }

    /// <summary>Parses an optional invariant-culture double; empty is null, junk is an error.</summary>
    public static bool TryDouble(string text, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            value = d;
            return true;
        }

        return false;
    }

    /// <summary>Parses an optional integer, accepting R's "12.0" and "12"; empty is null.</summary>
    public static bool TryInt(string text, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
        {
            value = i;
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue)
        {
            value = (int)d;
            return true;
        }

        return false;
    }

    /// <summary>The text, or null when it is empty or blank.</summary>
    public static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
