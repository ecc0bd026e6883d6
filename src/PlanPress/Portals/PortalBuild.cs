using System.Text;
using PlanPress.Import.Portals;
using PlanPress.Import.Sources;
using PlanPress.Model.Diagnostics;
using PlanPress.Site;
using PlanPress.Site.Feeds;
using PlanPress.Site.Pages;
using PlanPress.Site.Portals;

namespace PlanPress.Portals;

/// <summary>
/// Builds a portal: each plan under its folder, a few at a time on every core, only the plans whose
/// inputs changed since the last build (the others linked from the previous output); a plan whose
/// workbooks fail keeps its last good pages (or is left out) and the others are published; then the
/// portal's own pages from the plans' roll-ups, which are all that stays in memory of each plan.
/// </summary>
/// <param name="allowDrop">A plan's build that takes most of a kind of item off its site is meant (--allow-drop).</param>
public sealed class PortalBuild(Portal portal, Theme theme, DateOnly asOf, FetchOptions sources, StagedSite? staged, string common, HashSet<string> elsewhere, PortalMemory? memory, bool allowDrop)
{
    private FetchOptions _sources = sources;

    /// <summary>What the previous build left: its plans' last good pages are kept for a plan that now fails, whatever changed since. One that cannot be read, or is not the plans' own, is not used: every plan is built again.</summary>
    private readonly PortalState? _previous = staged is null ? null : PortalFeeds.ReadState(staged.Previous(PortalPaths.State)).State;

    /// <summary>Whether the previous build's plans can be kept as they are when their own inputs did not change and the date changes nothing on their pages (nothing else did).</summary>
    private bool Reusable => _previous?.Fingerprint == common;

    /// <param name="theme">The theme, loaded (and its templates made ready) by the caller: serve keeps it between builds.</param>
    /// <param name="staged">Where the new site is written; null for <c>check</c> and <c>serve</c>, which write nothing.</param>
    /// <param name="slice">Given, only that slice's plans are built and no portal page is written: the slice's output holds its plans and their roll-ups for <c>assemble</c>.</param>
    /// <param name="memory">Given (by serve), each plan's files are kept there rather than written, and a plan whose inputs did not change since is taken from it.</param>
    public static async Task<PortalBuildResult> RunAsync(string content, Theme theme, DateOnly asOf, FetchOptions sources, StagedSite? staged, Action<string> step, PlanSlice? slice = null, PortalMemory? memory = null, bool allowDrop = false, string? publishedAt = null)
    {
        step("Reading the portal");
        var portal = PortalFolder.Read(content, Addressed(sources.CacheFolder, content));
        if (publishedAt is not null && portal.Config.Settings is { } settings && (settings.BaseUrl.Length == 0 || settings.IsExampleAddress))
        {
            portal = portal with { Config = portal.Config with { Settings = settings with { BaseUrl = publishedAt } } };
        }

        var problems = portal.Diagnostics.Concat(portal.Plans.Where(p => PortalPaths.Reserved.Contains(p.Slug)).Select(p => Diagnostic.Error(
            new SourceLocation(p.Folder),
            $"A plan cannot be published under {p.Slug}/: the portal's own files are there.",
            "another name for the plan's folder"))).ToList();
        if (problems.HasErrors())
        {
            return new PortalBuildResult(problems, [], Failed: true, 0, 0, 0, []);
        }

        var root = new SitePaths(string.Empty);
        var elsewhere = PortalPageBuilder.PagePaths(portal.Plans.Select(Listing))
            .Concat(theme.AssetPaths())
            .Concat([root.PlanJson, root.Calendar])
            .ToHashSet(StringComparer.Ordinal);
        var common = Fingerprint.Common(content, theme.Folder);
        var build = new PortalBuild(portal, theme, asOf, sources, staged, common, elsewhere, memory, allowDrop);

        var taken = portal.Plans.Where((_, i) => (slice ?? PlanSlice.All).Holds(i)).ToList();
        await build.FetchSourcesAsync(taken, step).ConfigureAwait(false);
        step($"Building {taken.Count} plans");
        var outcomes = new PlanOutcome[taken.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, taken.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, _) =>
            outcomes[i] = await build.PlanAsync(taken[i]).ConfigureAwait(false)).ConfigureAwait(false);
        problems.AddRange(outcomes.SelectMany(o => o.Diagnostics));
        var entries = outcomes.Select(o => o.State.Entry).ToList();
        var state = new PortalState(common, outcomes.Select(o => o.State).ToList()) { AsOf = asOf };
        if (slice is not null)
        {
            return Finish(problems, entries, outcomes, [new OutputFile(PortalPaths.State, Encoding.UTF8.GetBytes(PortalFeeds.WriteState(state)))], failed: false) with { Settings = portal.Config.Settings };
        }

