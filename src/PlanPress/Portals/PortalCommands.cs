using System.Diagnostics;
using PlanPress.Import.Sources;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;
using PlanPress.Reporting;
using PlanPress.Site;

namespace PlanPress.Portals;

/// <summary>build, check and assemble on a portal: the build run, reported, and the output folder replaced as it allows.</summary>
public static class PortalCommands
{
    /// <summary>The exit code of a portal build that published its plans but could not update some of them.</summary>
    public const int SomePlansFailed = 3;

    /// <param name="slice">Given, only that slice of the plans is built, into an output folder that <c>assemble</c> takes.</param>
    public static async Task<int> BuildAsync(Reporter reporter, string content, string themeFolder, string outputFolder, DateOnly asOf, FetchOptions sources, PlanSlice? slice, bool allowDrop = false, string? publishedAt = null)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(themeFolder))
        {
            return reporter.Failed("Build", [Theme.Missing(themeFolder)], outputFolder);
        }

        using var staged = new StagedSite(outputFolder);
        var result = await reporter.WithProgressAsync(step => PortalBuild.RunAsync(content, SiteBuild.LoadTheme(themeFolder), asOf, sources, staged, step, slice, allowDrop: allowDrop, publishedAt: publishedAt)).ConfigureAwait(false);
        var extra = slice is null ? [] : new[] { new OutputFile(SiteWriter.MarkerFile, System.Text.Encoding.UTF8.GetBytes(SiteWriter.MarkerText)) };
        // A portal built on GitHub Actions for publishing with an example address says so, as a plan's build does.
        if (reporter.OnGitHubActions && result.Settings is { IsExampleAddress: true } settings)
        {
            result = result with { Diagnostics = [.. result.Diagnostics, Commands.BuildCommand.ExampleAddress(settings.BaseUrl, content)] };
        }

        return Finish(reporter, result, result.Failed ? null : staged.CommitAll([.. result.PortalFiles, .. extra]), outputFolder, clock, slice is null ? "portal" : $"slice {slice.Number} of {slice.Of}", published: slice is null);
    }

    public static async Task<int> AssembleAsync(Reporter reporter, string content, string themeFolder, string outputFolder, DateOnly asOf, IReadOnlyList<string> slices)
    {
        var clock = Stopwatch.StartNew();
        using var staged = new StagedSite(outputFolder);
        var result = await reporter.WithProgressAsync(step => PortalAssembly.AssembleAsync(content, themeFolder, asOf, slices, staged, step)).ConfigureAwait(false);
        return Finish(reporter, result, result.Failed ? null : staged.CommitAll(result.PortalFiles), outputFolder, clock, "portal", published: true);
    }

    public static async Task<int> CheckAsync(Reporter reporter, string content, string themeFolder, DateOnly asOf, FetchOptions sources, bool strict)
    {
        if (!Directory.Exists(themeFolder))
        {
            reporter.Report([Theme.Missing(themeFolder)]);
            reporter.Summary("Check failed: 1 error, 0 warnings.");
            return 1;
        }

        var result = await reporter.WithProgressAsync(step => PortalBuild.RunAsync(content, SiteBuild.LoadTheme(themeFolder), asOf, sources, staged: null, step)).ConfigureAwait(false);
        reporter.Report(result.Diagnostics);
        var (errors, warnings) = Reporter.Tally(result.Diagnostics);
        var failed = errors > 0 || (strict && warnings > 0);
        reporter.Summary(failed
            ? $"Check failed: {Plural.Of(errors, "error")}, {Plural.Of(warnings, "warning")}{Failing(result)}."
            : $"Check passed: {result.Pages} pages of {Plural.Of(result.Entries.Count, "plan")} would be built; 0 errors, {Plural.Of(warnings, "warning")}.");
        return failed ? 1 : 0;
    }

    private static string Failing(PortalBuildResult result) =>
        result.PlansFailed > 0 ? $" in {Plural.Of(result.PlansFailed, "plan")} of {result.Entries.Count}" : string.Empty;

    /// <param name="published">Whether the output is the portal's site (not a slice): one built on GitHub Actions is checked against GitHub Pages' size limit.</param>
    private static int Finish(Reporter reporter, PortalBuildResult result, Diagnostic? written, string outputFolder, Stopwatch clock, string what, bool published)
    {
        IReadOnlyList<Diagnostic> diagnostics = written is null ? result.Diagnostics : [.. result.Diagnostics, written];
        if (result.Failed || written is not null)
        {
            return reporter.Failed("Build", diagnostics, outputFolder);
        }

        if (published && reporter.OnGitHubActions && PagesLimit.Check(outputFolder) is { } tooLarge)
        {
            diagnostics = [.. diagnostics, tooLarge];
        }

        reporter.Report(diagnostics);
        var (errors, warnings) = Reporter.Tally(diagnostics);
        var done = $"Built the {what} into {outputFolder} in {clock.Elapsed.TotalSeconds:0.0} s: {result.Pages} pages of {Plural.Of(result.Entries.Count, "plan")} ({result.Built} built, {result.Kept} unchanged)";
        if (result.PlansFailed > 0)
        {
            var names = string.Join(", ", result.Entries.Where(e => e.State != Site.Portals.PlanState.Updated).Select(e => e.Folder));
            reporter.Summary($"{done}; {Plural.Of(result.PlansFailed, "plan")} not updated ({names}): {Plural.Of(errors, "error")}, {Plural.Of(warnings, "warning")}.");
            return SomePlansFailed;
        }

        reporter.Summary($"{done}: 0 errors, {Plural.Of(warnings, "warning")}.");
        return 0;
    }
}
