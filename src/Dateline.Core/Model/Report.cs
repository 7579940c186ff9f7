using System.Security.Cryptography;
using System.Text;

namespace Dateline.Core.Model;

/// <summary>The form a report arrives in, which decides how it is cleaned.</summary>
public enum ReportFormat
{
    /// <summary>Plain text, possibly with site chrome around the story.</summary>
    Text,
    /// <summary>Markdown.</summary>
    Markdown,
    /// <summary>An HTML page.</summary>
    Html,
}

/// <summary>A report as a reader found it, before cleaning: the raw body plus whatever metadata came with it.</summary>
/// <param name="Source">Where it came from (a file path, <c>file.jsonl:12</c>, a URL): used in messages.</param>
/// <param name="Body">The raw text, Markdown or HTML.</param>
/// <param name="Format">How to clean <paramref name="Body"/>.</param>
public sealed record RawReport(string Source, string Body, ReportFormat Format)
{
    /// <summary>Title given by the container (JSON Lines, a feed), if any.</summary>
    public string? Title { get; init; }

    /// <summary>Outlet given by the container or the user.</summary>
    public string? Outlet { get; init; }

    /// <summary>URL of the report, if known.</summary>
    public string? Url { get; init; }

    /// <summary>Publication time given by the container or the user; overrides what cleaning finds.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Author(s) given by the page's metadata, if any.</summary>
    public string? Byline { get; init; }

    /// <summary>
    /// The country the feed covers (ISO 3166-1 alpha-2), when the container says so: a country's situation reports or an
    /// ACLED export know their country, and it settles which of several same-named places is meant ("Shahrak", AF).
    /// </summary>
    public string? Country { get; init; }
}

/// <summary>
/// A cleaned report: the text events are extracted from, and its metadata. <see cref="Text"/> is the text that
/// every character offset in Dateline refers to.
/// </summary>
public sealed record Report
{
    /// <summary>Stable id derived from the content hash (first 12 hex digits).</summary>
    public required string Id { get; init; }

    /// <summary>SHA-256 of the cleaned text, hex: ingest is idempotent by it.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The cleaned story text (boilerplate removed).</summary>
    public required string Text { get; init; }

    /// <summary>Where the report was read from.</summary>
    public required string Source { get; init; }

    /// <summary>Headline, if found.</summary>
    public string? Title { get; init; }

    /// <summary>Publishing outlet ("Press TV", "Reuters"), if found.</summary>
    public string? Outlet { get; init; }

    /// <summary>URL, if known.</summary>
    public string? Url { get; init; }

    /// <summary>Publication time: the anchor for news deixis. Null when none could be found.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Author(s) as the page or the header gives them ("Jane Roe"), if found.</summary>
    public string? Byline { get; init; }

    /// <summary>The country the feed covers (ISO alpha-2), when the container gave one; otherwise the text decides.</summary>
    public string? Country { get; init; }

    /// <summary>Language code; English only for now.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Computes the content hash of a cleaned text.</summary>
    public static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
