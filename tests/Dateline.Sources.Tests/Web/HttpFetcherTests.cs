using Dateline.Sources.Web;

namespace Dateline.Sources.Tests.Web;

public sealed class HttpFetcherTests : IDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly HttpClient _client = new();

    private HttpFetcher Fetcher(int retries = 2, long maxBytes = 1_000_000) =>
        new(_client, new FetchOptions { Retries = retries, BaseDelay = TimeSpan.Zero, MaxBytes = maxBytes, Timeout = TimeSpan.FromSeconds(10) });

    [Fact]
    public async Task FetchAsync_Page_ReturnsBodyAndSendsUserAgent()
    {
        // Given
        _server.Page("/a", "<html><body><p>Hello.</p></body></html>");

        // When
        var r = await Fetcher().FetchAsync(_server.Url("/a"), null);

        // Then
        Assert.True(r.Ok);
        Assert.Contains("Hello.", r.Body);
        Assert.StartsWith("Dateline/", _server.Requests.Single().UserAgent);
    }

    [Fact]
    public async Task FetchAsync_TransientErrorThenSuccess_Retries()
    {
        // Given: the first two answers are 503
        var calls = 0;
        _server.Route("/flaky", _ => ++calls <= 2 ? (503, "busy", "text/plain", null) : (200, "ok now", "text/plain", null));

        // When
        var r = await Fetcher(retries: 3).FetchAsync(_server.Url("/flaky"), null);

        // Then
        Assert.True(r.Ok);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task FetchAsync_NotFound_ErrorNamesUrlAndStatus()
    {
        // When
        var r = await Fetcher().FetchAsync(_server.Url("/missing"), null);

        // Then
        Assert.False(r.Ok);
        Assert.Contains("/missing", r.Error);
        Assert.Contains("404", r.Error);
        Assert.Single(_server.Requests); // a 404 is not retried
    }

    [Fact]
    public async Task FetchAsync_BodyOverCap_Refused()
    {
        // Given
        _server.Page("/big", new string('x', 5000), "text/plain");

        // When
        var r = await Fetcher(maxBytes: 1000).FetchAsync(_server.Url("/big"), null);

        // Then
        Assert.False(r.Ok);
        Assert.Contains("cap", r.Error);
    }

    [Fact]
    public async Task FetchAsync_ETagKnown_SendsIfNoneMatchAndGetsNotModified()
    {
        // Given
        _server.Route("/feed", req => req.Headers["If-None-Match"] == "\"v1\""
            ? (304, "", "application/rss+xml", null)
            : (200, "<rss/>", "application/rss+xml", new Dictionary<string, string> { ["ETag"] = "\"v1\"" }));
        var first = await Fetcher().FetchAsync(_server.Url("/feed"), null);

        // When
        var second = await Fetcher().FetchAsync(_server.Url("/feed"), first.State);

        // Then
        Assert.Equal("\"v1\"", first.State!.ETag);
        Assert.True(second.NotModified);
        Assert.Equal("\"v1\"", _server.Requests[1].IfNoneMatch);
    }

    [Fact]
    public async Task FetchAsync_NothingListening_ErrorNotException()
    {
        // Given: a port with no server
        var url = _server.Url("/x").Replace($":{_server.Port}", ":9", StringComparison.Ordinal);

        // When
        var r = await Fetcher(retries: 0).FetchAsync(url, null);

        // Then
        Assert.False(r.Ok);
        Assert.Contains("127.0.0.1:9", r.Error);
    }

    public void Dispose()
    {
        _server.Dispose();
        _client.Dispose();
    }
}
