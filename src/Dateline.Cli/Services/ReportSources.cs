using Dateline.Sources.Files;
using Dateline.Sources.Web;
using Dateline.Storage;

namespace Dateline.Cli.Services;

/// <summary>Turns the command line's paths and URLs into one stream of reports.</summary>
internal static class ReportSources
{
    public static IEnumerable<ReadResult> Read(IEnumerable<string> pathsOrUrls, IEventStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        WebSource? web = null;
        foreach (var item in pathsOrUrls)
        {
            if (!WebSource.IsUrl(item))
            {
                foreach (var r in ReportFileReader.Read([item]))
                {
                    yield return r;
                }

                continue;
            }

            web ??= new WebSource(new HttpFetcher(SharedHttp.Client, new FetchOptions(), clock), new StoreFetchLog(store, clock));
            foreach (var r in web.ReadAsync(item, cancellationToken).ToBlockingEnumerable(cancellationToken))
            {
                yield return r;
            }
        }
    }

    private static class SharedHttp
    {
        // One client for the process: sockets are pooled, redirects followed, decompression on.
        public static readonly HttpClient Client = new(new SocketsHttpHandler
        {
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    private sealed class StoreFetchLog(IEventStore store, TimeProvider clock) : IFetchLog
    {
        public FetchState? Get(string url) => store.GetFetch(url) is { } f ? new FetchState(url, f.ETag, f.LastModified) : null;

        public void Save(FetchState state) => store.SaveFetch(state.Url, state.ETag, state.LastModified, clock.GetUtcNow());
    }
}
