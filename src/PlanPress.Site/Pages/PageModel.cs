namespace PlanPress.Site.Pages;

/// <summary>The base of every page's view model: where the page is and how to link from it.</summary>
public abstract class PageModel
{
    public required SiteInfo Site { get; init; }

    /// <summary>The page's path from the site root, e.g. "months/2023-10.html".</summary>
    public required string Path { get; init; }

    /// <summary>The page's own heading and the first part of its &lt;title&gt;.</summary>
    public required string Heading { get; init; }

    /// <summary>
    /// The site's path on its host ("/planpress/"), from which a page served at any address (404.html)
    /// starts its links and assets; null for the others, whose links are relative.
    /// </summary>
    public string? RootPath { get; init; }

    /// <summary>What the page holds, in a sentence, for search engines and link previews (meta description).</summary>
    public virtual string Description =>
        Heading == Site.Title
            ? Site.Description.Length > 0 ? Site.Description : T("description-site", Site.Organisation.Length > 0 ? $"{Site.Title}, {Site.Organisation}" : Site.Title)
            : T("description-page", Heading, Site.Title);

    /// <summary>The theme template that renders the page.</summary>
    public abstract string Template { get; }

    /// <summary>
    /// Where links to the site's pages start when the page is not part of the site (a pair's
    /// booklet, which links to the published site); null for the site's own pages.
    /// </summary>
    public string? LinkBase { get; init; }

    /// <summary>Every address of the site, for the templates' links: <c>Model.Url(Model.Paths.Year)</c>.</summary>
    public SitePaths Paths => Site.Paths;

    /// <summary>
    /// A relative URL from this page to <paramref name="target"/> (a path from the site root), so the
    /// site works from any folder or file://; from <see cref="RootPath"/> when there is one. Within a
    /// plan under a portal's prefix, links stay within the plan's folder.
    /// </summary>
    public string Url(string target)
    {
        if (RootPath is not null)
        {
            return RootPath + target;
        }

        if (LinkBase is not null && !Paths.IsAsset(target))
        {
            return LinkBase + target;
        }

        var (from, to) = Paths.Prefix.Length > 0 && Path.StartsWith(Paths.Prefix, StringComparison.Ordinal) && target.StartsWith(Paths.Prefix, StringComparison.Ordinal)
            ? (Path[Paths.Prefix.Length..], target[Paths.Prefix.Length..])
            : (Path, target);
        var depth = from.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + to;
    }

    public bool IsCurrent(Link link) => link.Path == Path;

    /// <summary>Whether the page is one of <paramref name="links"/>: the group the navigation opens on.</summary>
    public bool IsAmong(IEnumerable<Link> links) => links.Any(IsCurrent);

    /// <summary>The theme's text for a key in the plan's language, with {0}, {1} … filled in.</summary>
    public string T(string key, params object[] values) => Site.Text[key, values];

    /// <summary>The theme's counting text for <paramref name="count"/> in its plural form, {0} the count and {1} … the values.</summary>
    public string Plural(string key, int count, params object[] values) => Site.Text.Plural(key, count, values);
}
