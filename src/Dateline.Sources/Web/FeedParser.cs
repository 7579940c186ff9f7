using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Dateline.Sources.Web;

/// <summary>An item of a feed: where its page is and what the feed says of it.</summary>
/// <param name="Link">URL of the item's page.</param>
/// <param name="Title">Title, if given.</param>
/// <param name="Published">Publication time, if given.</param>
/// <param name="Id">The feed's id for the item (guid, atom:id), or the link.</param>
/// <param name="Summary">Description or summary text, if given.</param>
public sealed record FeedItem(string Link, string? Title, DateTimeOffset? Published, string Id, string? Summary);

/// <summary>Reads RSS 2.0 and Atom 1.0 feeds from text. A document that is neither gives null.</summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>True when <paramref name="text"/> looks like a feed (cheap test before parsing).</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The items of a feed, or null when the text is not an RSS or Atom feed.</summary>
    /// <example>&lt;rss version="2.0"&gt;&lt;channel&gt;&lt;item&gt;&lt;link&gt;…&lt;/link&gt;&lt;pubDate&gt;Sun, 08 Jan 2017 14:28:00 GMT&lt;/pubDate&gt;…</example>
    public static IReadOnlyList<FeedItem>? Parse(string text, Uri? baseUri = null)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(text, LoadOptions.None);
        }
        catch (XmlException)
        {
            return null;
        }

        var root = doc.Root;
        if (root is null)
        {
            return null;
        }

        if (root.Name.LocalName == "rss")
        {
            return root.Element("channel")?.Elements("item").Select(i => Rss(i, baseUri)).OfType<FeedItem>().ToList() ?? [];
        }

        if (root.Name == Atom + "feed")
        {
            return root.Elements(Atom + "entry").Select(e => AtomEntry(e, baseUri)).OfType<FeedItem>().ToList();
        }

        return null;
    }

    private static FeedItem? Rss(XElement item, Uri? baseUri)
    {
        var link = Absolute(item.Element("link")?.Value.Trim(), baseUri);
        var guid = item.Element("guid")?.Value.Trim();
        link ??= guid is not null && Uri.TryCreate(guid, UriKind.Absolute, out _) ? guid : null;
        if (link is null)
        {
            return null;
        }

        return new FeedItem(link, item.Element("title")?.Value.Trim(), ParseDate(item.Element("pubDate")?.Value), guid ?? link, item.Element("description")?.Value);
    }

    private static FeedItem? AtomEntry(XElement entry, Uri? baseUri)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        var link = Absolute((string?)alternate?.Attribute("href"), baseUri);
        if (link is null)
        {
            return null;
        }

        var published = ParseDate(entry.Element(Atom + "published")?.Value) ?? ParseDate(entry.Element(Atom + "updated")?.Value);
        var summary = entry.Element(Atom + "summary")?.Value ?? entry.Element(Atom + "content")?.Value;
        return new FeedItem(link, entry.Element(Atom + "title")?.Value.Trim(), published, entry.Element(Atom + "id")?.Value.Trim() ?? link, summary);
    }

    private static string? Absolute(string? href, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https")
        {
            return abs.ToString();
        }

        return baseUri is not null && Uri.TryCreate(baseUri, href, out var rel) ? rel.ToString() : null;
    }

    /// <summary>RFC 822 dates of RSS ("Sun, 08 Jan 2017 14:28:00 GMT", "+0300") and RFC 3339 of Atom.</summary>
    internal static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d))
        {
            return d;
        }

        // Named zones .NET does not know: "EST", "PDT", "UT".
        var zones = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["UT"] = "+00:00", ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
            ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        };
        var lastSpace = t.LastIndexOf(' ');
        if (lastSpace > 0 && zones.TryGetValue(t[(lastSpace + 1)..], out var offset)
            && DateTimeOffset.TryParse(t[..lastSpace] + " " + offset, CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            return d;
        }

        return null;
    }
}
