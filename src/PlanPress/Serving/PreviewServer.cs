using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Serving;

/// <summary>
/// Serves the last good build on 127.0.0.1, from memory (nothing is written to disk between a save
/// and the page), and tells an open page to reload when a rebuild changed it or a file it loads
/// (server-sent events, through a script added to HTML only here); the other open pages stay as
/// they are, scrolled where they were. While the content is broken, pages show the problems instead;
/// "?last-good" shows the last good build.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string EventsPath = "/__planpress/events";


    private readonly WebApplication _app;
    private readonly List<(HttpResponse Response, string Page)> _listeners = [];
    private readonly Lock _gate = new();
    private IReadOnlyDictionary<string, byte[]>? _site;
    private IReadOnlyList<Diagnostic> _problems = [];
    private int _version;

    /// <summary>For each file of the site, the build that last changed its bytes.</summary>
    private Dictionary<string, int> _changedAt = [];

    /// <summary>For each page, the build that last changed it or a file it loads (stylesheet, script, image); an open page reloads when this moves.</summary>
    private Dictionary<string, int> _pageVersions = [];

    /// <summary>The files each page loads: a page whose bytes did not change is not read again.</summary>
    private Dictionary<string, string[]> _loads = new(StringComparer.Ordinal);

    private PreviewServer(WebApplication app)
    {
        _app = app;
        app.Run(context => context.Request.Path == EventsPath ? EventsAsync(context) : PageAsync(context));
    }

    /// <summary>The address the server listens on, with the port the system chose when asked for port 0.</summary>
    public Uri Address => LocalServer.Address(_app);

    public static async Task<PreviewServer> StartAsync(int port)
    {
        var server = new PreviewServer(LocalServer.Create(port));
        await server._app.StartAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Serves a new good build, and reloads the open pages it changed.</summary>
    public void Publish(IReadOnlyList<PlanPress.Site.OutputFile> files)
    {
        // Builds are published one at a time (serve's loop), so what the last one left is read here without racing another.
        int version;
        IReadOnlyDictionary<string, byte[]>? before;
        lock (_gate)
        {
            (version, before) = (_version + 1, _site);
        }

        var site = files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var changedAt = site.ToDictionary(
            f => f.Key,
            f => before is not null && before.TryGetValue(f.Key, out var old) && old.AsSpan().SequenceEqual(f.Value) && _changedAt.TryGetValue(f.Key, out var at) ? at : version,
            StringComparer.Ordinal);
        var loads = site.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(
            f => f.Key,
            f => changedAt[f.Key] != version && _loads.TryGetValue(f.Key, out var known) ? known : Loads(f.Key, f.Value),
            StringComparer.Ordinal);
        var pageVersions = loads.ToDictionary(p => p.Key, p => p.Value.Select(l => changedAt.GetValueOrDefault(l)).Append(changedAt[p.Key]).Max(), StringComparer.Ordinal);
        lock (_gate)
        {
            (_site, _changedAt, _pageVersions, _loads) = (site, changedAt, pageVersions, loads);
            _problems = [];
            _version = version;
        }

        _ = NotifyAsync();
    }

    /// <summary>The files of the site a page loads or links to that are not pages themselves: its stylesheet, scripts and images.</summary>
    private static string[] Loads(string page, byte[] html) =>
        [.. PlanPress.Site.LinkCheck.Scan(page, Encoding.UTF8.GetString(html)).References
            .Where(r => !r.Contains(':', StringComparison.Ordinal) && !r.StartsWith('/'))
            .Select(r => PlanPress.Site.LinkCheck.Resolve(page, Uri.UnescapeDataString(r.Split('#', '?')[0])))
            .OfType<string>()
            .Where(p => !p.EndsWith(".html", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>The version an open page is told: while the build is broken every page follows each rebuild (it shows the problems), else its own.</summary>
    private int VersionOf(string page) =>
        _problems.Count == 0 && _pageVersions.TryGetValue(page, out var version) ? version : _version;

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
        var listener = (context.Response, Page: context.Request.Query["page"].ToString());
        int version;
        lock (_gate)
        {
            _listeners.Add(listener);
            version = VersionOf(listener.Page);
        }

        try
        {
            await context.Response.WriteAsync($"data: {version}\n\n", context.RequestAborted).ConfigureAwait(false);
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
                _listeners.Remove(listener);
            }
        }
    }

    private async Task NotifyAsync()
    {
        (HttpResponse Response, int Version)[] listeners;
        lock (_gate)
        {
            listeners = [.. _listeners.Select(l => (l.Response, VersionOf(l.Page)))];
        }

        foreach (var (listener, version) in listeners)
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
        var path = context.Request.Path.Value ?? "/";
        var name = (path.EndsWith('/') ? path + "index.html" : path).TrimStart('/');
        IReadOnlyDictionary<string, byte[]>? site;
        IReadOnlyList<Diagnostic> problems;
        int version;
        lock (_gate)
        {
            (site, problems, version) = (_site, _problems, VersionOf(name));
        }

        context.Response.Headers.CacheControl = "no-store";
        var wantsPage = path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal);
        if (wantsPage && problems.Count > 0 && !context.Request.Query.ContainsKey("last-good"))
        {
            await WriteHtmlAsync(context, PlanPress.Site.ProblemsPage.Html(problems, site is not null), name, version).ConfigureAwait(false);
            return;
        }

        if (site is null)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsync("The site is being built.").ConfigureAwait(false);
            return;
        }

        if (!site.TryGetValue(name, out var content))
        {
            // As a host publishing the site does: the site's own 404 page, which says where to go instead.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            if (site.TryGetValue("404.html", out var notFound))
            {
                await WriteHtmlAsync(context, Encoding.UTF8.GetString(notFound), "404.html", version).ConfigureAwait(false);
                return;
            }

            await context.Response.WriteAsync($"Not found: {path}").ConfigureAwait(false);
            return;
        }

        if (name.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtmlAsync(context, Encoding.UTF8.GetString(content), name, version).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = ContentType(name);
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content).ConfigureAwait(false);
    }

    /// <summary>The page with the reload script added before &lt;/body&gt;: the published site has no such script.</summary>
    /// <param name="version">The page's version (<see cref="VersionOf"/>): the script reloads the page when the server tells it another.</param>
    private static Task WriteHtmlAsync(HttpContext context, string html, string page, int version)
    {
        var script = $"<script>(function(){{var v={version};var s=new EventSource('{EventsPath}?page={Uri.EscapeDataString(page)}');s.onmessage=function(e){{if(+e.data!==v){{s.close();location.reload();}}}};}})();</script>";
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = at < 0 ? html + script : html.Insert(at, script);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, Encoding.UTF8);
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
