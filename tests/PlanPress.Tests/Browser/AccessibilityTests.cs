using Microsoft.Playwright;

namespace PlanPress.Tests.Browser;

/// <summary>Every page of the sample, in a real Chromium: axe-core (all rules), a 375 px phone, and no JavaScript.</summary>
[Collection(ChromiumTests.Name)]
public sealed class AccessibilityTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Every_page_has_no_axe_violations()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        await Axe.AddToAsync(context);
        await chromium.ServeAsync(context);
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        // Served as GitHub Pages would, so 404.html is seen where it is used: at a missing address.
        foreach (var (path, address) in chromium.ServedPages)
        {
            await page.GotoAsync(address);
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task In_the_dark_scheme_one_page_of_each_kind_has_no_axe_violations()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        await Axe.AddToAsync(context);
        await chromium.ServeAsync(context);
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        // One page of each template: the templates, not the content, decide the colours.
        foreach (var (path, address) in chromium.ServedPages.GroupBy(p => p.Path.Contains('/', StringComparison.Ordinal) ? p.Path.Split('/')[0] : p.Path).Select(g => g.First()))
        {
            await page.GotoAsync(address);
            Assert.Equal("rgb(21, 24, 28)", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor"));
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task With_forced_colours_the_phase_bars_the_together_mark_and_the_current_page_still_show()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ForcedColors = ForcedColors.Active });
        var page = await context.NewPageAsync();

        await page.GotoAsync(chromium.Url("index.html"));
        var bar = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.phase-bar')).backgroundColor");
        var track = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.phase-track')).backgroundColor");
        Assert.NotEqual(track, bar);

        await page.GotoAsync(chromium.Url("year.html"));
        Assert.Equal("underline", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-nav a[aria-current=page]')).textDecorationLine"));

        await page.GotoAsync(chromium.Url("months/2023-10.html"));
        var item = page.Locator(".sheet-items .task").First;
        Assert.Equal("0px", await item.EvaluateAsync<string>("e => getComputedStyle(e).borderLeftWidth"));
        await item.Locator("input[name='together']").CheckAsync();
        Assert.Equal("4px", await item.EvaluateAsync<string>("e => getComputedStyle(e).borderLeftWidth"));
    }

    [Fact]
    public async Task The_404_page_served_at_a_missing_address_deep_in_the_site_keeps_its_style_and_its_skip_link()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        await chromium.ServeAsync(context);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(ChromiumFixture.Served("months/2031-01/gone.html"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.Locator("h1").TextContentAsync());
        Assert.Equal("rgb(243, 245, 248)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
        Assert.Equal(ChromiumFixture.Served("months/2031-01/gone.html#main"), page.Url);
        await page.ClickAsync(".site-nav a:has-text('Year overview')");
        Assert.Equal(ChromiumFixture.Served("year.html"), page.Url);
    }

    [Fact]
    public async Task The_axe_run_reports_what_it_finds()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        await Axe.AddToAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("data:text/html,<!doctype html><html lang=en><title>t</title><main><img src=x.png></main></html>");

        Assert.Contains(await Axe.ViolationsAsync(page), v => v.StartsWith("image-alt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_mark_and_blank_of_a_month_is_named_with_its_task()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var path in chromium.Pages.Where(p => p.StartsWith("months/", StringComparison.Ordinal)))
        {
            await page.GotoAsync(chromium.Url(path));
            // The names Chromium computes for the checklist's controls, as a screen reader hears them.
            var tree = await page.Locator("main .sheet-items").AriaSnapshotAsync();
            var names = System.Text.RegularExpressions.Regex.Matches(tree, "- (?:checkbox|textbox) \"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(names);
            failures.AddRange(names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => $"{path}: {g.Count()} controls named \"{g.Key}\""));
            failures.AddRange(names.Where(n => n is "Date" or "Place" or "Time" or "Together" or "Does not apply").Select(n => $"{path}: a control named only \"{n}\""));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public async Task On_a_375_px_phone_no_page_scrolls_sideways_no_table_cell_is_off_screen_and_the_heading_starts_high()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        await chromium.ServeAsync(context);
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var (path, address) in chromium.ServedPages)
        {
            await page.GotoAsync(address);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 375)
            {
                failures.Add($"{path}: {width} px wide");
            }

            // Every table cell is on screen: on a phone a table's rows are cards, not a region to scroll sideways
            // (the column headers are then only for screen readers, in a 1 px box, and left out).
            var offScreen = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('main td, main th')].filter(c => !(c.closest('thead')?.getBoundingClientRect().width <= 1)).filter(c => c.getBoundingClientRect().right > innerWidth + .5).map(c => c.textContent.trim().slice(0, 40))");
            failures.AddRange(offScreen.Select(cell => $"{path}: the cell \"{cell}\" is off-screen"));

            // The header and navigation take less than 120 px, so the page's own heading is in view at once.
            var header = await page.EvaluateAsync<double>("document.querySelector('.site-header').getBoundingClientRect().bottom");
            if (header >= 120)
            {
                failures.Add($"{path}: the header ends {header:0} px down");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Without_JavaScript_every_page_shows_its_content_and_the_navigation_works()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        foreach (var path in chromium.Pages)
        {
            await page.GotoAsync(chromium.Url(path));
            Assert.True(await page.Locator("main h1").IsVisibleAsync(), $"{path} shows its heading");
            Assert.True(await page.Locator(".site-nav a").CountAsync() >= 4, $"{path} has its navigation");
        }

        await page.GotoAsync(chromium.Url("index.html"));
        await page.ClickAsync(".site-nav a:has-text('Year overview')");
        Assert.Equal("The year at a glance", await page.Locator("h1").TextContentAsync());
        await page.ClickAsync("main h2 a:has-text('October 2023')");
        Assert.Equal("October 2023", await page.Locator("h1").TextContentAsync());

        // The pages about the plan sit in a disclosure that opens without a script.
        await page.ClickAsync(".nav-about summary");
        await page.ClickAsync(".nav-about a:has-text('Glossary')");
        Assert.Equal("Glossary", await page.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task On_a_phone_without_JavaScript_the_menu_link_opens_the_navigation()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.Url("months/2023-10.html"));

        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.True(await page.Locator(".quick-links a:has-text('This month: March 2024')").IsVisibleAsync());
        await page.ClickAsync(".menu-open");
        Assert.True(await page.Locator(".site-nav").IsVisibleAsync());
        await page.ClickAsync(".site-nav a:has-text('Who does what')");
        Assert.Equal("Who does what", await page.Locator("h1").TextContentAsync());
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
    }

    [Theory]
    [InlineData("months/2023-10.html")]
    [InlineData("map.html")]
    public async Task On_a_phone_every_box_to_tick_and_blank_to_fill_is_a_touch_target_of_24_px_or_more(string path)
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.Url(path));

        var small = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main input[type=checkbox], main .write-in')]
              .filter(e => e.offsetParent !== null)
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.height < 24 || (e.type === 'checkbox' && r.width < 24))
              .map(([e, r]) => `${e.name || e.id}: ${r.width}×${r.height}`)
            """);

        Assert.True(small.Length == 0, string.Join(", ", small.Take(10)));
    }
}
