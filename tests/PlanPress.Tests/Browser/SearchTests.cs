using Microsoft.Playwright;

namespace PlanPress.Tests.Browser;

/// <summary>The search page in a real browser: type a word, follow a result to the item on its page.</summary>
[Collection(ChromiumTests.Name)]
public sealed class SearchTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Searching_for_a_word_from_a_benchmark_finds_it_and_the_result_leads_to_it()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.Url("search.html"));

        await page.FillAsync("#search-query", "observations");
        var result = page.Locator("#search-results a", new() { HasText = "75% of all teacher observations conducted in each school" });
        await result.WaitForAsync(new() { Timeout = 10_000 });
        await result.ClickAsync();

        await page.WaitForURLAsync("**/initiatives/implement-common-district-wide-reading-strategies-in-grades-k-5.html#*");
        var target = page.Locator(":target");
        Assert.StartsWith("75% of all teacher observations conducted in each school", (await target.Locator("td").First.TextContentAsync())!.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_address_with_a_query_shows_its_results_and_says_how_many()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.Url("search.html") + "?q=CBAM");

        await page.Locator("#search-results li").First.WaitForAsync();
        Assert.Contains("results for “CBAM”", await page.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Term", await page.Locator("#search-results").TextContentAsync(), StringComparison.Ordinal);
    }
}
