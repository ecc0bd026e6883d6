using System.Globalization;
using System.Text.Json;

namespace PlanPress.Tests.Browser;

/// <summary>
/// accessibility.html in each language, and <c>planpress check --accessibility</c> writing what a
/// real axe run in Chromium found into it: never more than was checked.
/// </summary>
[Collection(ChromiumTests.Name)]
public sealed class AccessibilityStatementTests(ChromiumFixture chromium) : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Kinds of page a sample of the two-language sample holds, each by the start of its path.</summary>
    private static readonly string[] Kinds = ["months/", "roles/", "es/months/", "es/roles/", "index.html", "es/index.html", "accessibility.html", "es/accessibility.html"];

    public void Dispose() => _folder.Dispose();

    private static string Today(string language) =>
        DateTime.Today.ToString(CultureInfo.GetCultureInfo(language).DateTimeFormat.LongDatePattern.Replace("dddd, ", string.Empty, StringComparison.Ordinal), CultureInfo.GetCultureInfo(language));

    private Task<PlanPressRun> CheckAsync(string content, string site, params string[] more) =>
        PlanPressRun.StartAsync(["check", "--accessibility", "--content", content, "--theme", Repository.Theme, "--output", site, "--as-of", ChromiumFixture.AsOf, "--chromium", chromium.Executable, .. more]);

    private static string MainOf(string page) => page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];

    /// <summary>The two-language sample, built into <paramref name="output"/>; its content folder.</summary>
    private async Task<string> BuildBilingualAsync(string output)
    {
        var content = Commands.BilingualSample.Write(_folder);
        var build = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", output, "--as-of", ChromiumFixture.AsOf);
        Assert.True(build.ExitCode == 0, build.Output);
        return content;
    }

    /// <summary>
    /// The two-language sample, checked with a limit below its 86 pages (as a large portal is, to keep
    /// this test short): a sample of every kind of page in both languages, and each statement saying
    /// how many of how many. A site within the limit, every page checked, is the next test's.
    /// </summary>
    [Fact]
    public async Task Both_languages_are_checked_by_a_sample_of_every_kind_of_page_and_each_statement_says_what_when_and_how_in_its_language()
    {
        var site = _folder["site"];
        var content = await BuildBilingualAsync(site);
        var unchecked_ = File.ReadAllText(Path.Combine(site, "accessibility.html"));
        Assert.Contains("This copy of the site has not been checked yet", unchecked_, StringComparison.Ordinal);
        Assert.DoesNotContain("passed", MainOf(unchecked_), StringComparison.Ordinal);
        // Every page leads to it, in its own language.
        Assert.Contains("<a href=\"../accessibility.html\">Accessibility</a>", File.ReadAllText(Path.Combine(site, "months", "2023-10.html")), StringComparison.Ordinal);
        Assert.Contains("<a href=\"../accessibility.html\">Accesibilidad</a>", File.ReadAllText(Path.Combine(site, "es", "months", "2023-10.html")), StringComparison.Ordinal);

        var run = await CheckAsync(content, site, "--accessibility-pages", "30");

        Assert.True(run.ExitCode == 0, run.Output);
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Length;
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "accessibility.json")));
        var checkedPages = report.RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("path").GetString()!).ToList();
        // At least one page of each kind, whatever the limit: fewer than all, more than the limit.
        Assert.InRange(checkedPages.Count, 30, pages - 20);
        Assert.Equal(pages, report.RootElement.GetProperty("pagesInSite").GetInt32());
        // Every kind of page in both languages: the months, a role's, the statement, the home page, in English and in Spanish.
        Assert.All(Kinds, kind => Assert.Contains(checkedPages, p => p.StartsWith(kind, StringComparison.Ordinal)));
        Assert.Contains($"Checked {checkedPages.Count} pages of {pages} (every kind of page, in every language, spread across the site) in chromium with axe-core 4.", run.Output, StringComparison.Ordinal);
        Assert.Contains("0 pages with problems; 2 accessibility statements and accessibility.json say so.", run.Output, StringComparison.Ordinal);
        var english = MainOf(File.ReadAllText(Path.Combine(site, "accessibility.html")));
        Assert.Contains("WCAG) 2.2 at level AA", english, StringComparison.Ordinal);
        Assert.Contains($"On {Today("en")}, {checkedPages.Count} of its {pages} pages (every kind of page, chosen across the site) in English and español were checked in Chromium with axe-core 4.", english, StringComparison.Ordinal);
        Assert.Contains("month checklists also as printed", english, StringComparison.Ordinal);
        Assert.Contains("Every page checked passed every check.", english, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:mentoring@riverside.example.org\">", english, StringComparison.Ordinal);
        Assert.DoesNotContain("not been checked", english, StringComparison.Ordinal);
        var spanish = MainOf(File.ReadAllText(Path.Combine(site, "es", "accessibility.html")));
        Assert.Contains($"El {Today("es")} se comprobaron {checkedPages.Count} de sus {pages} páginas (todos los tipos de página, elegidas en todo el sitio) en English y español", spanish, StringComparison.Ordinal);
        Assert.Contains("WCAG) 2.2 en el nivel AA", spanish, StringComparison.Ordinal);
        Assert.Contains("Todas las páginas comprobadas pasaron todas las comprobaciones.", spanish, StringComparison.Ordinal);

        Assert.Equal(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), report.RootElement.GetProperty("checked").GetString());
    }

    /// <summary>
    /// A built site cut down to a few pages, laid out as a portal (a plan in two languages under its
    /// folder, and the same at the root), with an image without a text alternative and a table too
    /// wide for a phone added to one month: each statement counts only the pages of its own site and
    /// names the page that failed, which the check warns of; --strict fails.
    /// </summary>
    [Fact]
    public async Task A_page_that_fails_is_named_in_the_statements_that_cover_it_and_in_a_warning()
    {
        var built = _folder["built"];
        var content = await BuildBilingualAsync(built);
        var site = _folder["site"];
        foreach (var folder in new[] { string.Empty, "north/" })
        {
            _folder.CopyFolder(Path.Combine(built, "assets"), $"site/{folder}assets");
            foreach (var page in new[] { "accessibility.html", "months/2023-10.html", "es/accessibility.html", "es/months/2023-10.html" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_folder[$"site/{folder}{page}"])!);
                File.Copy(Path.Combine(built, page), _folder[$"site/{folder}{page}"]);
            }
        }

        File.Copy(Path.Combine(built, ".planpress"), _folder["site/.planpress"]);
        var broken = _folder["site/north/months/2023-10.html"];
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("</main>", "<img src=\"chart.png\"><pre>" + new string('x', 200) + "</pre></main>", StringComparison.Ordinal));

        var run = await CheckAsync(content, site);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains($"{site}/north/months/2023-10.html: warning: The page fails axe's rule image-alt (WCAG 1.1.1): <img src=\"chart.png\">", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{site}/north/months/2023-10.html: warning: The page fails reflow at 320 pixels wide (WCAG 1.4.10): <pre>", run.Output, StringComparison.Ordinal);
        Assert.Contains("Checked 8 pages", run.Output, StringComparison.Ordinal);
        var root = MainOf(File.ReadAllText(Path.Combine(site, "accessibility.html")));
        Assert.Contains("all 8 pages in English and español", root, StringComparison.Ordinal);
        Assert.Contains("2 problems were found:", root, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"en\">Images must have alternative text</span> (WCAG 1.1.1): 1 page (north/months/2023-10.html)", root, StringComparison.Ordinal);
        var plan = MainOf(File.ReadAllText(Path.Combine(site, "north", "accessibility.html")));
        Assert.Contains("all 4 pages in English and español", plan, StringComparison.Ordinal);
        Assert.Contains("1 page (months/2023-10.html)", plan, StringComparison.Ordinal);
        var planInSpanish = MainOf(File.ReadAllText(Path.Combine(site, "north", "es", "accessibility.html")));
        Assert.Contains("las 4 páginas", planInSpanish, StringComparison.Ordinal);
        Assert.Contains("Se encontraron 2 problemas", planInSpanish, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"en\">Images must have alternative text</span>", planInSpanish, StringComparison.Ordinal);
        // The root's Spanish statement is the root site's: every page under it.
        Assert.Contains("las 8 páginas", MainOf(File.ReadAllText(Path.Combine(site, "es", "accessibility.html"))), StringComparison.Ordinal);

        var strict = await CheckAsync(content, site, "--strict");
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public async Task Without_a_built_site_it_says_to_build_first()
    {
        var run = await CheckAsync(Repository.Content, _folder["nothing-here"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: There is no built site here to check. Expected the folder planpress build wrote (--output): run planpress build first", run.Output, StringComparison.Ordinal);
    }
}
