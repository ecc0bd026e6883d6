using Microsoft.Playwright;

namespace PlanPress.Tests.Browser;

/// <summary>The month checklists printed by a real Chromium on Letter and A4 paper.</summary>
[Collection(ChromiumTests.Name)]
public sealed class PrintTests(ChromiumFixture chromium)
{
    private async Task<byte[]> PrintAsync(IPage page, string path, string paper)
    {
        await page.GotoAsync(chromium.Url(path));
        return await page.PdfAsync(new PagePdfOptions { Format = paper, PrintBackground = true });
    }

    [Theory]
    [InlineData("Letter")]
    [InlineData("A4")]
    public async Task Every_month_of_the_sample_prints_on_exactly_one_sheet(string paper)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var months = chromium.Pages.Where(p => p.StartsWith("months/", StringComparison.Ordinal)).ToList();

        var counts = new List<string>();
        foreach (var month in months)
        {
            counts.Add($"{month}: {Pdf.PageCount(await PrintAsync(page, month, paper))}");
        }

        Assert.Equal(13, months.Count);
        Assert.All(counts, c => Assert.EndsWith(": 1", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_booklet_prints_each_month_on_a_sheet_of_its_own()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var pdf = await PrintAsync(page, "booklet.html", "Letter");

        Assert.Equal(13, Pdf.PageCount(pdf));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var breaks = await page.EvalOnSelectorAllAsync<string[]>(".sheet", "sheets => sheets.map(s => getComputedStyle(s).breakBefore)");
        Assert.Equal(["auto", .. Enumerable.Repeat("page", 12)], breaks);
    }

    [Fact]
    public async Task Printed_the_sheet_has_no_navigation_or_screen_chrome_and_keeps_its_header_blanks_and_notes_column()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.Url("months/2023-10.html"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var hidden in new[] { ".site-header", ".site-footer", ".pager", ".adapt-tools", ".skip-link" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} is hidden in print");
        }

        Assert.True(await page.Locator(".pair-names input[name='mentor']").IsVisibleAsync());
        Assert.True(await page.Locator(".sheet-notes textarea").IsVisibleAsync());
        Assert.Equal(4, await page.Locator(".task input[name='na']").CountAsync());
        Assert.Equal(4, await page.Locator(".task input[name='date']").CountAsync());
        Assert.Contains("Printed:", await page.Locator(".sheet-footer").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printed_each_blank_is_wide_enough_for_a_pen_and_the_marks_start_a_line_of_their_own()
    {
        // As wide as a Letter sheet inside its margins (8.5 in less 2 × 10 mm, at 96 px to the inch). On A4
        // Chromium's print layout keeps the row on one line too (checked in the printed PDF), which this
        // screen emulation of print, a few pixels narrower, does not reproduce.
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 740, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.Url("months/2024-03.html"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var scrollbar = await page.EvaluateAsync<int>("window.innerWidth - document.documentElement.clientWidth");
        await page.SetViewportSizeAsync(740 + scrollbar, 1000);

        // 1.2 inches at the 96 CSS pixels to the inch print uses.
        var widths = await page.EvalOnSelectorAllAsync<double[]>(".sheet-items .marks .write-in", "inputs => inputs.map(i => i.getBoundingClientRect().width)");
        Assert.NotEmpty(widths);
        Assert.All(widths, w => Assert.True(w >= 1.2 * 96 - 0.5, $"a blank {w:0} px wide"));

        // Each item's marks sit below its text, never after its last word.
        var starts = await page.EvalOnSelectorAllAsync<bool[]>(
            ".sheet-items .marks",
            "rows => rows.map(r => { const text = r.parentElement.querySelector('.item-text'); return !text || r.getBoundingClientRect().top >= text.getBoundingClientRect().bottom - 1; })");
        Assert.All(starts, Assert.True);

        // …and the marks and the three blanks fit on that one line (a second would be twice as tall).
        var heights = await page.EvalOnSelectorAllAsync<double[]>(".sheet-items .marks", "rows => rows.map(r => r.getBoundingClientRect().height / parseFloat(getComputedStyle(r).fontSize))");
        Assert.All(heights, h => Assert.True(h < 2.2, $"a row of marks {h:0.0} em tall"));
    }
}
