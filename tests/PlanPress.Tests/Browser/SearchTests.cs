using Microsoft.Playwright;

namespace PlanPress.Tests.Browser;

/// <summary>The search page in a real browser: type a word, follow a result to the item on its page.</summary>
[Collection(ChromiumVariantTests.Name)]
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

    private static async Task<(string Status, int Listed, string Text)> SearchAsync(IPage page, string chromiumUrl, string query)
    {
        await page.GotoAsync(chromiumUrl + "?q=" + Uri.EscapeDataString(query));
        await page.Locator("#search-status").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("“|«") }).WaitForAsync();
        return ((await page.Locator("#search-status").TextContentAsync())!, await page.Locator("#search-results li").CountAsync(), (await page.Locator("#search-results").TextContentAsync())!);
    }

    [Fact]
    public async Task Accents_and_case_do_not_matter_and_the_count_is_the_number_listed()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var plain = await SearchAsync(page, chromium.Url("search.html"), "protege");
        var accented = await SearchAsync(page, chromium.Url("search.html"), "PROTÉGÉ");

        // The plan writes both "Protégé" and "Protege"; either spelling of the query finds every one.
        Assert.Contains("Protege", plain.Text, StringComparison.Ordinal);
        Assert.True(plain.Listed > 10, plain.Status);
        Assert.Equal($"{plain.Listed} results for “protege”.", plain.Status);
        Assert.Equal(plain.Text, accented.Text);
    }

    [Theory]
    [InlineData("march", "March 2024", "months/2024-03.html")]
    [InlineData("glossary", "Glossary", "glossary.html")]
    [InlineData("mentor", "Mentor", "roles/mentor.html")]
    [InlineData("Mentors", "Mentor", "roles/mentor.html")]
    public async Task A_page_whose_title_is_the_word_searched_for_comes_first(string query, string title, string path)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await SearchAsync(page, chromium.Url("search.html"), query);

        var first = page.Locator("#search-results li a").First;
        Assert.Equal(title, (await first.TextContentAsync())!.Trim());
        Assert.EndsWith(path, await first.GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_word_of_a_query_must_be_found_so_a_second_word_narrows_the_results()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var one = await SearchAsync(page, chromium.Url("search.html"), "mentor");
        var two = await SearchAsync(page, chromium.Url("search.html"), "mentor schedule");

        Assert.InRange(two.Listed, 1, one.Listed - 1);
    }

    [Fact]
    public async Task One_result_is_said_in_the_singular()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var (status, listed, _) = await SearchAsync(page, chromium.Url("search.html"), "barriers");

        Assert.Equal("1 result for “barriers”.", status);
        Assert.Equal(1, listed);
    }
}
