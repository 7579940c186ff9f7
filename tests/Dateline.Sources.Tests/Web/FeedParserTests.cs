using Dateline.Sources.Web;

namespace Dateline.Sources.Tests.Web;

public sealed class FeedParserTests
{
    [Fact]
    public void Parse_Atom_ReadsAlternateLinkAndPublished()
    {
        // Given
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Caspian Daily</title>
              <entry><title>Astana talks</title><id>urn:cd:1</id>
                <link rel="alternate" href="/news/astana"/><published>2017-01-23T17:45:00Z</published><summary>Talks began.</summary></entry>
            </feed>
            """;

        // When
        var items = FeedParser.Parse(atom, new Uri("https://caspian.example/feed"));

        // Then
        var item = Assert.Single(items!);
        Assert.Equal("https://caspian.example/news/astana", item.Link);
        Assert.Equal(new DateTimeOffset(2017, 1, 23, 17, 45, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("urn:cd:1", item.Id);
    }

    [Theory]
    [InlineData("Sun, 08 Jan 2017 14:28:00 GMT", "2017-01-08T14:28:00+00:00")]
    [InlineData("Sun, 08 Jan 2017 14:28:00 +0300", "2017-01-08T14:28:00+03:00")]
    [InlineData("Sun, 08 Jan 2017 09:28:00 EST", "2017-01-08T09:28:00-05:00")]
    public void ParseDate_Rfc822_WithZones(string text, string expected)
    {
        // When
        var d = FeedParser.ParseDate(text);

        // Then
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d);
    }

    [Fact]
    public void Parse_NotAFeed_Null()
    {
        // When / Then
        Assert.Null(FeedParser.Parse("<html><body>hi</body></html>"));
        Assert.Null(FeedParser.Parse("not xml at all <"));
    }
}
