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
        // A weekly duty's deadline is on paper: its wording is its time.
        Assert.True(await page.Locator(".activity.duty .timeline", new() { HasText = "each week by Friday, 4 pm" }).IsVisibleAsync());
    }

    [Theory]
    [InlineData("Letter")]
    [InlineData("A4")]
    public async Task Printed_every_month_leaves_a_pen_room_to_write_and_boxes_and_words_of_a_size_to_read_and_tick(string paper)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var month in chromium.Pages.Where(p => p.StartsWith("months/", StringComparison.Ordinal)))
        {
            var sheet = PrintedPage.Read(await PrintAsync(page, month, paper));
            var smallest = sheet.Letters.MinBy(l => l.Size);
            if (smallest.Size < 8.95)
            {
                problems.Add($"{month}: \"{smallest.Text}\" printed at {smallest.Size:0.0} pt");
            }

            // Every tick box of the sheet, 4 mm a side or more: the done, does-not-apply and together boxes of each item.
            var ticks = await page.Locator(".sheet input[type='checkbox']").CountAsync();
            var boxes = sheet.Boxes.ToList();
            if (boxes.Count < ticks || boxes.Any(b => b < 4 * PrintedPage.Millimetre))
            {
                problems.Add($"{month}: {ticks} boxes to tick, {boxes.Count} printed, the smallest {boxes.DefaultIfEmpty().Min() / PrintedPage.Millimetre:0.0} mm");
            }

            // Every date, place and time blank (and the pair's names) is a line with 0.3 in of room above it.
            var blanks = await page.Locator(".sheet .write-in").CountAsync();
            var lines = sheet.Blanks.ToList();
            var tightest = lines.Select(sheet.RoomAbove).DefaultIfEmpty().Min();
            if (lines.Count < blanks || tightest < 0.3 * PrintedPage.Inch)
            {
                problems.Add($"{month}: {blanks} blanks, {lines.Count} printed, the tightest with {tightest / PrintedPage.Inch:0.00} in to write in");
            }

            // The ruled notes: at least two lines across the page.
            var notes = sheet.Shapes.Count(s => s.Height < 2 && s.Width > 6 * PrintedPage.Inch);
            if (notes < 2)
            {
                problems.Add($"{month}: {notes} ruled lines for notes");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("Letter", "months/2024-06.html")]
    [InlineData("A4", "months/2023-10.html")]
    public async Task A_printed_month_sheet_carries_a_code_that_scans_to_its_live_page_and_says_the_address_and_the_calendar(string paper, string month)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var pdf = await PrintAsync(page, month, paper);

        // 150 dots to the inch: about what a phone's camera sees of a sheet held at reading distance.
        Assert.Equal(ChromiumFixture.Served(month), PrintedCode.Read(pdf, dpi: 150));
        var printed = string.Concat(PrintedPage.Read(pdf).Letters.Select(l => l.Text));
        Assert.Contains("example.github.io/planpress/" + month, printed, StringComparison.Ordinal);
        Assert.Contains("example.github.io/planpress/calendar.ics", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_printed_month_of_the_Spanish_site_leads_to_the_Spanish_page()
    {
        using var folder = new TempFolder();
        var build = await PlanPressRun.StartAsync("build", "--content", Commands.BilingualSample.Write(folder), "--theme", Repository.Theme, "--output", folder["site"], "--booklets", folder["booklets"], "--as-of", ChromiumFixture.AsOf);
        Assert.True(build.ExitCode == 0, build.Output);
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(folder["site/es/months/2023-10.html"]).AbsoluteUri);

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "Letter", PrintBackground = true });

        Assert.Equal(1, Pdf.PageCount(pdf));
        Assert.Equal(ChromiumFixture.Served("es/months/2023-10.html"), PrintedCode.Read(pdf, dpi: 150));
        // The printed letters, spaces left out: the footer's words are the Spanish site's.
        var printed = string.Concat(PrintedPage.Read(pdf).Letters.Select(l => l.Text));
        Assert.Contains("Estahojaenlínea:example.github.io/planpress/es/months/2023-10.html", printed, StringComparison.Ordinal);

        // The longest Spanish month's name stays on one line on either paper, and its code still scans.
        foreach (var paper in new[] { "Letter", "A4" })
        {
            // The page laid out as on the paper: its printable width and height (the sheet's 10 mm margins off) at 96 dots to the inch.
            await page.SetViewportSizeAsync(paper == "A4" ? 718 : 740, paper == "A4" ? 1043 : 977);
            await page.GotoAsync(new Uri(folder["site/es/months/2024-09.html"]).AbsoluteUri);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var title = await page.Locator(".sheet > h1").BoundingBoxAsync();
            var line = await page.Locator(".sheet > h1").EvaluateAsync<float>("h => parseFloat(getComputedStyle(h).lineHeight) || parseFloat(getComputedStyle(h).fontSize) * 1.3");
            var phase = await page.Locator(".sheet > .phase").BoundingBoxAsync();
            Assert.True(title!.Height < 1.5 * line, $"{paper}: the month's name takes {title.Height / line:0.0} lines");
            Assert.True(title.X + title.Width <= phase!.X + 1, $"{paper}: the month's name runs into the phase");
            var september = await page.PdfAsync(new PagePdfOptions { Format = paper, PrintBackground = true });
            Assert.Equal(ChromiumFixture.Served("es/months/2024-09.html"), PrintedCode.Read(september, dpi: 150));
        }
    }

    [Fact]
    public async Task On_screen_the_sheet_shows_no_code_the_page_is_already_open()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.Url("months/2024-03.html"));

        Assert.False(await page.Locator(".sheet .qr").IsVisibleAsync());
        Assert.False(await page.Locator(".sheet-live").First.IsVisibleAsync());
    }
}
