using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlanPress.Testing;

/// <summary>
/// A real Kestrel server on a free loopback port, serving what each test tells it to: files with an
/// ETag that answer 304 to a matching If-None-Match, and the ways a shared link goes wrong.
/// </summary>
public sealed class WorkbookServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);

    private WorkbookServer(WebApplication app) => _app = app;

    /// <summary>Requests received, by path, and how many were answered 304 Not Modified.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public int NotModified { get; private set; }

    /// <summary>The most requests the server was answering at one time.</summary>
    public int MostAtOnce => _most;

    /// <summary>How long the server takes over each answer (none unless set): long enough, requests overlap.</summary>
    public TimeSpan Delay { get; set; }

    private int _now;
    private int _most;

    public Uri Address { get; private set; } = null!;

    public static async Task<WorkbookServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new WorkbookServer(app);
        app.Run(async context =>
        {
            server.Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            var now = Interlocked.Increment(ref server._now);
            for (var most = server._most; now > most && Interlocked.CompareExchange(ref server._most, now, most) != most; most = server._most)
            {
            }

            try
            {
                await Task.Delay(server.Delay).ConfigureAwait(false);
                await (server._routes.TryGetValue(context.Request.Path, out var route)
                    ? route(context)
                    : Answer(context, 404, "text/plain", "not found"u8.ToArray())).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref server._now);
            }
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetService(typeof(IServer)) is IServer s ? s.Features.Get<IServerAddressesFeature>()!.Addresses.First() : throw new InvalidOperationException("No server");
        server.Address = new Uri(address);
        return server;
    }

    public Uri Url(string pathAndQuery) => new(Address, pathAndQuery);

    /// <summary>Serves a file's bytes with an ETag of their version; a request with that ETag gets 304.</summary>
    public void File(string path, Func<byte[]> content, string version = "1")
    {
        _routes[path] = context =>
        {
            var etag = $"\"{version}\"";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                NotModified++;
                context.Response.StatusCode = 304;
                return Task.CompletedTask;
            }

            context.Response.Headers.ETag = etag;
            return Answer(context, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content());
        };
    }

    public void Status(string path, int status) => _routes[path] = context => Answer(context, status, "text/plain", "no"u8.ToArray());

    public void Page(string path, string html) => _routes[path] = context => Answer(context, 200, "text/html", System.Text.Encoding.UTF8.GetBytes(html));

    public void Redirect(string path, string to) => _routes[path] = context =>
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = to;
        return Task.CompletedTask;
    };

    /// <summary>Sends headers, then waits before the body: a server that stops answering.</summary>
    public void Slow(string path, TimeSpan delay) => _routes[path] = async context =>
    {
        context.Response.StatusCode = 200;
        await context.Response.StartAsync().ConfigureAwait(false);
        await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
    };

    /// <summary>A body of the given size, sent without a Content-Length (chunked), so only counting catches it.</summary>
    public void Endless(string path, int bytes) => _routes[path] = async context =>
    {
        context.Response.StatusCode = 200;
        var chunk = new byte[8192];
        for (var sent = 0; sent < bytes && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
        {
            await context.Response.Body.WriteAsync(chunk, context.RequestAborted).ConfigureAwait(false);
        }
    };

    private static Task Answer(HttpContext context, int status, string type, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
