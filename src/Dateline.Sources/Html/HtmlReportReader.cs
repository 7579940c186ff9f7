using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dateline.Core.Model;

namespace Dateline.Sources.Html;

/// <summary>
/// Turns an HTML page into a text report with metadata hints: title and outlet from &lt;meta&gt;
/// (og:title, og:site_name), publication time from article:published_time, JSON-LD datePublished or
/// &lt;time datetime&gt;; the text from &lt;article&gt; (else &lt;main&gt;, else the body) without scripts,
/// navigation, headers, footers, asides and forms, one block a paragraph.
/// </summary>
public static class HtmlReportReader
{
    private static readonly string[] Chrome = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "figure"];

    /// <summary>Reads <paramref name="html"/> from <paramref name="source"/>.</summary>
    public static RawReport Read(string source, string html, string? url)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = Meta(document, "og:title") ?? (string.IsNullOrWhiteSpace(document.Title) ? null : document.Title.Trim());
        var outlet = Meta(document, "og:site_name") ?? Meta(document, "application-name");
        var published = ParseDate(Meta(document, "article:published_time") ?? Meta(document, "date") ?? Meta(document, "pubdate")
            ?? Meta(document, "dc.date") ?? JsonLdDate(document) ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        var byline = Meta(document, "author") ?? Meta(document, "article:author") ?? JsonLdAuthor(document)
            ?? NonEmpty(document.QuerySelector("[rel=author], .byline, .author, [itemprop=author]")?.TextContent);
        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var text = new StringBuilder();
        if (root is not null)
        {
            foreach (var junk in root.QuerySelectorAll(string.Join(',', Chrome)).ToList())
            {
                junk.Remove();
            }

            var blocks = root.QuerySelectorAll("p, h1, h2, h3, h4, li, blockquote, pre").Where(e => !e.Ancestors().OfType<IElement>().Any(a => a.LocalName is "p" or "li" or "blockquote"));
            var any = false;
            foreach (var block in blocks)
            {
                var t = Collapse(block.TextContent);
                if (t.Length > 0)
                {
                    text.Append(t).Append("\n\n");
                    any = true;
                }
            }

            if (!any)
            {
                text.Append(Collapse(root.TextContent));
            }
        }

        return new RawReport(source, text.ToString(), ReportFormat.Text)
        {
            Title = title,
            Outlet = outlet,
            Url = url ?? Meta(document, "og:url"),
            Published = published,
            Byline = byline is null ? null : Collapse(byline).TrimStart().RemovePrefix("By "),
        };
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? JsonLdAuthor(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindAuthor(json.RootElement) is { } name)
                {
                    return name;
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block: other metadata may still name the author.
            }
        }

        return null;
    }

    // "author": "Jane Roe" | {"name": "Jane Roe"} | [{"name": …}, …], anywhere in the graph.
    private static string? FindAuthor(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (p.NameEquals("author"))
                {
                    var names = (p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().ToList() : [p.Value])
                        .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : a.ValueKind == JsonValueKind.Object && a.TryGetProperty("name", out var n) ? n.GetString() : null)
                        .OfType<string>().ToList();
                    if (names.Count > 0)
                    {
                        return string.Join(", ", names);
                    }
                }

                if (FindAuthor(p.Value) is { } inner)
                {
                    return inner;
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                if (FindAuthor(item) is { } inner)
                {
                    return inner;
                }
            }
        }

        return null;
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content")?.Trim();
                if (!string.IsNullOrEmpty(content))
                {
                    return content;
                }
            }
        }

        return null;
    }

    private static string? JsonLdDate(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindProperty(json.RootElement, "datePublished") is { } date)
                {
                    return date;
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on the web; other metadata may still give the date.
            }
        }

        return null;
    }

    private static string? FindProperty(JsonElement e, string name)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    if (p.NameEquals(name) && p.Value.ValueKind == JsonValueKind.String)
                    {
                        return p.Value.GetString();
                    }

                    if (FindProperty(p.Value, name) is { } inner)
                    {
                        return inner;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    if (FindProperty(item, name) is { } inner)
                    {
                        return inner;
                    }
                }

                break;
        }

        return null;
    }

    private static DateTimeOffset? ParseDate(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
            }
            else
            {
                if (space)
                {
                    sb.Append(' ');
                }

                sb.Append(c);
                space = false;
            }
        }

        return sb.ToString();
    }
}

/// <summary>String helpers for page metadata.</summary>
internal static class StringPrefixExtensions
{
    /// <summary>The text without a leading <paramref name="prefix"/> (case-insensitive).</summary>
    public static string RemovePrefix(this string s, string prefix) =>
        s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? s[prefix.Length..].Trim() : s;
}
