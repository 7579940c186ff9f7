using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dateline.Sources.Tests.Web;

/// <summary>A tiny HTTP server on 127.0.0.1 for tests: routes answer with status, body and headers; requests are recorded.</summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerRequest, (int Status, string Body, string ContentType, Dictionary<string, string>? Headers)>> _routes = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public int Port { get; }

    public List<(string Path, string? IfNoneMatch, string? UserAgent)> Requests { get; } = [];

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public void Route(string path, Func<HttpListenerRequest, (int, string, string, Dictionary<string, string>?)> handler) => _routes[path] = handler;

    public void Page(string path, string body, string contentType = "text/html; charset=utf-8", Dictionary<string, string>? headers = null) =>
        _routes[path] = _ => (200, body, contentType, headers);

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            var path = ctx.Request.Url!.AbsolutePath;
            lock (Requests)
            {
                Requests.Add((path, ctx.Request.Headers["If-None-Match"], ctx.Request.Headers["User-Agent"]));
            }

            var (status, body, type, headers) = _routes.TryGetValue(path, out var h) ? h(ctx.Request) : (404, "not found", "text/plain", null);
            ctx.Response.StatusCode = status;
            ctx.Response.ContentType = type;
            foreach (var (k, v) in headers ?? [])
            {
                ctx.Response.Headers[k] = v;
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            if (status != 304)
            {
                ctx.Response.ContentLength64 = bytes.Length;
                await ctx.Response.OutputStream.WriteAsync(bytes);
            }

            ctx.Response.Close();
        }
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; nothing to report.
        }

        _stop.Dispose();
    }
}
