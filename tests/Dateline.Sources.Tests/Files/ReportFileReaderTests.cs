using System.Text;
using Dateline.Core.Model;
using Dateline.Sources.Files;

namespace Dateline.Sources.Tests.Files;

public sealed class ReportFileReaderTests : IDisposable
{
    private const string Story = "Government forces and rebel groups agreed a nationwide truce on Sunday, officials said.";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_TextFile_IsATextReportNamedByItsPath()
    {
        // Given
        var path = Write("story.txt", Story);

        // When
        var result = Assert.Single(ReportFileReader.Read([path]));

        // Then
        Assert.Null(result.Error);
        Assert.Equal(new RawReport(path, Story, ReportFormat.Text), result.Report);
    }

    [Theory]
    [InlineData("story.md")]
    [InlineData("story.markdown")]
    [InlineData("STORY.MD")]
    public void Read_MarkdownFile_IsMarkdown(string name)
    {
        // Given
        var path = Write(name, "# Truce\n\n" + Story);

        // When
        var result = Assert.Single(ReportFileReader.Read([path]));

        // Then
        Assert.Equal(ReportFormat.Markdown, result.Report!.Format);
    }

    [Fact]
    public void Read_HtmlFile_IsConvertedToTextWithMetadata()
    {
        // Given
        var path = Write("page.html", $"""
            <html><head><meta property="og:site_name" content="Levant Wire"></head>
            <body><nav>Home World</nav><article><p>{Story}</p></article></body></html>
            """);

        // When
        var report = Assert.Single(ReportFileReader.Read([path])).Report!;

        // Then
        Assert.Equal(ReportFormat.Text, report.Format);
        Assert.Equal("Levant Wire", report.Outlet);
        Assert.Equal(Story, report.Body.Trim());
    }

    [Fact]
    public void Read_Folder_WalksSubfoldersInNameOrderAndSkipsOtherFiles()
    {
        // Given
        Write("b.txt", Story);
        Write("a.md", Story);
        Directory.CreateDirectory(_dir.File("sub"));
        Write(Path.Combine("sub", "c.htm"), $"<p>{Story}</p>");
        Write("notes.pdf", "not a report");
        Write("data.json", "{}");

        // When
        var results = ReportFileReader.Read([_dir.Path]).ToList();

        // Then
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(["a.md", "b.txt", Path.Combine("sub", "c.htm")], results.Select(r => Path.GetRelativePath(_dir.Path, r.Report!.Source)));
    }

    [Fact]
    public void Read_MissingPath_FailsNamingItAndGoesOn()
    {
        // Given
        var missing = _dir.File("missing.txt");
        var good = Write("good.txt", Story);

        // When
        var results = ReportFileReader.Read([missing, good]).ToList();

        // Then
        Assert.Equal(2, results.Count);
        Assert.Equal($"{missing}: no such file or folder", results[0].Error);
        Assert.Null(results[0].Report);
        Assert.NotNull(results[1].Report);
    }

    [Fact]
    public void ReadFile_UnsupportedExtension_Fails()
    {
        // Given
        var path = Write("story.docx", Story);

        // When
        var result = Assert.Single(ReportFileReader.ReadFile(path));

        // Then
        Assert.StartsWith($"{path}: unsupported file type '.docx'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BinaryFile_IsRefused()
    {
        // Given a file with NUL bytes but a report extension
        var path = _dir.File("image.txt");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]);

        // When
        var result = Assert.Single(ReportFileReader.Read([path]));

        // Then
        Assert.Null(result.Report);
        Assert.Equal($"{path}: binary file, not text", result.Error);
    }

