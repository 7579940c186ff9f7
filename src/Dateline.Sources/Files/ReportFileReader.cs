using System.Globalization;
using System.Text;
using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Sources.Html;

namespace Dateline.Sources.Files;

/// <summary>
/// Reads report files and folders: .txt, .md, .html/.htm, and .jsonl (one report a line: url, title, published,
/// outlet, text), each also gzip-compressed (articles.jsonl.gz). A file or line that cannot be read becomes a failure
/// result; the rest is still read.
/// </summary>
public static class ReportFileReader
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"];

    /// <summary>Reads every path; folders are walked recursively in name order, keeping known extensions.</summary>
    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(KindOf(f)))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var r in ReadFile(file))
                    {
                        yield return r;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var r in ReadFile(path))
                {
                    yield return r;
                }
            }
            else
            {
                yield return ReadResult.Fail($"{path}: no such file or folder");
            }
        }
    }

    /// <summary>Reads one file by its extension.</summary>
    public static IEnumerable<ReadResult> ReadFile(string path)
    {
        var ext = KindOf(path);
        if (!Extensions.Contains(ext))
        {
            yield return ReadResult.Fail($"{path}: unsupported file type '{ext}' (use .txt, .md, .html or .jsonl, or any of them .gz)");
            yield break;
        }

        var (text, error) = TextDecoding.ReadText(path);
        if (error is not null)
        {
            yield return ReadResult.Fail(error);
            yield break;
        }

        switch (ext)
        {
            case ".jsonl":
                foreach (var r in ReadJsonLines(path, text!))
                {
                    yield return r;
                }

                break;
            case ".html" or ".htm":
                yield return ReadResult.Ok(HtmlReportReader.Read(path, text!, url: null));
                break;
            case ".md" or ".markdown":
                yield return ReadResult.Ok(new RawReport(path, text!, ReportFormat.Markdown));
                break;
            default:
                yield return ReadResult.Ok(new RawReport(path, text!, ReportFormat.Text));
                break;
        }
    }

    /// <summary>The kind of file by its extension, a compressed file by the name inside: "articles.jsonl.gz" → ".jsonl".</summary>
    private static string KindOf(string path) =>
        Path.GetExtension(path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path).ToLowerInvariant();

    private static IEnumerable<ReadResult> ReadJsonLines(string path, string text)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var source = $"{path}:{lineNumber}";
            yield return ParseJsonLine(source, line);
        }
    }

    private static ReadResult ParseJsonLine(string source, string line)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return ReadResult.Fail($"{source}: not valid JSON ({ex.Message.Split('.')[0]})");
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Fail($"{source}: expected a JSON object");
            }

            var root = doc.RootElement;
            var body = Get(root, "text");
            if (string.IsNullOrWhiteSpace(body))
            {
                return ReadResult.Fail($"{source}: field 'text' is missing or empty");
            }

            DateTimeOffset? published = null;
            // The error names the field as the file spells it: T17 files call the publication date "time".
            var publishedField = new[] { "published", "time", "date" }.FirstOrDefault(f => Get(root, f) is not null);
            var publishedText = publishedField is null ? null : Get(root, publishedField);
            if (publishedText is not null)
            {
                if (!DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var p))
                {
                    return ReadResult.Fail($"{source}: field '{publishedField}' is not a date: '{publishedText}'");
                }

                published = p;
            }

            var id = Get(root, "id");
            return ReadResult.Ok(new RawReport(id is null ? source : $"{source} (id {id})", body, ReportFormat.Text)
            {
                Url = Get(root, "url"),
                Title = Get(root, "title"),
                Outlet = Get(root, "outlet"),
                Published = published,
            });
        }
    }

    private static string? Get(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}

/// <summary>Decodes report files: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1; binary is refused.</summary>
public static class TextDecoding
{
    /// <summary>Reads <paramref name="path"/> as text, or returns an error line naming it.</summary>
    public static (string? Text, string? Error) ReadText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Gunzip(path) : File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, $"{path}: cannot read ({ex.Message})");
        }

        return Decode(path, bytes);
    }

    // A gzip file's content; one that is not gzip throws InvalidDataException, reported as unreadable.
    private static byte[] Gunzip(string path)
    {
        using var input = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Decodes bytes; <paramref name="name"/> is used in the error.</summary>
    public static (string? Text, string? Error) Decode(string name, byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return (Encoding.Unicode.GetString(bytes).TrimStart('\uFEFF'), null);
        }

        var probe = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (probe.Contains((byte)0))
        {
            return (null, $"{name}: binary file, not text");
        }

        // A page that declares its charset (<meta charset="windows-1256">) is read in it.
        if (DeclaredEncoding(probe) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return (declared.GetString(bytes), null);
        }

        try
        {
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            return (utf8.GetString(bytes).TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8 and nothing declared: older pages are usually Windows-1252, a superset of Latin-1.
            return (EncodingByName("windows-1252")?.GetString(bytes) ?? Encoding.Latin1.GetString(bytes), null);
        }
    }

    /// <summary>The encoding an HTML head declares: &lt;meta charset="…"&gt; or http-equiv content="…; charset=…".</summary>
    internal static Encoding? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        var text = Encoding.ASCII.GetString(head);
        var m = System.Text.RegularExpressions.Regex.Match(text, @"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return m.Success ? EncodingByName(m.Groups[1].Value) : null;
    }

    /// <summary>An encoding by its web name, including the Windows code pages (Arabic windows-1256, Cyrillic windows-1251).</summary>
    internal static Encoding? EncodingByName(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
