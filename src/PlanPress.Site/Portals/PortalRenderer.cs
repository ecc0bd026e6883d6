using System.Text;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Site.Feeds;

namespace PlanPress.Site.Portals;

/// <summary>
/// Renders a portal's own site beside its plans', composed as a plan's is (<see cref="SiteRenderer"/>):
/// its pages (home, list, status, this month, overdue, search), its feeds (plan.json, one search
/// index and one calendar across the plans, the state the next build reads back), the link check
/// over them and every plan's files, then its sitemaps. Everything it takes of a plan is the plan's
/// roll-up and parts, handed over by the plan's build as data.
/// </summary>
public static class PortalRenderer
{
    /// <param name="plansFiles">Every file the plans publish, which the portal's pages may link to.</param>
    /// <param name="state">What the next build reads back: each plan's fingerprint and roll-up.</param>
    public static async Task<RenderedSite> RenderAsync(Theme theme, SiteSettings settings, DateOnly asOf, IReadOnlyList<PortalEntry> entries, IReadOnlyList<PortalParts> parts, IEnumerable<string> plansFiles, PortalState state)
    {
        var text = theme.Text(settings.Language).Translations;
        var (searched, plans) = PortalFeeds.SearchEntries(entries, parts, key => text[key]);
        var pages = new PortalPageBuilder(settings, asOf, text, entries);
        var root = SitePaths.Root;
        // The feeds across every plan are written on one core while the search index is cut on the other (at 2,000 plans, each takes about a second).
        var acrossPlans = Task.Run(() => new[]
        {
            Utf8(root.PlanJson, PortalFeeds.PlanJson(settings, asOf, entries)),
            Utf8(root.Calendar, PortalFeeds.Calendar(settings.Title, parts, asOf, settings.Root, settings.ReminderDays)),
            Utf8(PortalPaths.State, PortalFeeds.WriteState(state)),
        });
        // The search index in pieces: a phone loads a word's bucket and the results' chunks, not every plan's entries.
        var shards = SearchShards.Write(searched, plans, settings.Language.StartsWith("es", StringComparison.Ordinal)).Select(s => Utf8(s.Path, s.Text)).ToList();
        List<OutputFile> feeds = [.. await acrossPlans.ConfigureAwait(false), .. shards];
        var site = await SiteRenderer.RenderPortalAsync(theme, pages.Build(), feeds, SitePaths.RootPath(settings), plansFiles).ConfigureAwait(false);
        return settings.Root is { } baseUrl && !site.Diagnostics.HasErrors()
            ? site with { Files = [.. site.Files, .. Sitemaps(baseUrl, site.Files, entries)] }
            : site;
    }

    /// <summary>sitemap.xml, an index of the portal pages' own sitemap and each published plan's (a portal can have more pages than one sitemap may list).</summary>
    private static IEnumerable<OutputFile> Sitemaps(Uri baseUrl, IReadOnlyList<OutputFile> portalFiles, IReadOnlyList<PortalEntry> entries)
    {
        yield return Utf8(PortalPaths.Sitemap, Sitemap.Index(baseUrl, entries.Where(e => e.RollUp is not null).Select(e => new SitePaths(e.Slug + "/").Sitemap).Prepend(PortalPaths.PagesSitemap)));
        yield return Utf8(PortalPaths.PagesSitemap, Sitemap.Write(baseUrl, portalFiles.Select(f => f.Path).Where(SitePaths.Root.IsListed)));
    }

    private static OutputFile Utf8(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
