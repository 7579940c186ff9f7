using Dateline.Core.Model;
using Dateline.Sources.Files;
using Dateline.Sources.Html;

namespace Dateline.Sources.Web;

/// <summary>Remembers what was fetched: states for conditional requests, and which feed items were taken.</summary>
public interface IFetchLog
{
    /// <summary>The state of the last successful fetch of <paramref name="url"/>, or null.</summary>
    FetchState? Get(string url);

    /// <summary>Records a successful fetch.</summary>
    void Save(FetchState state);
}

/// <summary>
/// Reads reports from URLs: a page becomes a report; a feed (RSS 2.0 or Atom) yields its items' pages. Items
/// already fetched are not fetched again, and an unchanged feed (304) yields nothing: polling never ingests twice.
/// </summary>
public sealed class WebSource(HttpFetcher fetcher, IFetchLog log)
{
    /// <summary>True for an http(s) URL.</summary>
    public static bool IsUrl(string s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var u) && u.Scheme is "http" or "https";

    /// <summary>Reads a page or a feed at <paramref name="url"/>.</summary>
    public async IAsyncEnumerable<ReadResult> ReadAsync(string url, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var result = await fetcher.FetchAsync(url, log.Get(url), cancellationToken).ConfigureAwait(false);
        if (result.NotModified)
        {
            yield break;
        }

        if (!result.Ok)
        {
            yield return ReadResult.Fail(result.Error!);
            yield break;
        }

        var items = FeedParser.LooksLikeFeed(result.Body!) ? FeedParser.Parse(result.Body!, new Uri(url)) : null;
        if (items is null)
        {
            log.Save(result.State!);
            yield return ToReport(url, result, null);
            yield break;
        }

        foreach (var item in items)
        {
            if (log.Get(item.Link) is not null)
            {
                continue;
            }

            var page = await fetcher.FetchAsync(item.Link, null, cancellationToken).ConfigureAwait(false);
            if (!page.Ok)
            {
                yield return ReadResult.Fail(page.Error ?? $"{item.Link}: not fetched");
                continue;
            }

            log.Save(page.State!);
            yield return ToReport(item.Link, page, item);
        }

        // The feed's state is saved last: a run killed halfway fetches the rest next time.
        log.Save(result.State!);
    }

    private static ReadResult ToReport(string url, FetchResult page, FeedItem? item)
    {
        var isHtml = page.ContentType is null or "text/html" or "application/xhtml+xml" || page.Body!.TrimStart().StartsWith('<');
        var raw = isHtml
            ? HtmlReportReader.Read(url, page.Body!, url)
            : new RawReport(url, page.Body!, ReportFormat.Text) { Url = url };
        return ReadResult.Ok(raw with
        {
            Title = raw.Title ?? item?.Title,
            Published = raw.Published ?? item?.Published,
        });
    }
}
