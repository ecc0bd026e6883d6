using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using PlanPress.Serving;

namespace PlanPress.Accessibility;

/// <summary>
/// A built site's folder served on this machine only, for the browser that checks it: pages load
/// their stylesheets as on the host, the 404 page's too, whose links start from base_url's path
/// ("/planpress/assets/site.css" is the folder's assets/site.css, whatever the path).
/// </summary>
internal sealed class FolderServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    private readonly WebApplication _app;

    private FolderServer(WebApplication app) => _app = app;

    /// <summary>Where a page of the folder is served, by its path in the folder.</summary>
    public Uri Address(string page) => new(LocalServer.Address(_app), page);

    public static async Task<FolderServer> StartAsync(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var app = LocalServer.Create(0);
        app.Run(context => ServeAsync(context, root));
        await app.StartAsync().ConfigureAwait(false);
        return new FolderServer(app);
    }

    /// <summary>
    /// The file the path names; or, when its first folders are none of the site's (base_url's path,
    /// as the 404 page links), the same without them. A missing file of the site's own folders stays missing.
    /// </summary>
    private static Task ServeAsync(HttpContext context, string root)
    {
        var parts = (context.Request.Path.Value ?? "/").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var foreign = parts.TakeWhile((part, i) => i < parts.Length - 1 && !Directory.Exists(Path.Combine(root, part))).Count();
        for (var skip = 0; skip <= foreign; skip++)
        {
            var file = Path.GetFullPath(Path.Combine([root, .. parts[skip..]]));
            file = Directory.Exists(file) ? Path.Combine(file, "index.html") : file;
            if (file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file))
            {
                context.Response.ContentType = Types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
                return context.Response.SendFileAsync(file);
            }
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
