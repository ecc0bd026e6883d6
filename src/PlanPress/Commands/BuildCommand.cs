using System.CommandLine;
using System.Diagnostics;
using PlanPress.Import.Portals;
using PlanPress.Import.Sources;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;
using PlanPress.Portals;
using PlanPress.Reporting;
using PlanPress.Site;

namespace PlanPress.Commands;

/// <summary><c>planpress build</c>: import the content, resolve the plan, render the theme, replace the output folder.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, Terminal terminal)
    {
        var options = new CommonOptions();
        var outputFolder = new Option<string>("--output") { Description = "The folder the site is written to; replaced only when the build succeeds.", DefaultValueFactory = _ => "site-output" };
        var booklets = new Option<string?>("--booklets") { Description = "Where the mentor pairs' personal booklets go when there is a Pairs sheet; never inside the site. Default: booklets beside the output folder." };
        var historyFrom = new Option<string?>("--history-from") { Description = "Where the change history is read when the output folder has none (a clean CI runner): \"published\" for the changes.json at site.yml's base_url, or its address. None there starts the history; any other failure stops the build, so that the history is not lost." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Where the site is published, used when site.yml gives no base_url or an example one (the action passes GitHub Pages' address)." };
        var allowDrop = new Option<bool>("--allow-drop") { Description = "Publish even when the plan has lost more than half of its months, tasks, benchmarks or activities since the site published last (without it, such a build stops and names what would go)." };
        var slice = new Option<string?>("--slice") { Description = "On a portal, build only its Kth slice of N (K/N, e.g. 2/8) into the output folder, for assemble to join (a job of a matrix)." };
        var command = new Command("build", "Build the site from the content folder into the output folder. A content folder whose plans/ folder holds plans is a portal: each plan is built under its own folder, and the portal's pages beside them.");
        options.AddTo(command);
        command.Options.Add(outputFolder);
        command.Options.Add(booklets);
        command.Options.Add(slice);
        command.Options.Add(historyFrom);
        command.Options.Add(allowDrop);
        command.Options.Add(baseUrl);
        command.SetAction((result, _) => RunAsync(
            new Reporter(output, options.Verbosity(result), terminal),
            result.GetValue(options.Content)!,
            result.GetValue(options.Theme),
            result.GetValue(outputFolder)!,
            result.GetValue(booklets) ?? BookletsBeside(result.GetValue(outputFolder)!),
            result.GetValue(options.AsOf),
            options.Sources(result, terminal),
            result.GetValue(slice),
            result.GetValue(historyFrom),
            result.GetValue(allowDrop),
            result.GetValue(baseUrl)));
        return command;
    }

    public static async Task<int> RunAsync(Reporter reporter, string content, string? theme, string outputFolder, string bookletFolder, string? asOfText, FetchOptions sources, string? sliceText = null, string? historyFrom = null, bool allowDrop = false, string? publishedAt = null)
    {
        var clock = Stopwatch.StartNew();
        if (CommonOptions.ReadAsOf(asOfText, out var asOf) is { } notADate)
        {
            return reporter.Failed("Build", [notADate], outputFolder);
        }

        if (historyFrom is not null && historyFrom != "published" && !(Uri.TryCreate(historyFrom, UriKind.Absolute, out var address) && address.Scheme.StartsWith("http", StringComparison.Ordinal)))
        {
            return reporter.Failed("Build", [Diagnostic.Error(new SourceLocation("--history-from"), $"\"{historyFrom}\" is neither \"published\" nor a web address.", "\"published\" for the changes.json at base_url, or the https address of a published changes.json")], outputFolder);
        }

        if (publishedAt is not null && Import.SiteConfig.BaseUrlProblem(publishedAt, "The address") is { } wrongAddress)
        {
            return reporter.Failed("Build", [Diagnostic.Error(new SourceLocation("--base-url"), wrongAddress, "the address the site is published at, such as https://example.github.io/plan/")], outputFolder);
        }

        var themeFolder = theme ?? CommonOptions.DefaultTheme();
        var folderProblems = new[] { ("--output", outputFolder), ("--booklets", bookletFolder) }
            .Select(f => Paths.ReplaceableProblem(f.Item1, f.Item2, content, themeFolder))
            .OfType<Diagnostic>()
            .ToList();
        if (folderProblems.Count > 0)
        {
            return reporter.Failed("Build", folderProblems, unchanged: null);
        }

        if (PortalFolder.IsPortal(content))
        {
            if (!TryReadSlice(reporter, sliceText, out var slice))
            {
                return 1;
            }

            if (historyFrom is not null)
            {
                reporter.Report([Diagnostic.Note(new SourceLocation("--history-from"), "A portal's plans carry their change history in the output folder only; --history-from is for a single plan and was not used.", "the output folder kept from build to build (the action restores it from the Actions cache)")]);
            }

            return await PortalCommands.BuildAsync(reporter, content, themeFolder, outputFolder, asOf, sources, slice, allowDrop, publishedAt).ConfigureAwait(false);
        }

        if (sliceText is not null)
        {
            return reporter.Failed("Build", [Diagnostic.Error(new SourceLocation("--slice"), $"{content} is a single plan, not a portal: there is nothing to slice.", $"a portal folder, whose {PortalFolder.PlansFolder}/ folder holds a folder per plan")], outputFolder);
        }

        // Pages are written beside the output folder as they render; the output folder changes only if all goes well.
        using var staged = new StagedSite(outputFolder);
        var build = await reporter.WithProgressAsync(step => SiteBuild.RunAsync(content, themeFolder, asOf, sources, step, staged.Add, history: new HistorySource(outputFolder, content, historyFrom, allowDrop), publishedAt: publishedAt)).ConfigureAwait(false);
        var diagnostics = build.Diagnostics.ToList();
        if (reporter.OnGitHubActions && build.Plan?.Settings is { IsExampleAddress: true } published)
        {
            diagnostics.Add(ExampleAddress(published.BaseUrl, content));
        }

        // On GitHub the content is the repository's: pairs.xlsx is left out by .gitignore, so any pairs read were committed.
        if (reporter.OnGitHubActions && build.Plan?.Pairs is { Count: > 0 } committed)
        {
            diagnostics.Add(Diagnostic.Warning(
                new SourceLocation(committed[0].Source.File, committed[0].Source.Sheet),
                $"The pairs' names ({Plural.Of(committed.Count, "pair")}) are in a workbook the repository holds, where anyone who can read it can read them; the site never publishes them.",
                "the Pairs and Mentoring Action Plan sheets moved into content/pairs.xlsx, which .gitignore leaves out, and the booklets built on your own machine"));
        }

        // A meeting log kept as a file of the repository: its names, e-mail addresses and notes are in the repository's history.
        if (reporter.OnGitHubActions && build.Plan?.Settings is { MeetingLog.Length: > 0 } logged && File.Exists(Path.Combine(content, logged.MeetingLog)))
        {
            diagnostics.Add(Diagnostic.Warning(
                new SourceLocation(Path.Combine(content, logged.MeetingLog).Replace('\\', '/')),
                "The meeting log's responses (names, e-mail addresses, notes) are in a file the repository holds, where anyone who can read it can read them; the site publishes only counts.",
                "the form's responses sheet shared by its address in meeting_log: (fetched at each build, never committed), and this file removed from the repository"));
        }

        if (build.Succeeded && Paths.IsInside(bookletFolder, outputFolder))
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation("--booklets"), $"The booklets folder {bookletFolder} is inside the site's folder {outputFolder}, where pair names would be published.", "a folder outside the site, such as booklets"));
        }
        else if (build.Succeeded && staged.Commit(build.Site!.Files) is { } problem)
        {
            diagnostics.Add(problem);
        }
        else if (build.Succeeded && build.Booklets is { } personal && SiteWriter.Replace(bookletFolder, personal.Files) is { } bookletProblem)
        {
            diagnostics.Add(bookletProblem);
        }

        var (errors, warnings) = Reporter.Tally(diagnostics);
        if (errors > 0)
        {
            return reporter.Failed("Build", diagnostics, outputFolder);
        }

        reporter.Report(diagnostics);
        var pages = build.Site!.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        var pairs = build.Booklets is null ? string.Empty : $" and {Plural.Of(build.Plan!.Pairs.Count, "pair booklet")} into {bookletFolder}";
        reporter.Summary($"Built {pages} pages into {outputFolder}{pairs} in {clock.Elapsed.TotalSeconds:0.0} s: 0 errors, {Plural.Of(warnings, "warning")}.");
        return 0;
    }

    /// <summary>What a build for publishing with an example base_url says: its codes, feeds and sitemap would lead there.</summary>
    public static Diagnostic ExampleAddress(string baseUrl, string content) => Diagnostic.Warning(
        new SourceLocation(Path.Combine(content, "site.yml").Replace('\\', '/')),
        $"The base_url {baseUrl} is an example address: every printed QR code, calendar feed, change feed and sitemap of the published site leads there.",
        "base_url: the address the site is published at (GitHub shows it under Settings → Pages), or no base_url, which the action then takes from GitHub Pages");

    /// <summary>The booklets' folder when none is given: "booklets" beside the output folder (my-plan/booklets for my-plan/site-output), never the current folder's whatever the output is.</summary>
    public static string BookletsBeside(string outputFolder) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(outputFolder)) ?? string.Empty, "booklets");

    /// <summary>Reads --slice K/N: the Kth of N slices of a portal's plans, 1 ≤ K ≤ N; null when not given.</summary>
    private static bool TryReadSlice(Reporter reporter, string? text, out PlanSlice? slice)
    {
        slice = null;
        if (text is null)
        {
            return true;
        }

        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var number) && int.TryParse(parts[1], out var of) && of >= 1 && number >= 1 && number <= of)
        {
            slice = new PlanSlice(number, of);
            return true;
        }

        reporter.Failed("Build", [Diagnostic.Error(new SourceLocation("--slice"), $"\"{text}\" is not a slice.", "K/N, the Kth of N slices, e.g. 2/8")], unchanged: null);
        return false;
    }
}
