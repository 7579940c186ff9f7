using Dateline.Core.Model;
using Dateline.Core.Stages.Cleaning;
using Dateline.Sources.Html;

namespace Dateline.Sources.Tests.Html;

public sealed class HtmlReportReaderTests
{
    private const string Lead = "Government forces and rebel groups agreed a nationwide truce on Sunday, officials said.";
    private const string Second = "The truce was brokered by Russia and Turkey and is due to be followed by talks in Astana.";

    private static readonly string Page = $$"""
        <!DOCTYPE html>
        <html><head>
          <title>Truce agreed | Levant Wire</title>
          <meta property="og:title" content="Truce agreed across Syria">
          <meta property="og:site_name" content="Levant Wire">
          <meta property="og:url" content="https://levant.example/truce">
          <meta property="article:published_time" content="2017-01-08T14:28:00+03:00">
          <script>var tracking = "Find a Security Clearance Job!";</script>
          <style>p { color: red }</style>
        </head>
        <body>
          <header><a href="/">Levant Wire</a> <nav><a>Home</a> <a>World</a> <a>Middle East</a></nav></header>
          <article>
            <h1>Truce agreed across Syria</h1>
            <p>{{Lead}}</p>
            <figure><img src="x.jpg"><figcaption>A photo caption.</figcaption></figure>
            <p>{{Second}}</p>
            <aside><p>Read more: Talks resume in Geneva</p></aside>
            <form><button>Subscribe to our newsletter</button></form>
          </article>
          <footer><p>© 2017 Levant Wire. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Read_Page_TakesTitleOutletUrlAndPublicationFromMeta()
    {
        // Given / When
        var raw = HtmlReportReader.Read("page.html", Page, url: null);

        // Then
        Assert.Equal("Truce agreed across Syria", raw.Title);
        Assert.Equal("Levant Wire", raw.Outlet);
        Assert.Equal("https://levant.example/truce", raw.Url);
        Assert.Equal(new DateTimeOffset(2017, 1, 8, 11, 28, 0, TimeSpan.Zero), raw.Published);
        Assert.Equal("page.html", raw.Source);
        Assert.Equal(ReportFormat.Text, raw.Format);
    }

    [Fact]
    public void Read_GivenUrl_WinsOverOgUrl()
    {
        // Given / When
        var raw = HtmlReportReader.Read("page.html", Page, url: "https://mirror.example/truce");

        // Then
        Assert.Equal("https://mirror.example/truce", raw.Url);
    }

    [Fact]
    public void Read_Page_KeepsArticleParagraphsAndDropsChrome()
    {
        // Given / When
        var raw = HtmlReportReader.Read("page.html", Page, url: null);

        // Then
        Assert.Equal($"Truce agreed across Syria\n\n{Lead}\n\n{Second}\n\n", raw.Body);
        foreach (var chrome in new[] { "Home", "tracking", "color", "caption", "Read more", "Subscribe", "rights reserved" })
        {
            Assert.DoesNotContain(chrome, raw.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_ThenClean_GivesTheStoryWithTheMetadata()
    {
        // Given
        var raw = HtmlReportReader.Read("page.html", Page, url: null);

        // When
        var report = new CleaningStage().Clean(raw).Report;

        // Then
        Assert.Equal($"{Lead}\n\n{Second}", report.Text);
        Assert.Equal("Truce agreed across Syria", report.Title);
        Assert.Equal("Levant Wire", report.Outlet);
    }

    [Fact]
    public void Read_JsonLdDatePublished_IsThePublicationTime()
    {
        // Given a date only in a JSON-LD graph
        const string html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2017-01-09T08:00:00Z"}]}
            </script></head><body><p>Text.</p></body></html>
            """;

        // When
        var raw = HtmlReportReader.Read("ld.html", html, null);

        // Then
        Assert.Equal(new DateTimeOffset(2017, 1, 9, 8, 0, 0, TimeSpan.Zero), raw.Published);
    }

    [Fact]
    public void Read_BrokenJsonLd_FallsBackToTimeElement()
    {
        // Given
        const string html = """
            <html><head><script type="application/ld+json">{"datePublished": </script></head>
            <body><article><time datetime="2017-01-10">10 January</time><p>Text.</p></article></body></html>
            """;

        // When
        var raw = HtmlReportReader.Read("time.html", html, null);

        // Then
        Assert.Equal(new DateTimeOffset(2017, 1, 10, 0, 0, 0, TimeSpan.Zero), raw.Published);
    }

    [Fact]
    public void Read_NoDateAnywhere_PublishedNull()
    {
        // Given / When
        var raw = HtmlReportReader.Read("x.html", "<html><head><title> Plain page </title></head><body><p>Text.</p></body></html>", null);

        // Then
        Assert.Null(raw.Published);
        Assert.Equal("Plain page", raw.Title);
        Assert.Null(raw.Outlet);
    }

    [Fact]
    public void Read_NoArticle_UsesMainOverTheRestOfTheBody()
    {
        // Given
        const string html = "<html><body><div><p>Sidebar text.</p></div><main><p>Main story.</p></main></body></html>";

        // When
        var raw = HtmlReportReader.Read("main.html", html, null);

        // Then
        Assert.Equal("Main story.\n\n", raw.Body);
    }

    [Fact]
    public void Read_NoBlockElements_TakesTheCollapsedText()
    {
        // Given
        const string html = "<html><body><div>Rebels   attacked\n the town.</div></body></html>";

        // When
        var raw = HtmlReportReader.Read("div.html", html, null);

        // Then
        Assert.Equal("Rebels attacked the town.", raw.Body);
    }

    [Fact]
    public void Read_NestedBlocks_AreNotRepeated()
    {
        // Given a list item that holds a paragraph
        const string html = "<html><body><article><ul><li><p>Only once.</p></li></ul><blockquote><p>Quoted once.</p></blockquote></article></body></html>";

        // When
        var raw = HtmlReportReader.Read("nested.html", html, null);

        // Then
        Assert.Equal("Only once.\n\nQuoted once.\n\n", raw.Body);
    }
}
