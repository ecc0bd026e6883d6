using PlanPress.Model.Text;

namespace PlanPress.Site.Portals;

/// <summary>Every address of a portal's own pages and feeds, at the root of the site; each plan is under its own folder beside them.</summary>
public static class PortalPaths
{
    public const string Home = "index.html";

    public const string ThisMonth = "this-month.html";

    public const string Overdue = "overdue.html";

    public const string Status = "status.html";

    /// <summary>The sitemap index: the portal pages' sitemap and each plan's.</summary>
    public const string Sitemap = "sitemap.xml";

    /// <summary>The portal's own pages, for search engines.</summary>
    public const string PagesSitemap = "sitemap-portal.xml";

    /// <summary>What PlanPress keeps between builds of a portal: each plan's inputs' fingerprint and roll-up. Public data only.</summary>
    public const string State = ".planpress-portal.json";

    public static string Level(string level) => $"levels/{Slug.From(level)}.html";

    public static string Region(string region) => $"regions/{Slug.From(region)}.html";

    /// <summary>Folder names a plan cannot be published under: the portal's own pages and the shared assets are there.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "assets", "levels", "regions", "calendars" };
}
