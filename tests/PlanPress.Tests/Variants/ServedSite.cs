using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;

namespace PlanPress.Tests.Variants;

/// <summary>
/// A built site as GitHub Pages serves it at its base_url (which has a path): an address under it
/// gives its file, a folder's address its index.html, any other address 404.html with status 404.
/// </summary>
public sealed class ServedSite(string folder, Uri root)
{
    private readonly Dictionary<string, IDocument> _pages = new(StringComparer.Ordinal);

    /// <summary>The built files.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The address the site is published at, ending with "/".</summary>
    public Uri Root { get; } = root;

    /// <summary>Every file of the site, by its path from the root ("es/months/2023-10.html").</summary>
    public IEnumerable<string> Files(string pattern = "*") =>
        Directory.EnumerateFiles(Folder, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);

    /// <summary>Where the file at <paramref name="path"/> is published.</summary>
    public Uri Address(string path) => new(Root, path);

    /// <summary>The file an address on the site gives, or null when it is outside the site or missing.</summary>
    public string? FileAt(Uri address)
    {
        if (!Root.IsBaseOf(address) || address.Host != Root.Host)
        {
            return null;
        }

        var path = Uri.UnescapeDataString(address.AbsolutePath)[Uri.UnescapeDataString(Root.AbsolutePath).Length..];
        path = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        var file = Path.GetFullPath(Path.Combine(Folder, path));
        return file.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file) ? file : null;
    }

    /// <summary>Why a reader following <paramref name="address"/> would not reach what it names (a page, then the element its fragment names), or null when they would.</summary>
    public string? WhyNotOpens(Uri address)
    {
        if (FileAt(address) is not { } file)
        {
            return "leads to no file of the site";
        }

        if (address.Fragment.Length <= 1 || !file.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        var id = Uri.UnescapeDataString(address.Fragment[1..]);
        return Page(file).GetElementById(id) is null ? $"leads to {Path.GetRelativePath(Folder, file)}, which has no element #{id}" : null;
    }

    /// <summary>A page of the site, parsed once.</summary>
    public IDocument Page(string file)
    {
        var full = Path.GetFullPath(Path.Combine(Folder, file));
        if (!_pages.TryGetValue(full, out var document))
        {
            document = new HtmlParser().ParseDocument(File.ReadAllText(full));
            _pages[full] = document;
        }

        return document;
    }

    /// <summary>Serves the site at its address to the context's pages.</summary>
    public Task ServeAsync(IBrowserContext context) => context.RouteAsync(Root.AbsoluteUri + "**", async route =>
    {
        var file = FileAt(new Uri(route.Request.Url));
        await (file is not null
            ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, Path = file })
            : route.FulfillAsync(new RouteFulfillOptions { Status = 404, Path = Path.Combine(Folder, "404.html"), ContentType = "text/html; charset=utf-8" }));
    });
}