        step("Rendering the portal's pages");
        var site = await build.RenderPortalAsync(entries, outcomes.Select(o => o.Parts).OfType<PortalParts>().ToList(), outcomes.SelectMany(o => o.Files), state).ConfigureAwait(false);
        problems.AddRange(site.Diagnostics);
        return Finish(problems, entries, outcomes, site.Files, site.Diagnostics.HasErrors()) with { Settings = portal.Config.Settings };
    }

    internal static PortalBuildResult Finish(List<Diagnostic> problems, List<PortalEntry> entries, PlanOutcome[] outcomes, IReadOnlyList<OutputFile> portalFiles, bool failed) =>
        new(problems, entries, failed,
            portalFiles.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)) + outcomes.Sum(o => o.Files.Count(f => f.EndsWith(".html", StringComparison.Ordinal))),
            outcomes.Count(o => o.Built),
            outcomes.Count(o => !o.Built && o.State.Entry.State == PlanState.Updated),
            portalFiles);

    /// <summary>The portal's own pages, feeds and sitemaps, rendered in Site from the plans' entries and parts.</summary>
    private Task<RenderedSite> RenderPortalAsync(IReadOnlyList<PortalEntry> entries, IReadOnlyList<PortalParts> parts, IEnumerable<string> plansFiles, PortalState state) =>
        PortalRenderer.RenderAsync(theme, portal.Config.Settings, asOf, entries, parts, plansFiles, state);

    /// <summary>
    /// Every plan's shared workbooks fetched at once, before any plan is built, a few requests to a
    /// host at a time (<see cref="HostGate"/>), so that hundreds of plans do not wait for each other
    /// plan by plan; each plan's build then takes its own, and a failed fetch fails only its plan.
    /// </summary>
    private async Task FetchSourcesAsync(IReadOnlyList<PortalPlan> plans, Action<string> step)
    {
        var listing = plans.Where(p => p.Sources.Count > 0).ToList();
        if (_sources.Offline || listing.Count == 0)
        {
            return;
        }

        step($"Fetching the shared workbooks of {listing.Count} plans");
        var options = _sources with { Hosts = new HostGate(HostGate.Usual) };
        var fetched = await Task.WhenAll(listing.Select(p => SourceFetcher.FetchAsync(p.Sources, options, DateTimeOffset.Now))).ConfigureAwait(false);
        var byFolder = listing.Select((p, i) => (p.Folder, Fetched: fetched[i])).ToDictionary(p => p.Folder, p => p.Fetched, StringComparer.Ordinal);
        _sources = _sources with { Fetched = byFolder };
    }

    /// <summary>Where the plans a portal's list gives by address get their content folders: in the cache, a folder per portal.</summary>
    private static string Addressed(string cache, string content) =>
        Path.Combine(cache, "portal-plans", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(content))))[..16]);

    private static PlanListing Listing(PortalPlan plan) => new(plan.Name, plan.Level, plan.Region, plan.Contact);

    /// <summary>One plan: kept as it was when its inputs did not change, else built; on failure, its last good pages kept.</summary>
    private async Task<PlanOutcome> PlanAsync(PortalPlan plan)
    {
        // A plan that fetches shared workbooks is built every time: what it fetches is known only by fetching it.
        var inputs = plan.Sources.Count > 0 ? string.Empty : Fingerprint.Folder(plan.Folder);
        if (memory?.Take(plan.Slug, inputs) is { } remembered)
        {
            return new PlanOutcome(new PortalStatePlan(inputs, remembered.Entry), remembered.Parts, remembered.Files.Select(f => f.Path).ToList(), [], Built: false);
        }

        var before = _previous?.Plans.FirstOrDefault(p => p.Entry.Slug == plan.Slug);
        var shown = plan.Shown;
        if (Reusable && before is not null && before.Holds(inputs, asOf) && Kept(plan) is { } kept)
        {
            // Its name and place in the list are as before: the portal's own files are part of every plan's fingerprint.
            // A later day that changes nothing on its pages (nothing falls due, no month turns) keeps them too.
            return new PlanOutcome(before, kept.Parts, kept.Files, [], Built: false);
        }

        var paths = new SitePaths(plan.Slug + "/");
        var placement = new PlanPlacement(paths, new Link(portal.Config.Settings.Title, PortalPaths.Home), elsewhere);
        var build = await SiteBuild.RunAsync(plan.Folder, theme, asOf, _sources, placement, portal.Config.Settings.BaseUrl, history: staged is null ? null : new HistorySource(staged.Previous(string.Empty), plan.Shown, AllowDrop: allowDrop)).ConfigureAwait(false);
        if (build.Succeeded)
        {
            var roll = PlanRollUp.Of(build.Plan!, asOf, paths, Listing(plan));
            var parts = PortalParts.Of(build.Plan!, plan.Slug, plan.Name, asOf, theme.Text(build.Plan!.Settings.Language).Translations);
            foreach (var file in build.Site!.Files.Append(new OutputFile(PortalParts.PathIn(plan.Slug), parts.ToBytes())))
            {
                staged?.Add(file);
            }

            var entry = new PortalEntry(plan.Slug, plan.Name, shown, PlanState.Updated, 0, roll);
            memory?.Keep(plan.Slug, inputs, entry, parts, build.Site.Files);
            return new PlanOutcome(new PortalStatePlan(inputs, entry) { Built = asOf, Until = build.Site.Until }, parts, build.Site.Files.Select(f => f.Path).ToList(), build.Diagnostics, Built: true);
        }

        var errors = build.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (memory?.LastGood(plan.Slug) is { } good)
        {
            return new PlanOutcome(new PortalStatePlan(string.Empty, good.Entry with { State = PlanState.NotUpdated, Errors = errors }), good.Parts, good.Files.Select(f => f.Path).ToList(), build.Diagnostics, Built: false);
        }

        if (before?.Entry.RollUp is not null && Kept(plan) is { } previous)
        {
            return new PlanOutcome(new PortalStatePlan(string.Empty, before.Entry with { Name = plan.Name, Folder = shown, State = PlanState.NotUpdated, Errors = errors }), previous.Parts, previous.Files, build.Diagnostics, Built: false);
        }

        return new PlanOutcome(new PortalStatePlan(string.Empty, new PortalEntry(plan.Slug, plan.Name, shown, PlanState.LeftOut, errors, null)), null, [], build.Diagnostics, Built: false);
    }

    /// <summary>The plan's folder as the previous build left it, moved into the new site whole; null when there is none.</summary>
    private (PortalParts Parts, List<string> Files)? Kept(PortalPlan plan)
    {
        if (staged is null || !Directory.Exists(staged.Previous(plan.Slug)))
        {
            return null;
        }

        // Parts that are not the plan's own, or a folder holding a link (tampered with in a restored cache), are not kept: the plan is built again.
        if (ReadBack.FirstLink(staged.Previous(plan.Slug)) is not null || PortalParts.Read(plan.Slug, staged.Previous(PortalParts.PathIn(plan.Slug))).Parts is not { } parts || !staged.TryMoveFolder(plan.Slug))
        {
            return null;
        }

        var folder = staged.StagedPath(plan.Slug);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{plan.Slug}/{Path.GetRelativePath(folder, f).Replace('\\', '/')}")
            .Order(StringComparer.Ordinal)
            .ToList();
        return (parts, files);
    }
}
