using System.Xml.Linq;

namespace PlanPress.Site.Feeds;

/// <summary>sitemap.xml: every page's full address, for search engines; it needs base_url in site.yml.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(Uri baseUrl, IEnumerable<string> pages)
    {
        var urls = new XElement(Ns + "urlset", pages.Select(p => new XElement(Ns + "url", new XElement(Ns + "loc", new Uri(baseUrl, p).AbsoluteUri))));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + urls + "\n";
    }

    /// <summary>A sitemap index: a portal's, listing its own pages' sitemap and each plan's.</summary>
    public static string Index(Uri baseUrl, IEnumerable<string> sitemaps)
    {
        var index = new XElement(Ns + "sitemapindex", sitemaps.Select(p => new XElement(Ns + "sitemap", new XElement(Ns + "loc", new Uri(baseUrl, p).AbsoluteUri))));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + index + "\n";
    }
}
