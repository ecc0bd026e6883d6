using Microsoft.Playwright;

namespace PlanPress.Tests.Browser;

/// <summary>A month's page read on a phone: the month and what is due first, nothing moving once it shows.</summary>
[Collection(ChromiumTests.Name)]
public sealed class MonthPageTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task On_a_phone_the_month_and_its_first_item_come_before_the_tools_and_nothing_shifts_as_the_script_starts()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        var page = await context.NewPageAsync();
        // Layout shifts as Lighthouse counts them (not those right after a tap or a key), from the first paint on.
        await page.AddInitScriptAsync("window.__shift = 0; new PerformanceObserver(l => l.getEntries().forEach(e => { if (!e.hadRecentInput) { window.__shift += e.value; } })).observe({ type: 'layout-shift', buffered: true });");
        await page.GotoAsync(chromium.Url("months/2024-03.html"));
        await page.WaitForFunctionAsync("!document.querySelector('.adapt-tools button').disabled");
        await page.WaitForTimeoutAsync(300);

        var title = await page.Locator("main h1").BoundingBoxAsync();
        var firstItem = await page.Locator(".sheet .task").First.BoundingBoxAsync();
        var tools = await page.Locator(".adapt-tools").BoundingBoxAsync();
        Assert.Equal("March 2024", await page.Locator("main h1").TextContentAsync());
        Assert.True(title!.Y < 150, $"the title starts {title.Y:0} px down");
        Assert.True(firstItem!.Y + firstItem.Height < 812, $"the first task ends {firstItem.Y + firstItem.Height:0} px down, below the first screen");
        Assert.True(tools!.Y > firstItem.Y, "the tools to adapt the checklist follow it");
        Assert.True(await page.EvaluateAsync<double>("window.__shift") <= 0.1, $"layout shift {await page.EvaluateAsync<double>("window.__shift"):0.000}");
    }
}
