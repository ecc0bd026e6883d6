using System.Text;
using System.Text.Json;
using PlanPress.Model.Diagnostics;
using PlanPress.Site;
using PlanPress.Site.Pages;

namespace PlanPress.Accessibility;

/// <summary>
/// Writes what a check found into the built site: each accessibility statement's results part,
/// for the pages it covers, in its own language, and accessibility.json beside the site's pages.
/// A statement covers the site it is at the root of: a plan's (its other languages' folders
/// included), or a portal's, every plan in it included.
/// </summary>
public static partial class Statements
{
    public const string FileName = "accessibility.html";

    public const string ReportFile = "accessibility.json";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes each statement's results and the report; the problems met (a statement without its results part), none when all went well.</summary>
    /// <param name="all">Every page of the site, checked or not: a statement says how many of its own were checked.</param>
    public static async Task<List<Diagnostic>> WriteAsync(string folder, Theme theme, string tool, DateOnly day, IReadOnlyList<PageResult> pages, IReadOnlyList<string> all)
    {
        var problems = new List<Diagnostic>();
        // Every statement of the site, checked or not (a sample may leave a plan's out): each says what was checked of its own pages.
        var statements = all.Where(p => Path.GetFileName(p) == FileName).ToList();
        foreach (var path in statements)
        {
            var file = Path.Combine(folder, path);
            var html = await File.ReadAllTextAsync(file).ConfigureAwait(false);
            var statement = new PageResult(path, Language().Match(html) is { Success: true } lang ? lang.Groups[1].Value : "en", false, []);
            var start = html.IndexOf(AccessibilityPage.ResultsStart, StringComparison.Ordinal);
            var end = html.IndexOf(AccessibilityPage.ResultsEnd, StringComparison.Ordinal);
            if (start < 0 || end < start)
            {
                problems.Add(Diagnostic.Warning(
                    new SourceLocation(Path.Combine(folder, statement.Path).Replace('\\', '/')),
                    $"The statement has no place for the results, so it does not say what was checked (they are in {ReportFile}).",
                    $"the theme's Accessibility.cshtml writing {AccessibilityPage.ResultsStart} and {AccessibilityPage.ResultsEnd} around its results, as the default theme's does"));
                continue;
            }

            var scope = Scope(statement, statements);
            var report = Report(tool, day, pages.Where(p => p.Path.StartsWith(scope, StringComparison.Ordinal)).ToList(), scope) with { Of = all.Count(p => p.StartsWith(scope, StringComparison.Ordinal)) };
            var results = await theme.RenderPartAsync("Partials/_AccessibilityResults.cshtml", new AccessibilityResults(report, theme.Text(statement.Language).Translations, statement.Language)).ConfigureAwait(false);
            var written = string.Concat(html.AsSpan(0, start + AccessibilityPage.ResultsStart.Length), "\n", results, html.AsSpan(end));
            await ReplaceAsync(file, Utf8.GetBytes(written)).ConfigureAwait(false);
        }

        var whole = new { @checked = day, tool, standard = "WCAG 2.2 AA", pagesInSite = all.Count, pages };
        await ReplaceAsync(Path.Combine(folder, ReportFile), JsonSerializer.SerializeToUtf8Bytes(whole, Json)).ConfigureAwait(false);
        return problems;
    }

    /// <summary>
    /// The folder of the site a statement covers, as a path prefix ("" for the root, "north-high/"):
    /// its own folder, or the folder above when that is its language's folder of a site with a statement of its own.
    /// </summary>
    private static string Scope(PageResult statement, IReadOnlyList<string> statements)
    {
        var folder = statement.Path[..^FileName.Length];
        var parts = folder.TrimEnd('/').Split('/');
        var above = parts.Length > 1 ? string.Join('/', parts[..^1]) + "/" : string.Empty;
        var inLanguageFolder = folder.Length > 0 && string.Equals(parts[^1], statement.Language.Split('-')[0], StringComparison.OrdinalIgnoreCase);
        return inLanguageFolder && statements.Contains(above + FileName) ? above : folder;
    }

    /// <summary>What the pages under <paramref name="scope"/> gave, each rule failed as one finding (on screen and as printed apart), its pages by path from the scope.</summary>
    private static AccessibilityReport Report(string tool, DateOnly day, List<PageResult> pages, string scope)
    {
        var findings = pages
            .SelectMany(p => p.Violations.Select(v => (Page: p.Path[scope.Length..], Violation: v)))
            .GroupBy(f => (f.Violation.Rule, f.Violation.Printed))
            .Select(g =>
            {
                var first = g.First().Violation;
                return new AccessibilityFinding(g.Key.Rule, first.Help + (g.Key.Printed ? " (printed)" : string.Empty), first.Criteria, g.Select(f => f.Page).Distinct().ToList());
            })
            .ToList();
        // The site's own language first: its pages are at the scope's root, the others' in folders.
        var languages = pages.OrderBy(p => p.Path[scope.Length..].Contains('/')).Select(p => p.Language).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new AccessibilityReport(day, tool, pages.Count, languages, pages.Count(p => p.Printed), findings);
    }

    /// <summary>A page's language, as its &lt;html lang&gt; says.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"<html[^>]*\slang=""([A-Za-z-]{2,12})""")]
    private static partial System.Text.RegularExpressions.Regex Language();

    /// <summary>Replaces a file whole: written beside it, then moved over it, so a reader never sees half of it.</summary>
    private static async Task ReplaceAsync(string file, byte[] content)
    {
        var temporary = file + ".planpress-tmp";
        await File.WriteAllBytesAsync(temporary, content).ConfigureAwait(false);
        File.Move(temporary, file, overwrite: true);
    }
}
