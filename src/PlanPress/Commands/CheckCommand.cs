using System.CommandLine;
using PlanPress.Import.Portals;
using PlanPress.Import.Sources;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;
using PlanPress.Accessibility;
using PlanPress.Portals;
using PlanPress.Reporting;

namespace PlanPress.Commands;

/// <summary><c>planpress check</c>: everything a build does, in memory, without writing the site.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, Terminal terminal)
    {
        var options = new CommonOptions();
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too." };
        var accessibility = new Option<bool>("--accessibility") { Description = "Also check every page of the built site (--output) in a headless Chromium with axe's WCAG 2.2 AA rules, at 320 pixels wide and as printed, and write what was found into its accessibility statements." };
        var site = new Option<string>("--output") { Description = "With --accessibility: the built site to check.", DefaultValueFactory = _ => "site-output" };
        var most = new Option<int>("--accessibility-pages") { Description = "With --accessibility: the most pages to check; a larger site is checked by a sample holding every kind of page in every language (a page takes about a third of a second).", DefaultValueFactory = _ => 2000 };
        var chromium = new Option<string?>("--chromium") { Description = "With --accessibility: the Chromium or Chrome to check in (default: PLANPRESS_CHROMIUM, else chromium or google-chrome on PATH)." };
        var command = new Command("check", "Check the content folder and report every problem, without writing the site. Exit code 1 when there are errors.");
        options.AddTo(command);
        command.Options.Add(strict);
        command.Options.Add(accessibility);
        command.Options.Add(site);
        command.Options.Add(chromium);
        command.Options.Add(most);
        command.SetAction(async (result, token) =>
        {
            var reporter = new Reporter(output, options.Verbosity(result), terminal);
            var code = await RunAsync(reporter, result.GetValue(options.Content)!, result.GetValue(options.Theme), result.GetValue(options.AsOf), options.Sources(result, terminal), result.GetValue(strict)).ConfigureAwait(false);
            if (!result.GetValue(accessibility))
            {
                return code;
            }

            var problems = await AccessibilityCommand.RunAsync(reporter, terminal, result.GetValue(site)!, options.ThemeFolder(result), result.GetValue(chromium), result.GetValue(most), token).ConfigureAwait(false);
            reporter.Report(problems);
            var (errors, warnings) = Reporter.Tally(problems);
            return code != 0 || errors > 0 || (result.GetValue(strict) && warnings > 0) ? 1 : 0;
        });
        return command;
    }

    public static async Task<int> RunAsync(Reporter reporter, string content, string? theme, string? asOfText, FetchOptions sources, bool strict)
    {
        if (CommonOptions.ReadAsOf(asOfText, out var asOf) is { } notADate)
        {
            reporter.Report([notADate]);
            reporter.Summary("Check failed: 1 error, 0 warnings.");
            return 1;
        }

        if (PortalFolder.IsPortal(content))
        {
            return await PortalCommands.CheckAsync(reporter, content, theme ?? CommonOptions.DefaultTheme(), asOf, sources, strict).ConfigureAwait(false);
        }

        var build = await reporter.WithProgressAsync(step => SiteBuild.RunAsync(content, theme, asOf, sources, step, keep: false, history: new HistorySource(null, content))).ConfigureAwait(false);
        reporter.Report([.. build.Diagnostics, .. Missed(build, asOf)]);
        var (errors, warnings) = Reporter.Tally(build.Diagnostics);
        var failed = errors > 0 || (strict && warnings > 0);
        var pages = build.Site?.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)) ?? 0;
        reporter.Summary(failed
            ? $"Check failed: {Plural.Of(errors, "error")}, {Plural.Of(warnings, "warning")}{(strict && errors == 0 ? " (--strict)" : string.Empty)}."
            : $"Check passed: {pages} pages would be built; 0 errors, {Plural.Of(warnings, "warning")}.");
        return failed ? 1 : 0;
    }

    /// <summary>
    /// For the coordinator alone (never on the site, and only where the pairs are known): each pair
    /// with no meeting logged for a month that has ended, as a note at the pair's row of the Pairs
    /// sheet. The names are not written: check's output may be a public CI log.
    /// </summary>
    private static IEnumerable<Diagnostic> Missed(SiteBuild build, DateOnly asOf) =>
        build.Plan is { Meetings.Kept: true } plan
            ? plan.Meetings.Missed(plan.Pairs, plan.Months, asOf).Select(m => Diagnostic.Note(m.Pair.Source, $"This pair logged no meeting for {m.Month.Name(plan.Settings.Culture)}."))
            : [];
}
