using Dateline.Sources.Web;

namespace Dateline.Sources.Tests.Web;

public sealed class WebSourceTests : IDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly HttpClient _client = new();

    private sealed class MemoryLog : IFetchLog
    {
        public Dictionary<string, FetchState> States { get; } = [];

        public FetchState? Get(string url) => States.GetValueOrDefault(url);

        public void Save(FetchState state) => States[state.Url] = state;
    }

    private WebSource Source(MemoryLog log) =>
        new(new HttpFetcher(_client, new FetchOptions { Retries = 0, BaseDelay = TimeSpan.Zero }), log);

    private string Feed() => $"""
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Levant Wire</title>
          <item><title>Talks open</title><link>{_server.Url("/one")}</link><pubDate>Mon, 23 Jan 2017 09:00:00 GMT</pubDate></item>
          <item><title>Talks close</title><link>{_server.Url("/two")}</link><pubDate>Tue, 24 Jan 2017 16:20:00 +0000</pubDate></item>
        </channel></rss>
        """;

    [Fact]
    public async Task ReadAsync_Feed_YieldsEachItemPageWithFeedDate()
    {
        // Given
        _server.Page("/feed", Feed(), "application/rss+xml");
        _server.Page("/one", "<html><head><title>Talks open</title></head><body><article><p>Delegations met in Astana on Monday to open talks.</p></article></body></html>");
        _server.Page("/two", "<html><body><article><p>The talks in Astana ended on Tuesday with a joint statement.</p></article></body></html>");

        // When
        var results = await Source(new MemoryLog()).ReadAsync(_server.Url("/feed")).ToListAsync();

        // Then
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.NotNull(r.Report));
        Assert.Equal(new DateTimeOffset(2017, 1, 23, 9, 0, 0, TimeSpan.Zero), results[0].Report!.Published);
        Assert.Equal("Talks close", results[1].Report!.Title);
        Assert.Contains("ended on Tuesday", results[1].Report!.Body);
    }

    [Fact]
    public async Task ReadAsync_SecondPoll_FetchesNoItemTwice()
    {
        // Given
        _server.Page("/feed", Feed(), "application/rss+xml");
        _server.Page("/one", "<html><body><p>One one one one one one one one.</p></body></html>");
        _server.Page("/two", "<html><body><p>Two two two two two two two two.</p></body></html>");
        var log = new MemoryLog();
        var source = Source(log);
        await source.ReadAsync(_server.Url("/feed")).ToListAsync();

        // When
        var again = await source.ReadAsync(_server.Url("/feed")).ToListAsync();

        // Then
        Assert.Empty(again);
        Assert.Equal(1, _server.Requests.Count(r => r.Path == "/one"));
    }

    [Fact]
    public async Task ReadAsync_ItemFails_OthersStillRead()
    {
        // Given: /one is missing
        _server.Page("/feed", Feed(), "application/rss+xml");
        _server.Page("/two", "<html><body><p>Two two two two two two two two.</p></body></html>");

        // When
        var results = await Source(new MemoryLog()).ReadAsync(_server.Url("/feed")).ToListAsync();

        // Then
        Assert.Equal(2, results.Count);
        Assert.Contains("404", results[0].Error);
        Assert.NotNull(results[1].Report);
    }

    public void Dispose()
    {
        _server.Dispose();
        _client.Dispose();
    }
}
