using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;
using PlanPress.Printing;
using PlanPress.Reporting;
using PlanPress.Site;

namespace PlanPress.Accessibility;

/// <summary>
/// <c>planpress check --accessibility</c>'s part: every page of the built site checked in a headless
/// Chromium (<see cref="AccessibilityRun"/>), each rule a page fails a warning naming the page, and the
/// site's accessibility statements given what was found (<see cref="Statements"/>).
/// </summary>
public static class AccessibilityCommand
{
    private static readonly TimeSpan PagePatience = TimeSpan.FromMinutes(1);

    /// <summary>The problems found, after the statements are written; an error alone when the site could not be checked.</summary>
    /// <param name="most">The most pages one run checks; a larger site is checked by a sample of every kind of page (<see cref="AccessibilityRun.Sample"/>), and its statements say so.</param>
    public static async Task<List<Diagnostic>> RunAsync(Reporter reporter, Terminal terminal, string site, string theme, string? chromium, int most, CancellationToken token)
    {
        if (!File.Exists(Path.Combine(site, SiteWriter.MarkerFile)))
        {
            return [Diagnostic.Error(new SourceLocation(site.Replace('\\', '/')), "There is no built site here to check.", "the folder planpress build wrote (--output): run planpress build first")];
        }

        if (ChromiumPrinter.Find(chromium, terminal.Variable) is not { } browser)
        {
            return [ChromiumPrinter.Missing(chromium, "check the pages in")];
        }

        var all = AccessibilityRun.Pages(site);
        var (themed, today) = (Theme.Load(theme), DateOnly.FromDateTime(DateTime.Today));
        var pages = AccessibilityRun.Sample(all, most);
        var profile = Path.Combine(Path.GetTempPath(), "planpress-check", Guid.NewGuid().ToString("N"));
        string? current = null;
        try
        {
            var (tool, results, problems) = await reporter.WithProgressAsync(async step =>
            {
                await using var session = await browser.StartAsync(profile, token).ConfigureAwait(false);
                using var patience = CancellationTokenSource.CreateLinkedTokenSource(token);
                patience.CancelAfter(PagePatience * Math.Max(1, pages.Count));
                var (tool, results) = await AccessibilityRun.CheckAsync(session, site, pages, page => step($"Checking {current = page}"), patience.Token).ConfigureAwait(false);
                var problems = await Statements.WriteAsync(site, themed, tool, today, results, all).ConfigureAwait(false);
                // The statements changed when their results were written in: each is checked again as published.
                var statements = results.Where(r => Path.GetFileName(r.Path) == Statements.FileName).Select(r => r.Path).ToList();
                var (_, again) = await AccessibilityRun.CheckAsync(session, site, statements, page => step($"Checking {current = page}"), patience.Token).ConfigureAwait(false);
                var merged = results.Where(r => !statements.Contains(r.Path)).Concat(again).ToList();
                if (again.Any(r => r.Violations.Count > 0))
                {
                    // What the statements' own check found is in them too: they never say more passed than did.
                    problems = await Statements.WriteAsync(site, themed, tool, today, merged, all).ConfigureAwait(false);
                }

                return (tool, merged, problems);
            }).ConfigureAwait(false);
            problems.InsertRange(0, results.SelectMany(r => r.Violations.Select(v => Diagnostic.Warning(
                new SourceLocation(Path.Combine(site, r.Path).Replace('\\', '/')),
                $"{(v.Printed ? "As printed, the page" : "The page")} fails {(v.Rule == "reflow" ? "reflow at 320 pixels wide" : $"axe's rule {v.Rule}")}{(v.Criteria.Count > 0 ? $" (WCAG {string.Join(", ", v.Criteria)})" : string.Empty)}: {v.Html}",
                v.Help))));
            var statements = all.Count(p => Path.GetFileName(p) == Statements.FileName);
            reporter.Summary($"Checked {Plural.Of(results.Count, "page")}{(results.Count < all.Count ? $" of {all.Count} (every kind of page, in every language, spread across the site)" : string.Empty)} in {Path.GetFileName(browser.Executable)} with {tool} ({Plural.Of(results.Count(r => r.Printed), "month")} also as printed): "
                + $"{Plural.Of(results.Count(r => r.Violations.Count > 0), "page")} with problems; {Plural.Of(statements, "accessibility statement")} and {Statements.ReportFile} say so.");
            return problems;
        }
        catch (Exception e) when (e is IOException or PuppeteerSharp.PuppeteerException or PuppeteerSharp.ProcessException or System.ComponentModel.Win32Exception || (e is OperationCanceledException && !token.IsCancellationRequested))
        {
            var why = e is OperationCanceledException ? "it did not finish in time" : e.Message.TrimEnd(' ', '.');
            return [Diagnostic.Error(
                new SourceLocation(current is null ? browser.Executable : Path.Combine(site, current).Replace('\\', '/')),
                current is null ? $"{Path.GetFileName(browser.Executable)} did not start: {why}." : $"The page could not be checked: {why}.",
                "a Chromium or Chrome that runs headless on this machine")];
        }
        finally
        {
            SiteWriter.TryDelete(profile);
        }
    }
}
