using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Serving;

/// <summary>
/// Serves the last good build on 127.0.0.1, from memory (nothing is written to disk between a save
/// and the page), and tells open pages to reload after each rebuild (server-sent events, through a
/// script added to HTML only here). While the content is broken, pages show the problems instead;
/// "?last-good" shows the last good build.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string EventsPath = "/__planpress/events";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly WebApplication _app;
    private readonly List<HttpResponse> _listeners = [];
    private readonly Lock _gate = new();
    private IReadOnlyDictionary<string, byte[]>? _site;
    private IReadOnlyList<Diagnostic> _problems = [];
    private int _version;

    private PreviewServer(WebApplication app)
    {
        _app = app;
        app.Run(context => context.Request.Path == EventsPath ? EventsAsync(context) : PageAsync(context));
    }

    /// <summary>The address the server listens on, with the port the system chose when asked for port 0.</summary>
    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public static async Task<PreviewServer> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1));
        var server = new PreviewServer(builder.Build());
        await server._app.StartAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Serves a new good build, and reloads the open pages.</summary>
    public void Publish(IReadOnlyList<PlanPress.Site.OutputFile> files)
    {
        var site = files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        lock (_gate)
        {
            _site = site;
            _problems = [];
            _version++;
        }

        _ = NotifyAsync();
    }

    /// <summary>Shows the problems on every page until the next good build, and reloads the open pages.</summary>
    public void ShowProblems(IReadOnlyList<Diagnostic> problems)
    {
        lock (_gate)
        {
            _problems = problems;
            _version++;
        }

        _ = NotifyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task EventsAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        lock (_gate)
        {
            _listeners.Add(context.Response);
        }

        try
        {
            await context.Response.WriteAsync($"data: {_version}\n\n", context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(context.Response);
            }
        }
    }

    private async Task NotifyAsync()
    {
        HttpResponse[] listeners;
        int version;
        lock (_gate)
        {
            listeners = [.. _listeners];
            version = _version;
        }

        foreach (var listener in listeners)
        {
            try
            {
                await listener.WriteAsync($"data: {version}\n\n").ConfigureAwait(false);
                await listener.Body.FlushAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // A page that went away while being told to reload.
            }
        }
    }

    private async Task PageAsync(HttpContext context)
    {
        IReadOnlyDictionary<string, byte[]>? site;
        IReadOnlyList<Diagnostic> problems;
        int version;
        lock (_gate)
        {
            (site, problems, version) = (_site, _problems, _version);
        }

        context.Response.Headers.CacheControl = "no-store";
        var path = context.Request.Path.Value ?? "/";
        var wantsPage = path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal);
        if (wantsPage && problems.Count > 0 && !context.Request.Query.ContainsKey("last-good"))
        {
            await WriteHtmlAsync(context, ProblemsPage(problems, site is not null), version, HttpStatusCode.OK).ConfigureAwait(false);
            return;
        }

        if (site is null)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsync("The site is being built.").ConfigureAwait(false);
            return;
        }

        var name = (path.EndsWith('/') ? path + "index.html" : path).TrimStart('/');
        if (!site.TryGetValue(name, out var content))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync($"Not found: {path}").ConfigureAwait(false);
            return;
        }

        if (name.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtmlAsync(context, Encoding.UTF8.GetString(content), version, HttpStatusCode.OK).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = ContentType(name);
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content).ConfigureAwait(false);
    }

    /// <summary>The page with the reload script added before &lt;/body&gt;: the published site has no such script.</summary>
    private static Task WriteHtmlAsync(HttpContext context, string html, int version, HttpStatusCode status)
    {
        var script = $"<script>(function(){{var v={version};var s=new EventSource('{EventsPath}');s.onmessage=function(e){{if(+e.data!==v){{s.close();location.reload();}}}};}})();</script>";
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = at < 0 ? html + script : html.Insert(at, script);
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, Encoding.UTF8);
    }

    private static string ProblemsPage(IReadOnlyList<Diagnostic> problems, bool hasLastGood)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>The plan has problems · PlanPress preview</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}li{margin:.5rem 0}code{background:#f3f5f8;padding:.1rem .3rem}.error{color:#a0211a}</style></head><body><main>");
        html.Append("<h1>The last save broke the build</h1><p>Fix these and save again; this page reloads by itself.</p><ul class=\"problems\">");
        foreach (var problem in problems)
        {
            html.Append("<li class=\"").Append(problem.Severity == Severity.Error ? "error" : "warning").Append("\"><code>")
                .Append(Encoder.Encode(problem.Location.ToString())).Append("</code>: <strong>")
                .Append(problem.Severity.ToString().ToLowerInvariant()).Append("</strong>: ")
                .Append(Encoder.Encode(problem.Explanation)).Append("</li>");
        }

        html.Append("</ul>");
        if (hasLastGood)
        {
            html.Append("<p><a href=\"?last-good\">See the last good build</a></p>");
        }

        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static string ContentType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ics" => "text/calendar; charset=utf-8",
        ".xml" => "application/xml",
        _ => "application/octet-stream",
    };
}
