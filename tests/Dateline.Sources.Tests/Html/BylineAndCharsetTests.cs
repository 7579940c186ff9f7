using System.Text;
using Dateline.Sources.Files;
using Dateline.Sources.Html;

namespace Dateline.Sources.Tests.Html;

public sealed class BylineAndCharsetTests
{
    [Fact]
    public void Read_JsonLdAuthor_IsTheByline()
    {
        // Given
        const string html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Roe"},{"name":"Omar Haddad"}]}</script></head>
            <body><article><p>Talks resumed in Geneva on Monday after a week's pause.</p></article></body></html>
            """;

        // When
        var raw = HtmlReportReader.Read("page.html", html, null);

        // Then
        Assert.Equal("Jane Roe, Omar Haddad", raw.Byline);
    }

    [Fact]
    public void Read_BylineElement_PrefixDropped()
    {
        // Given
        const string html = """<html><body><p class="byline">By Omar Haddad</p><article><p>Talks resumed in Geneva on Monday after a pause.</p></article></body></html>""";

        // When / Then
        Assert.Equal("Omar Haddad", HtmlReportReader.Read("page.html", html, null).Byline);
    }

    [Fact]
    public void Decode_DeclaredWindows1256_ReadsArabic()
    {
        // Given: a page declaring the Arabic Windows code page, with "سوريا" (Syria) in it
        var cp1256 = TextDecoding.EncodingByName("windows-1256")!;
        var bytes = cp1256.GetBytes("<html><head><meta charset=\"windows-1256\"></head><body><p>سوريا</p></body></html>");

        // When
        var (text, error) = TextDecoding.Decode("arabic.html", bytes);

        // Then
        Assert.Null(error);
        Assert.Contains("سوريا", text);
    }

    [Fact]
    public void Decode_UndeclaredWindows1252_CurlyQuotesSurvive()
    {
        // Given: Windows-1252 bytes for “truce” (0x93, 0x94), which are not valid UTF-8
        var bytes = new byte[] { 0x93, (byte)'t', (byte)'r', (byte)'u', (byte)'c', (byte)'e', 0x94 };

        // When
        var (text, _) = TextDecoding.Decode("old.txt", bytes);

        // Then
        Assert.Equal("“truce”", text);
        _ = Encoding.UTF8;
    }
}
