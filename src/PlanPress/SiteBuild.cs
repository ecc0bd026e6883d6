using System.Globalization;
using PlanPress.Import;
using PlanPress.Import.Sources;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.History;
using PlanPress.Model.Languages;
using PlanPress.Reporting;
using PlanPress.Site;
using PlanPress.Site.Feeds;

namespace PlanPress;

/// <summary>One run of the pipeline, in memory: import the content, resolve the plan, render the theme.</summary>
/// <param name="Booklets">The mentor pairs' personal booklets, when the content has a Pairs sheet: never part of the site.</param>
public sealed record SiteBuild(Plan? Plan, RenderedSite? Site, IReadOnlyList<Diagnostic> Diagnostics, RenderedSite? Booklets = null)
{
    public bool Succeeded => Site is not null && !Diagnostics.HasErrors();

    /// <param name="sources">How the workbooks site.yml lists under sources: are fetched.</param>
    /// <param name="step">Told the name of each step as it starts, for progress on a terminal.</param>
    /// <param name="ready">Given, told of each file of the site as soon as it is rendered; the site keeps what it gives back (<see cref="StagedSite.Add"/>: the path alone).</param>
    /// <param name="keep">False for <c>check</c>: every file is rendered and checked, then kept as its path alone (<see cref="SiteRenderer.RenderAsync"/>).</param>
    /// <param name="history">Where the change history this build continues is; null keeps no history.</param>
    /// <param name="publishedAt">Where the site is published (--base-url, which the action takes from GitHub Pages): used when site.yml gives no base_url or an example one.</param>
    public static Task<SiteBuild> RunAsync(string content, string? theme, DateOnly asOf, FetchOptions sources, Action<string> step, Func<OutputFile, OutputFile>? ready = null, bool keep = true, HistorySource? history = null, string? publishedAt = null) =>
        RunAsync(content, LoadAsync(theme ?? CommonOptions.DefaultTheme()), asOf, sources, step, booklets: true, ready, workbooks: null, keep, placement: null, history: history, publishedAt: publishedAt);

    /// <summary>
    /// As <c>serve</c> rebuilds after a save: with the theme already loaded (its templates compiled
    /// once), the workbooks whose bytes did not change taken from <paramref name="workbooks"/>
    /// instead of parsed again, and without the pairs' booklets (serve shows only the site).
    /// </summary>
    public static Task<SiteBuild> RunAsync(string content, Theme theme, DateOnly asOf, FetchOptions sources, WorkbookCache workbooks) =>
        RunAsync(content, Task.FromResult(theme), asOf, sources, _ => { }, booklets: false, ready: null, workbooks, keep: true, placement: null);

    /// <summary>
    /// As a portal builds one of its plans: under its folder, published at the portal's base_url
    /// (the plan's own is not used), without the pairs' booklets (a portal publishes none).
    /// </summary>
    public static Task<SiteBuild> RunAsync(string content, Theme theme, DateOnly asOf, FetchOptions sources, PlanPlacement placement, string portalBaseUrl, HistorySource? history) =>
        RunAsync(content, Task.FromResult(theme), asOf, sources, _ => { }, booklets: false, ready: null, workbooks: null, keep: true, placement, history, portalBaseUrl);

    /// <summary>The theme loaded, and the templates compiled on an earlier run made ready, on another core while the workbooks are read.</summary>
    private static Task<Theme> LoadAsync(string folder) => Task.Run(() => LoadTheme(folder));

    /// <summary>The theme loaded, and the templates compiled on an earlier run made ready.</summary>
    public static Theme LoadTheme(string folder)
    {
        var theme = Theme.Load(folder);
        theme.Warm();
        return theme;
    }

