using Microsoft.Playwright;
using PlanPress.Tests.Variants;

namespace PlanPress.Tests.Browser;

/// <summary>The pages on a 375 × 812 phone, as a parent opens the plan: what is due now and overdue near the top, each thing said once, a header of two rows.</summary>
[Collection(ChromiumVariantTests.Name)]
public sealed class PhoneTests(ChromiumFixture chromium, SiteVariants variants)
{
    private const int Screen = 812;

    private static BrowserNewContextOptions Phone => new() { ViewportSize = new ViewportSize { Width = 375, Height = Screen } };

    [Fact]
    public async Task The_home_page_shows_this_months_benchmarks_and_what_is_overdue_within_two_screens_and_says_each_thing_once()
    {
        await using var context = await chromium.Browser.NewContextAsync(Phone);
        await chromium.ServeAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(ChromiumFixture.Served("index.html"));

        var benchmarks = await TopAsync(page.Locator("h3", new() { HasText = "Benchmarks due this month" }));
        var overdue = await TopAsync(page.Locator(".overdue-list"));
        Assert.True(benchmarks < 2 * Screen, $"this month's benchmarks start {benchmarks:0} px down");
        Assert.True(overdue < 2 * Screen, $"the overdue list starts {overdue:0} px down");

        // In the first screen the plan's title and "This month" are each said once (each element's own text).
        var firstScreen = await page.EvaluateAsync<string[]>(
            $"[...document.querySelectorAll('body *')].filter(e => e.checkVisibility() && e.getBoundingClientRect().top < {Screen}).map(e => [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim())");
        Assert.Single(firstScreen, t => t == "Mentoring and Tutoring Program");
        Assert.Single(firstScreen, t => t.StartsWith("This month", StringComparison.Ordinal));
    }

    private static async Task<double> TopAsync(ILocator element) => (await element.BoundingBoxAsync())!.Y;

    [Fact]
    public void A_task_or_benchmark_two_roles_share_is_listed_once_on_the_home_page_and_each_month_on_screen_and_paper()
    {
        var site = variants[SiteVariants.TwoLanguages].Site;
        var failures = new List<string>();
        foreach (var path in site.Files("*.html").Where(p => p.EndsWith("index.html", StringComparison.Ordinal) || p.Contains("months/", StringComparison.Ordinal)))
        {
            // The month's sheet is the page printed, so what it lists once is listed once on paper too.
            var main = site.Page(path).QuerySelector("main")!;
            var listed = main.QuerySelectorAll(".task .item-text, .benchmark .benchmark-text").Select(e => e.TextContent.Trim()).ToList();
            failures.AddRange(listed.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => $"{path}: “{g.Key}” listed {g.Count()} times"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_header_keeps_to_two_rows_on_every_page_in_either_language()
    {
        var site = variants[SiteVariants.TwoLanguages].Site;
        await using var context = await chromium.Browser.NewContextAsync(Phone);
        await site.ServeAsync(context);
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var path in site.Files("*.html"))
        {
            await page.GotoAsync(site.Address(path).AbsoluteUri);
            // The links beside the menu button (this month, the other language) stand in one row with it.
            var rows = await page.EvaluateAsync<int>("new Set([...document.querySelectorAll('.quick-links a')].filter(a => a.checkVisibility()).map(a => Math.round(a.getBoundingClientRect().top))).size");
            var title = await page.EvaluateAsync<double>("(e => e && e.checkVisibility() ? e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight) : 0)(document.querySelector('.site-title'))");
            if (rows > 1 || title > 1.5)
            {
                failures.Add($"{path}: the quick links take {rows} rows, the title {title:0.0} lines");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
