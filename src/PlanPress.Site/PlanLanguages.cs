using System.Globalization;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.History;
using PlanPress.Model.Languages;
using PlanPress.Model.Text;

namespace PlanPress.Site;

/// <summary>
/// A plan published in each of its languages: the first (the workbooks' own) where the plan is, each
/// other one as a site of its own in a folder named by its code ("es/"), its text taken from the
/// paired columns and pages, with the same addresses below it, so every page leads to its translation.
/// </summary>
public static class PlanLanguages
{
    /// <summary>How many cells still to translate a sheet's note names before it says "and N more".</summary>
    private const int CellsNamed = 12;

    /// <param name="placement">Where the first language's site is (a portal's plan folder), or null at the root.</param>
    public static async Task<RenderedSite> RenderAsync(Plan plan, Theme theme, DateOnly asOf, Func<OutputFile, OutputFile>? ready, bool keep, PlanPlacement? placement, ChangeLog? history)
    {
        var paths = placement?.Paths ?? SitePaths.Root;
        var shared = (placement?.Elsewhere ?? Enumerable.Empty<string>()).Concat(SiteRenderer.SharedPaths(theme)).ToHashSet(StringComparer.Ordinal);
        var site = await InEachLanguageAsync(
            plan,
            theme,
            await SiteRenderer.RenderAsync(plan, theme, asOf, ready, keep, placement, history).ConfigureAwait(false),
            (translated, language) => SiteRenderer.RenderAsync(
                translated,
                theme,
                asOf,
                ready,
                keep,
                new PlanPlacement(paths.InLanguage(language, plan.Settings.Languages), placement?.Portal, shared),
                history is null ? null : PlanTranslator.Translate(history, plan, language))).ConfigureAwait(false);
        return site with { Files = SiteRenderer.WithEveryLanguageInSitemap(plan, paths, site.Files) };
    }

    /// <summary>The mentor pairs' booklets in each language: the first at the booklets folder's root, each other one under its code.</summary>
    public static async Task<RenderedSite> RenderBookletsAsync(Plan plan, Theme theme, DateOnly asOf, bool keep) =>
        await InEachLanguageAsync(
            plan,
            theme,
            await SiteRenderer.RenderBookletsAsync(plan, theme, asOf, keep).ConfigureAwait(false),
            (translated, language) => SiteRenderer.RenderBookletsAsync(translated, theme, asOf, keep, SitePaths.Root.InLanguage(language, plan.Settings.Languages))).ConfigureAwait(false);

    /// <summary>What the first language rendered, with what <paramref name="render"/> renders of the plan in each other one; a problem met in several languages is said once.</summary>
    private static async Task<RenderedSite> InEachLanguageAsync(Plan plan, Theme theme, RenderedSite first, Func<Plan, string, Task<RenderedSite>> render)
    {
        var files = first.Files.ToList();
        var diagnostics = first.Diagnostics.ToList();
        var until = first.Until;
        foreach (var language in plan.Settings.OtherLanguages)
        {
            var site = await render(PlanTranslator.Translate(plan, language, theme.Text(language).Translations["translation-may-be-stale"]), language).ConfigureAwait(false);
            files.AddRange(site.Files);
            diagnostics.AddRange(site.Diagnostics.Where(d => !diagnostics.Contains(d)));
            until = until < site.Until ? until : site.Until;
        }

        return new RenderedSite(files, diagnostics) { Until = until };
    }

    /// <summary>
    /// What is left to translate, per language and sheet: one note per sheet with its count and the
    /// cells still to translate, and a closing one with the plan's count.
    /// </summary>
    public static IEnumerable<Diagnostic> Coverage(Plan plan)
    {
        foreach (var language in plan.Settings.OtherLanguages)
        {
            var name = CultureInfo.GetCultureInfo(language).EnglishName;
            var cells = plan.Texts.Cells;
            var left = plan.Texts.Untranslated(language).ToList();
            foreach (var sheet in left.GroupBy(c => (c.Location.File, c.Location.Sheet)))
            {
                var total = cells.Count(c => c.Location.File == sheet.Key.File && c.Location.Sheet == sheet.Key.Sheet);
                var named = string.Join(", ", sheet.Take(CellsNamed).Select(c => c.Location.Cell));
                var more = sheet.Count() > CellsNamed ? $" and {sheet.Count() - CellsNamed} more" : string.Empty;
                yield return Diagnostic.Note(
                    new SourceLocation(sheet.Key.File, sheet.Key.Sheet),
                    $"{name} ({language}): {total - sheet.Count()} of {Plural.Of(total, "text cell")} translated; to translate: {named}{more}. They are shown in {CultureInfo.GetCultureInfo(plan.Settings.Language).EnglishName}, marked as such, until then.",
                    $"a column headed like its text column with ({language}) after it, such as \"Task ({language})\", beside it");
            }

            var pages = plan.Pages.Where(p => !p.Translations.ContainsKey(language)).Select(p => p.Source.File).ToList();
            foreach (var page in pages)
            {
                yield return Diagnostic.Note(new SourceLocation(page), $"{name} ({language}): this page has no translation; it is shown in {CultureInfo.GetCultureInfo(plan.Settings.Language).EnglishName} on the {language} site.", $"{Path.GetFileNameWithoutExtension(page)}.{language}.md beside it");
            }

            var settings = plan.Settings;
            var untold = new[] { ("title", settings.Title), ("description", settings.Description), ("organisation", settings.Organisation), ("timeframe", settings.Timeframe) }
                .Where(t => t.Item2.Length > 0 && !settings.InOtherLanguages.ContainsKey($"{t.Item1}.{language}"))
                .Select(t => $"{t.Item1}.{language}")
                .ToList();
            yield return Diagnostic.Note(
                new SourceLocation("site.yml"),
                $"{name} ({language}): {cells.Count - left.Count} of {Plural.Of(cells.Count, "text cell")} and {plan.Pages.Count - pages.Count} of {Plural.Of(plan.Pages.Count, "page")} translated"
                + (plan.Texts.Stale.Count(s => s.Language == language) is > 0 and var stale ? $" ({stale} of the cells' translations written for earlier words, marked as perhaps out of date)" : string.Empty)
                + $"; the site is under {language}/."
                + (untold.Count == 0 ? string.Empty : $" Not given in site.yml: {string.Join(", ", untold)}."));
        }
    }
}