    [Fact]
    public void Read_Latin1File_IsDecoded()
    {
        // Given a Latin-1 file (not valid UTF-8)
        var path = _dir.File("latin1.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("Le café de la place a été bombardé à Alep."));

        // When
        var report = Assert.Single(ReportFileReader.Read([path])).Report!;

        // Then
        Assert.Equal("Le café de la place a été bombardé à Alep.", report.Body);
    }

    [Fact]
    public void Read_JsonLines_MapsFields()
    {
        // Given
        var path = Write("reports.jsonl",
            """{"id":"r-1","url":"https://example.test/1","title":"Truce agreed","outlet":"Levant Wire","published":"2017-01-08T14:28:00Z","text":"Story one."}""");

        // When
        var report = Assert.Single(ReportFileReader.Read([path])).Report!;

        // Then
        Assert.Equal($"{path}:1 (id r-1)", report.Source);
        Assert.Equal("https://example.test/1", report.Url);
        Assert.Equal("Truce agreed", report.Title);
        Assert.Equal("Levant Wire", report.Outlet);
        Assert.Equal(new DateTimeOffset(2017, 1, 8, 14, 28, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("Story one.", report.Body);
        Assert.Equal(ReportFormat.Text, report.Format);
    }

    [Fact]
    public void Read_JsonLinesWithABadLineInTheMiddle_ReadsTheGoodLinesAndNamesFileAndLine()
    {
        // Given
        var path = Write("reports.jsonl", string.Join("\n",
            """{"text":"Story one."}""",
            """{"text": "Story two" """,
            """{"text":"Story three."}"""));

        // When
        var results = ReportFileReader.Read([path]).ToList();

        // Then
        Assert.Equal(3, results.Count);
        Assert.Equal("Story one.", results[0].Report!.Body);
        Assert.Null(results[1].Report);
        Assert.StartsWith($"{path}:2: not valid JSON", results[1].Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', results[1].Error!);
        Assert.Equal("Story three.", results[2].Report!.Body);
        Assert.Equal($"{path}:3", results[2].Report!.Source);
    }

    [Fact]
    public void Read_GzippedJsonLines_ReadsEachLine()
    {
        // Given: a T17-style articles file, compressed
        var path = Path.Combine(Path.GetDirectoryName(Write("x.txt", "x"))!, "articles.jsonl.gz");
        using (var gz = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        {
            gz.Write(System.Text.Encoding.UTF8.GetBytes("{\"id\":\"1\",\"time\":\"2012-05-26\",\"text\":\"Troops shelled Taldou .\"}\n{\"id\":\"2\",\"time\":\"2012-05-27\",\"text\":\"Talks began .\"}\n"));
        }

        // When
        var results = ReportFileReader.Read([path]).ToList();

        // Then
        Assert.Equal(2, results.Count(r => r.Report is not null));
        Assert.Equal(new DateTimeOffset(2012, 5, 26, 0, 0, 0, TimeSpan.Zero), results[0].Report!.Published);
    }

    [Fact]
    public void Read_GzNameOnPlainText_OneErrorNamingTheFile()
    {
        // Given: a file named .gz that is not compressed
        var path = Write("broken.jsonl.gz", "{\"text\":\"x\"}");

        // When
        var result = Assert.Single(ReportFileReader.Read([path]));

        // Then
        Assert.StartsWith($"{path}: cannot read", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"title":"no text"}""", "field 'text' is missing or empty")]
    [InlineData("""{"text":"   "}""", "field 'text' is missing or empty")]
    [InlineData("""["text"]""", "expected a JSON object")]
    [InlineData("""{"text":"Story.","published":"last Sunday"}""", "field 'published' is not a date: 'last Sunday'")]
    [InlineData("""{"id":"7","time":"soon","text":"Story."}""", "field 'time' is not a date: 'soon'")]
    public void Read_JsonLineWithBadContent_FailsWithReason(string line, string reason)
    {
        // Given
        var path = Write("bad.jsonl", line);

        // When
        var result = Assert.Single(ReportFileReader.Read([path]));

        // Then
        Assert.Equal($"{path}:1: {reason}", result.Error);
    }

    [Fact]
    public void Read_JsonLinesWithBlankLinesAndCrLf_KeepsLineNumbers()
    {
        // Given
        var path = Write("crlf.jsonl", "{\"text\":\"One.\"}\r\n\r\n{\"text\":\"Three.\"}\r\n");

        // When
        var results = ReportFileReader.Read([path]).ToList();

        // Then
        Assert.Equal([$"{path}:1", $"{path}:3"], results.Select(r => r.Report!.Source));
    }

    private string Write(string name, string content)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, content);
        return path;
    }
}