    private static async Task<SiteBuild> RunAsync(string content, Task<Theme> loading, DateOnly asOf, FetchOptions sources, Action<string> step, bool booklets, Func<OutputFile, OutputFile>? ready, WorkbookCache? workbooks, bool keep, PlanPlacement? placement, HistorySource? history = null, string? baseUrl = null, string? publishedAt = null)
    {
        var diagnostics = new List<Diagnostic>();
        // The history the last build published is read on another core while the workbooks are.
        var data = (placement?.Paths ?? SitePaths.Root).ChangesData;
        var published = history is null ? null : history.Folder is { } folder ? Task.Run(() => ChangesJson.Read(folder, data)) : Task.FromResult<(ChangeLog?, Diagnostic?)>((null, null));
        var imported = await ContentFolder.ImportAsync(content, sources, workbooks, step).ConfigureAwait(false);
        diagnostics.AddRange(imported.Diagnostics);
        if (imported.Source is null || diagnostics.HasErrors())
        {
            return new SiteBuild(null, null, diagnostics);
        }

        // The theme's words in the plan's languages are read on the other core while the plan is resolved.
        var (theming, languages) = (loading, imported.Source.Settings.Languages);
        loading = Task.Run(() => WithTextAsync(theming, languages));
        step("Resolving the plan");
        var resolved = PlanResolver.Resolve(imported.Source);
        diagnostics.AddRange(resolved.Diagnostics);
        var settings = resolved.Plan.Settings;
        baseUrl ??= publishedAt is not null && (settings.BaseUrl.Length == 0 || settings.IsExampleAddress) ? publishedAt : null;
        var plan = baseUrl is null ? resolved.Plan : resolved.Plan with { Settings = settings with { BaseUrl = baseUrl } };
        if (diagnostics.HasErrors())
        {
            return new SiteBuild(plan, null, diagnostics);
        }

        var (changes, unread) = await HistoryAsync(plan, published, history, data, asOf, sources, step, diagnostics).ConfigureAwait(false);
        if (unread is not null)
        {
            return new SiteBuild(plan, null, [.. diagnostics, unread]);
        }

        // A translation written for earlier first-language words is shown marked so, and named, until it is changed too.
        var stale = TranslationAges.Stale(changes?.Translations, plan.Texts).ToList();
        if (stale.Count > 0)
        {
            plan = plan with { Texts = new PlanTexts(plan.Texts.Cells) { Stale = stale.Select(s => (s.Language, s.Cell.Text)).ToHashSet() } };
            diagnostics.AddRange(stale.Select(s => Diagnostic.Note(
                s.Cell.TranslatedAt.GetValueOrDefault(s.Language, s.Cell.Location),
                $"This {CultureInfo.GetCultureInfo(s.Language).EnglishName} was written for earlier words of {s.Cell.Location.Cell}: it is shown marked as perhaps out of date until it is changed too.",
                $"the {s.Language} text brought up to date with {s.Cell.Location.Cell}'s words now")));
        }

        step("Rendering pages");
        var theme = await loading.ConfigureAwait(false);
        var site = await PlanLanguages.RenderAsync(plan, theme, asOf, ready, keep, placement, changes).ConfigureAwait(false);
        diagnostics.AddRange(PlanLanguages.Coverage(plan));
        diagnostics.AddRange(site.Diagnostics);
        if (!booklets || plan.Pairs.Count == 0 || diagnostics.HasErrors())
        {
            return new SiteBuild(plan, site, diagnostics);
        }

        var rendered = await PlanLanguages.RenderBookletsAsync(plan, theme, asOf, keep).ConfigureAwait(false);
        diagnostics.AddRange(rendered.Diagnostics);
        return new SiteBuild(plan, site, diagnostics, rendered);
    }

    private static async Task<Theme> WithTextAsync(Task<Theme> loading, IEnumerable<string> languages)
    {
        var theme = await loading.ConfigureAwait(false);
        foreach (var language in languages)
        {
            theme.Text(language);
        }

        return theme;
    }

    /// <summary>
    /// The plan's change history with this build's changes: continued from the site last published
    /// (<paramref name="published"/>, being read from the output folder) or, when it has none, from
    /// where --history-from says; started when there is none; null when no history is kept. One that
    /// cannot be read is the problem, as is a plan that would take more than half of a kind of item
    /// off the site published last (<see cref="Shrinkage"/>), unless the build is told it is meant.
    /// </summary>
    private static async Task<(ChangeLog? History, Diagnostic? Problem)> HistoryAsync(Plan plan, Task<(ChangeLog?, Diagnostic?)>? published, HistorySource? history, string data, DateOnly asOf, FetchOptions sources, Action<string> step, List<Diagnostic> diagnostics)
    {
        if (published is null || history is null)
        {
            return (null, null);
        }

        var (previous, problem) = await published.ConfigureAwait(false);
        if (previous is null && problem is null && HistoryAddress(history.From, plan.Settings, data, diagnostics) is { } address)
        {
            step("Reading the published change history");
            (previous, problem) = await ChangesJson.FetchAsync(address, sources.Timeout).ConfigureAwait(false);
        }

        if (problem is not null)
        {
            return (null, problem);
        }

        var state = TrackedItems.Of(plan);
        if (previous is not null && !history.AllowDrop && Shrinkage.Lost(previous.State, state) is { } lost)
        {
            return (null, Diagnostic.Error(
                new SourceLocation(history.Content.Replace('\\', '/')),
                $"This build would take {lost} off the site published last: most often a header row was cleared, a sheet renamed, or a workbook left out or cut short. Nothing was published.",
                "the plan with what it had; if the plan is meant to lose them, build with --allow-drop (the action's allow-drop input)"));
        }

        return (ChangeRecorder.Record(previous, state, asOf, TrackedItems.Groups(plan)) with { Translations = TranslationAges.Record(previous?.Translations, plan.Texts) }, null);
    }

    /// <summary>Where --history-from says the published history is: "published" is the changes.json under base_url (none without one, which is noted); else its address.</summary>
    private static Uri? HistoryAddress(string? historyFrom, SiteSettings settings, string data, List<Diagnostic> diagnostics)
    {
        if (historyFrom is null)
        {
            return null;
        }

        if (historyFrom != "published")
        {
            // BuildCommand has checked that it is an address.
            return new Uri(historyFrom, UriKind.Absolute);
        }

        if (settings.Root is not { } root)
        {
            diagnostics.Add(Diagnostic.Note(new SourceLocation("site.yml"), "There is no base_url, so the published change history could not be read: the history starts with this build.", "base_url: the address the site is published at"));
            return null;
        }

        return new Uri(root, data);
    }
}

/// <summary>Where a build's change history is: the folder of the site last published, and where else to read it from.</summary>
/// <param name="Folder">The output folder of the site last published, whose changes.json the build continues; null starts a history (check, which renders every page a build would).</param>
/// <param name="Content">The content folder, which a refusal to shrink the site names.</param>
/// <param name="From">When that folder has none: "published" (the changes.json at base_url) or its address; null starts it.</param>
/// <param name="AllowDrop">A build that takes most of a kind of item off the site is meant (--allow-drop).</param>
public sealed record HistorySource(string? Folder, string Content, string? From = null, bool AllowDrop = false);
