using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dateline.Sources.Files;
using Polly;
using Polly.Retry;

namespace Dateline.Sources.Web;

/// <summary>Options of fetching over HTTP; validated once.</summary>
public sealed class FetchOptions
{
    /// <summary>Time allowed for one attempt.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest body read; a larger one is refused.</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Retries after the first attempt, for transient failures (5xx, 408, 429, network errors, timeouts).</summary>
    public int Retries { get; init; } = 3;

    /// <summary>First retry delay; doubles with jitter after.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The User-Agent header: says what is asking.</summary>
    public string UserAgent { get; init; } = "Dateline/0.1 (conflict news timeline builder; offline-first)";

    /// <summary>Throws when an option is out of range.</summary>
    public FetchOptions Validate()
    {
        if (Timeout <= TimeSpan.Zero || MaxBytes < 1 || Retries < 0 || BaseDelay < TimeSpan.Zero || string.IsNullOrWhiteSpace(UserAgent))
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), "fetch options out of range");
        }

        return this;
    }
}

/// <summary>What a previous fetch of a URL returned, for conditional requests.</summary>
/// <param name="Url">The URL.</param>
/// <param name="ETag">Its ETag, if the server gave one.</param>
/// <param name="LastModified">Its Last-Modified, if the server gave one.</param>
public sealed record FetchState(string Url, string? ETag, string? LastModified);

/// <summary>The outcome of a fetch: a body, "not modified", or an error line naming the URL and status.</summary>
public sealed record FetchResult(string Url, int Status, string? Body, string? ContentType, FetchState? State, bool NotModified, string? Error)
{
    /// <summary>True when a body was fetched.</summary>
    public bool Ok => Body is not null;
}

/// <summary>
/// Fetches pages and feeds over HTTP: a timeout per attempt, retries with exponential backoff and jitter for
/// transient failures (Polly), a size cap, a clear User-Agent and conditional requests (ETag / Last-Modified).
/// Failures are results with a reason, never exceptions.
/// </summary>
public sealed class HttpFetcher
{
    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates a fetcher over <paramref name="client"/>.</summary>
    public HttpFetcher(HttpClient client, FetchOptions? options = null, TimeProvider? time = null)
    {
        _client = client;
        _options = (options ?? new FetchOptions()).Validate();
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time ?? TimeProvider.System }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, _options.Retries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.BaseDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TaskCanceledException>(e => e.InnerException is TimeoutException)
                    .Handle<TimeoutException>()
                    .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests),
            })
            .Build();
        if (_options.Retries == 0)
        {
            _pipeline = ResiliencePipeline<HttpResponseMessage>.Empty;
        }
    }

    /// <summary>Fetches <paramref name="url"/>, conditionally when <paramref name="previous"/> is given.</summary>
    public async Task<FetchResult> FetchAsync(string url, FetchState? previous, CancellationToken cancellationToken = default)
    {
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(async ct =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.UserAgent.ParseAdd(_options.UserAgent);
                request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5");
                if (previous?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
                {
                    request.Headers.IfNoneMatch.Add(tag);
                }

                if (previous?.LastModified is { } lm && DateTimeOffset.TryParse(lm, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
                {
                    request.Headers.IfModifiedSince = since;
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(_options.Timeout);
                try
                {
                    return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    throw new TimeoutException($"no answer within {_options.Timeout.TotalSeconds:0} s");
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or InvalidOperationException or UriFormatException)
        {
            return new FetchResult(url, 0, null, null, null, false, $"{url}: {ex.Message}");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(url, status, null, null, previous, true, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                return new FetchResult(url, status, null, null, null, false, $"{url}: HTTP {status} {response.ReasonPhrase}");
            }

            if (response.Content.Headers.ContentLength > _options.MaxBytes)
            {
                return new FetchResult(url, status, null, null, null, false, $"{url}: {response.Content.Headers.ContentLength} bytes is over the {_options.MaxBytes}-byte cap");
            }

            var bytes = await ReadCapped(response.Content, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                return new FetchResult(url, status, null, null, null, false, $"{url}: body over the {_options.MaxBytes}-byte cap");
            }

            var contentType = response.Content.Headers.ContentType?.MediaType;
            var (text, error) = Decode(url, bytes, response.Content.Headers.ContentType?.CharSet);
            if (error is not null)
            {
                return new FetchResult(url, status, null, contentType, null, false, error);
            }

            var state = new FetchState(url, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
            return new FetchResult(url, status, text, contentType, state, false, null);
        }
    }

    private async Task<byte[]?> ReadCapped(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static (string? Text, string? Error) Decode(string url, byte[] bytes, string? charset)
    {
        if (charset is not null)
        {
            // An unknown charset name falls back to detection.
            if (TextDecoding.EncodingByName(charset.Trim('"')) is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage)
            {
                return (encoding.GetString(bytes), null);
            }
        }

        return TextDecoding.Decode(url, bytes);
    }
}
