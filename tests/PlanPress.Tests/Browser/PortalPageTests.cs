using Microsoft.Playwright;

namespace PlanPress.Tests.Browser;

/// <summary>A portal's own pages in a real Chromium: axe in English and Spanish, a phone, and one search across its plans.</summary>
[Collection(ChromiumVariantTests.Name)]
public sealed class PortalPageTests(ChromiumFixture chromium) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The starter portal built in <paramref name="language"/>, its plans too; with one plan broken, when asked, so the status page has a failure to show.</summary>
    private async Task<string> BuildAsync(string language, bool onePlanBroken = false)
    {
        var project = _folder[$"portal-{language}"];
        Assert.Equal(0, (await PlanPressRun.StartAsync("new", project, "--portal")).ExitCode);
        var content = Path.Combine(project, "content");
        foreach (var yml in Directory.EnumerateFiles(content, "site.yml", SearchOption.AllDirectories))
        {
            File.WriteAllText(yml, File.ReadAllText(yml).Replace("language: en", $"language: {language}", StringComparison.Ordinal));
        }

        if (onePlanBroken)
        {
            File.WriteAllText(Path.Combine(content, "plans", "lakeview-high", "calendar.xlsx"), "not a workbook");
        }

        var site = _folder[$"site-{language}"];
        var built = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", site);
        Assert.True(built.ExitCode == (onePlanBroken ? 3 : 0), built.Output);
        return site;
    }

    private static IEnumerable<string> PortalPages(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Where(p => !p.Contains('/', StringComparison.Ordinal) || p.StartsWith("levels/", StringComparison.Ordinal) || p.StartsWith("regions/", StringComparison.Ordinal))
            .Where(p => p != "404.html")
            .Append("riverside-elementary/index.html")
            .Order(StringComparer.Ordinal);

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Every_portal_page_has_no_axe_violations(string language)
    {
        var site = await BuildAsync(language, onePlanBroken: language == "es");
        await using var context = await chromium.Browser.NewContextAsync();
        await Axe.AddToAsync(context);
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        foreach (var path in PortalPages(site))
        {
            await page.GotoAsync(new Uri(Path.Combine(site, path)).AbsoluteUri);
            Assert.Equal(language, await page.EvaluateAsync<string>("document.documentElement.lang"));
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Contains(PortalPages(site), p => p.StartsWith("levels/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_a_phone_the_portal_pages_fit_the_screen_and_each_plan_is_a_card_with_its_progress()
    {
        var site = await BuildAsync("en");
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        var page = await context.NewPageAsync();

        foreach (var path in PortalPages(site))
        {
            await page.GotoAsync(new Uri(Path.Combine(site, path)).AbsoluteUri);
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, path);
        }

        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
        var card = page.Locator(".portal-table tbody tr").First;
        Assert.Equal("block", await card.EvaluateAsync<string>("row => getComputedStyle(row).display"));
        Assert.Contains("Process benchmarks", await card.Locator("td").Nth(2).EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content"), StringComparison.Ordinal);
        Assert.Contains(" of ", await card.Locator("td").Nth(2).InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_search_finds_a_benchmark_in_every_plan_and_the_plan_filter_narrows_it_to_one()
    {
        var site = await BuildAsync("en");
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var search = new Uri(Path.Combine(site, "search.html")).AbsoluteUri;

        await page.GotoAsync(search + "?q=matched");
        await page.Locator("#search-results li").First.WaitForAsync(new() { Timeout = 10_000 });
        var all = await page.Locator("#search-results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        // The list of plans comes beside the page (search/plans.js); a reader picks one.
        await page.ClickAsync("#search-plan");
        await page.SelectOptionAsync("#search-plan", "hillcrest-middle");
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'");
        var narrowed = await page.Locator("#search-results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        // The address the form leaves narrows the search when opened again.
        await page.GotoAsync(search + "?q=matched&plan=hillcrest-middle");
        await page.EvaluateAsync("() => window.planpressSearch.shown");
        Assert.Equal("hillcrest-middle", await page.InputValueAsync("#search-plan"));
        Assert.Equal(narrowed, await page.Locator("#search-results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));

        Assert.Equal(["hillcrest-middle", "lakeview-high", "riverside-elementary"], all.Select(h => h.Split('/')[0]).Distinct().Order(StringComparer.Ordinal));
        Assert.NotEmpty(narrowed);
        Assert.All(narrowed, h => Assert.StartsWith("hillcrest-middle/", h, StringComparison.Ordinal));
        Assert.True(narrowed.Length < all.Length);
    }
}
