using System.Collections.Concurrent;
using System.Text;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.History;
using PlanPress.Site.Feeds;
using PlanPress.Site.Pages;

namespace PlanPress.Site;

/// <summary>The rendered site, in memory, and any theme problems met while rendering it.</summary>
public sealed record RenderedSite(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The first day after the as-of date whose build may differ (<see cref="DateWindow"/>); the as-of date's files hold until then.</summary>
    public DateOnly Until { get; init; } = DateOnly.MaxValue;
}

/// <summary>Renders every page of a plan through a theme, without touching the disk beyond reading the theme.</summary>
public static class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The data beside the pages: plan.json, the search index and the calendar feeds.</summary>
    /// <param name="updated">The day the plan last changed, which the feeds are dated by: the same bytes every day it does not change.</param>
    private static IEnumerable<OutputFile> Feeds(Plan plan, DateOnly asOf, DateOnly updated, Translations text, SitePaths paths, bool keep, string? marks)
    {
        yield return Rendered(paths.PlanJson, PlanJson.Write(plan, asOf, updated, paths), keep, marks);
        yield return Rendered(paths.SearchIndex, SearchIndex.Write(plan, key => text[key], paths), keep, marks);
        foreach (var (path, ics) in CalendarFeed.WriteAll(plan, asOf, updated, text, paths))
        {
            yield return Rendered(path, ics, keep, marks);
        }
    }

    /// <summary>The change history for the next build to read back, and its Atom feed: none when no history is kept.</summary>
    private static IEnumerable<OutputFile> HistoryFiles(PageContext context, ChangeLog? history, bool keep)
    {
        if (history is null)
        {
            yield break;
        }

        // One history for every language: the first's site keeps it, for the next build to read back.
        var marks = Marks(context.Plan);
        if (marks is null)
        {
            yield return Rendered(context.Paths.ChangesData, ChangesJson.Write(history), keep);
        }

        yield return Rendered(context.Paths.ChangesFeed, ChangesFeed.Write(context), keep, marks);
    }

    /// <summary>A rendered file as UTF-8, or as its path alone when the site is only checked.</summary>
    /// <param name="marks">On a plan's site in another language, the first language: the text still to translate is marked as its (<see cref="LanguageMarks"/>).</param>
    private static OutputFile Rendered(string path, string text, bool keep, string? marks = null) =>
        new(path, keep ? Utf8.GetBytes(marks is null ? text : LanguageMarks.Apply(path, text, marks)) : []);

    /// <summary>A file written as UTF-8 (a data file of megabytes), kept as it is unless its text is to be marked.</summary>
    private static OutputFile Rendered(string path, byte[] utf8, bool keep, string? marks = null) =>
        !keep ? new(path, []) : marks is null ? new(path, utf8) : Rendered(path, Utf8.GetString(utf8), keep, marks);

    /// <summary>The first language, when the plan is rendered in another (its text still to translate is marked); null otherwise.</summary>
    private static string? Marks(Plan plan) => plan.Settings.Language == plan.Settings.Languages[0] ? null : plan.Settings.Languages[0];

    /// <summary>sitemap.xml, listing the pages built, when base_url is known.</summary>
    private static OutputFile? SitemapFile(Plan plan, SitePaths paths, IReadOnlyList<OutputFile> pages, List<Diagnostic> diagnostics)
    {
        if (plan.Settings.Root is not { } baseUrl)
        {
            diagnostics.Add(Diagnostic.Info(new SourceLocation("site.yml"), "There is no base_url, so sitemap.xml was not written and the printed sheets carry no QR code or address of their live page."));
            return null;
        }

        return new OutputFile(paths.Sitemap, Utf8.GetBytes(Sitemap.Write(baseUrl, pages.Select(p => p.Path).Where(paths.IsListed))));
    }

    /// <summary>
    /// The site's files with the first language's sitemap.xml listing every language's pages (each
    /// other language's under its folder), so the one sitemap a search engine is given finds them all.
    /// </summary>
    public static IReadOnlyList<OutputFile> WithEveryLanguageInSitemap(Plan plan, SitePaths paths, IReadOnlyList<OutputFile> files)
    {
        if (plan.Settings.Root is not { } baseUrl || plan.Settings.Languages.Count < 2)
        {
            return files;
        }

        // Each page is of the language whose folder is the longest that holds it.
        var languages = plan.Settings.Languages.Select(code => paths.InLanguage(code, plan.Settings.Languages)).OrderByDescending(l => l.Prefix.Length).ToList();
        var listed = files.Select(f => f.Path).Where(path => languages.First(l => path.StartsWith(l.Prefix, StringComparison.Ordinal)) is var own && own.IsListed(path));
        var sitemap = new OutputFile(paths.Sitemap, Utf8.GetBytes(Sitemap.Write(baseUrl, listed)));
        return files.Select(f => f.Path == paths.Sitemap ? sitemap : f).ToList();
    }

    /// <summary>The mentor pairs' personal booklets, with the assets they use: a folder of their own, never part of the site.</summary>
    /// <param name="keep">As for <see cref="RenderAsync"/>.</param>
    /// <param name="paths">Where the booklets go in the booklets folder: at its root, or for another language under its code.</param>
    public static async Task<RenderedSite> RenderBookletsAsync(Plan plan, Theme theme, DateOnly asOf, bool keep = true, SitePaths? paths = null)
    {
        var (text, textProblems) = theme.Text(plan.Settings.Language);
        var diagnostics = new List<Diagnostic>(textProblems.Where(d => d.Severity == Severity.Error));
        var context = paths is null ? SitePages.For(plan, asOf, text) : new PageContext(plan, asOf, text, paths);
        var files = await RenderPagesAsync(theme, SitePages.PairBooklets(context), diagnostics, keep, alone: paths is null, marks: Marks(plan)).ConfigureAwait(false);
        return new RenderedSite(files, diagnostics);
    }

    /// <param name="ready">Given, told of each page and feed as soon as it is rendered, in no set order, so a build can write it while the rest render; what it gives back is what the site keeps of the file (<see cref="StagedSite.Add"/>).</param>
    /// <param name="keep">
    /// False when the site is only checked: every page and feed is still rendered, and every page
    /// scanned for the link check, but each is then kept as its path alone (with no content), so a
    /// check never holds a copy of the whole site.
    /// </param>
    /// <param name="placement">Where a portal publishes the plan; null for a plan alone. A placed plan's site has no assets or output marker of its own: the portal writes them once.</param>
    /// <param name="history">The plan's change history, this build's changes recorded: published as changes.json and changes.xml, and shown on the pages; null keeps none (serve, check).</param>
    public static async Task<RenderedSite> RenderAsync(Plan plan, Theme theme, DateOnly asOf, Func<OutputFile, OutputFile>? ready = null, bool keep = true, PlanPlacement? placement = null, ChangeLog? history = null)
    {
        if (!Directory.Exists(theme.Folder))
        {
            return new RenderedSite([], [Theme.Missing(theme.Folder)]);
        }

        var (text, textProblems) = theme.Text(plan.Settings.Language);
        var diagnostics = new List<Diagnostic>(textProblems);
        var context = SitePages.For(plan, asOf, text, placement, history);
        // What the date changes on the pages, and when, is worked out beside them: a portal's next day rebuilds by it.
        var until = Task.Run(() => DateWindow.Until(context));
        // The feeds need the plan only: they are written on another core while the pages render.
        var feeds = Task.Run(() =>
        {
            var written = new List<OutputFile>();
            foreach (var feed in Feeds(plan, asOf, context.Site.UpdatedOn, text, context.Paths, keep, Marks(plan)).Concat(HistoryFiles(context, history, keep)))
            {
                written.Add(ready?.Invoke(feed) ?? feed);
            }

            return written;
        });
        // Each page is scanned for the link check as it is rendered, while its text is at hand.
        var scanned = new ConcurrentDictionary<OutputFile, LinkCheck.PageLinks>(ReferenceEqualityComparer.Instance);
        var files = await RenderPagesAsync(theme, SitePages.All(context), diagnostics, keep, ready, scanned, alone: placement is null, Marks(plan)).ConfigureAwait(false);
        var feedFiles = await feeds.ConfigureAwait(false);
        if (!diagnostics.HasErrors())
        {
            files.AddRange(feedFiles);
            if (SitemapFile(plan, context.Paths, files, diagnostics) is { } sitemap)
            {
                files.Add(sitemap);
            }
        }

        if (!diagnostics.HasErrors())
        {
            diagnostics.AddRange(LinkCheck.Check(files, SitePaths.RootPath(plan.Settings), scanned, (placement?.Elsewhere ?? Enumerable.Empty<string>()).Concat(InOtherLanguages(files, context.Site))));
        }

        return new RenderedSite(files, diagnostics) { Until = await until.ConfigureAwait(false) };
    }

    /// <summary>
    /// A portal's own pages and feeds, with the theme's assets (which its plans share) and the output
    /// marker; every link checked against these and <paramref name="plansFiles"/>, the files of its plans.
    /// </summary>
    public static async Task<RenderedSite> RenderPortalAsync(Theme theme, IEnumerable<PageModel> pages, IReadOnlyList<OutputFile> feeds, string? root, IEnumerable<string> plansFiles)
    {
        var diagnostics = new List<Diagnostic>();
        var scanned = new ConcurrentDictionary<OutputFile, LinkCheck.PageLinks>(ReferenceEqualityComparer.Instance);
        var files = await RenderPagesAsync(theme, pages, diagnostics, keep: true, ready: null, scanned).ConfigureAwait(false);
        files.AddRange(feeds);
        if (!diagnostics.HasErrors())
        {
            diagnostics.AddRange(LinkCheck.Check(files, root, scanned, plansFiles));
        }

        return new RenderedSite(files, diagnostics);
    }

    /// <summary>The site's files as the plan's other languages publish them: the same paths under each one's folder, which a page's language switch leads to.</summary>
    private static IEnumerable<string> InOtherLanguages(IReadOnlyList<OutputFile> files, SiteInfo site) =>
        site.Languages.Where(l => l.Code != site.Language).SelectMany(l => files.Where(f => f.Path.StartsWith(site.Paths.Prefix, StringComparison.Ordinal)).Select(f => site.InLanguage(l, f.Path)));

    /// <summary>The paths of the theme's assets and the output marker, which a plan's first language writes for all its languages.</summary>
    public static IEnumerable<string> SharedPaths(Theme theme) => [.. theme.AssetPaths(), SiteWriter.MarkerFile];

    /// <summary>
    /// The theme's assets and the output marker: once per site, shared by a portal's plans. Each is
    /// handed to <paramref name="ready"/> as it is read, but for an HTML asset, whose bytes the link check reads.
    /// </summary>
    private static List<OutputFile> SharedFiles(Theme theme, Func<OutputFile, OutputFile>? ready)
    {
        var files = new List<OutputFile>();
        foreach (var file in theme.AssetPaths()
            .Select(asset => new OutputFile(asset, File.ReadAllBytes(Path.Combine(theme.Folder, asset))))
            .Append(new OutputFile(SiteWriter.MarkerFile, Utf8.GetBytes(SiteWriter.MarkerText))))
        {
            files.Add(ready is null || file.Path.EndsWith(".html", StringComparison.Ordinal) ? file : ready(file));
        }

        return files;
    }

    /// <summary>Renders pages through the theme, with the theme's assets and the output marker (read while they render) when the site stands <paramref name="alone"/>.</summary>
    private static async Task<List<OutputFile>> RenderPagesAsync(Theme theme, IEnumerable<PageModel> pages, List<Diagnostic> diagnostics, bool keep, Func<OutputFile, OutputFile>? ready = null, ConcurrentDictionary<OutputFile, LinkCheck.PageLinks>? scanned = null, bool alone = true, string? marks = null)
    {
        // Pages render on every core as their models are built (one at a time, in order), each into its
        // own slot, and are then taken in order: the output is the same as one at a time. Each page is
        // kept as UTF-8 bytes only, half the memory of its text.
        var rendered = new ConcurrentDictionary<int, (OutputFile? File, Diagnostic? Problem)>();
        // The theme's assets are read, and handed on to be written, while the pages render.
        var shared = alone ? Task.Run(() => SharedFiles(theme, ready)) : null;
        await Parallel.ForEachAsync(pages.Select((page, i) => (page, i)), async (next, _) =>
        {
            var (page, problem) = await theme.RenderAsync(next.page).ConfigureAwait(false);
            var html = page is null || marks is null ? page : LanguageMarks.Apply(next.page.Path, page, marks);
            var file = html is null ? null : Rendered(next.page.Path, html, keep);
            if (file is not null)
            {
                file = ready?.Invoke(file) ?? file;
                scanned?.TryAdd(file, LinkCheck.Scan(file.Path, html!));
            }

            rendered[next.i] = (file, problem);
        }).ConfigureAwait(false);
        var files = new List<OutputFile>();
        foreach (var (file, problem) in Enumerable.Range(0, rendered.Count).Select(i => rendered[i]))
        {
            if (problem is not null)
            {
                // One broken template breaks every page that uses it; report it once.
                if (!diagnostics.Any(d => d.Location == problem.Location))
                {
                    diagnostics.Add(problem);
                }

                continue;
            }

            files.Add(file!);
        }

        if (shared is not null)
        {
            files.AddRange(await shared.ConfigureAwait(false));
        }

        // Names that differ only in case are one file on Windows and macOS: one would silently replace the other.
        foreach (var clash in files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            diagnostics.Add(Diagnostic.Error(
                new SourceLocation(clash.Key),
                $"{clash.Count()} parts of the plan would be written to this same file ({string.Join(", ", clash.Select(f => f.Path))}).",
                "names (of roles, people, initiatives, pages, theme assets) that differ in more than case or punctuation"));
        }

        return files;
    }
}
