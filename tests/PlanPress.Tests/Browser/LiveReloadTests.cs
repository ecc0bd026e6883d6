using PlanPress.Tests.Commands;

namespace PlanPress.Tests.Browser;

/// <summary>An open page in a real browser reloads by itself when a save changes it, and only then.</summary>
[Collection(ChromiumVariantTests.Name)]
public sealed class LiveReloadTests(ChromiumFixture chromium) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void SaveCalendar(string task) =>
        new XlsxBuilder().Sheet("Calendar", ["Month", "Task", "Who"], ["October 2023", task, "Coordinator"]).Save(_folder["content/calendar.xlsx"]);

    [Fact]
    public async Task A_saved_workbook_reloads_the_open_page()
    {
        _folder.Write("content/site.yml", "title: Live reload\nprogram_start: 2023-10\n");
        SaveCalendar("Assess needs");
        await using var serve = await ServeSession.StartAsync(_folder["content"]);
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(serve.Address, "months/2023-10.html").AbsoluteUri);
        await page.WaitForSelectorAsync("label:has-text('Assess needs')");
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        SaveCalendar("Recruit mentors");

        await page.WaitForSelectorAsync("label:has-text('Recruit mentors')", new() { Timeout = 30_000 });
        Assert.True(navigations >= 1, "the page reloaded itself");
    }

    [Fact]
    public async Task A_save_reloads_the_open_pages_it_changed_and_leaves_the_others_where_they_are()
    {
        _folder.Write("content/site.yml", "title: Live reload\nprogram_start: 2023-10\n");
        _folder.Write("content/pages/about.md", "---\ntitle: About\n---\n\nWho we are.\n");
        SaveCalendar("Assess needs");
        await using var serve = await ServeSession.StartAsync(_folder["content"]);
        await using var context = await chromium.Browser.NewContextAsync();
        var month = await context.NewPageAsync();
        var about = await context.NewPageAsync();
        await month.GotoAsync(new Uri(serve.Address, "months/2023-10.html").AbsoluteUri);
        await about.GotoAsync(new Uri(serve.Address, "pages/about.html").AbsoluteUri);
        await month.WaitForSelectorAsync("label:has-text('Assess needs')");
        await about.WaitForSelectorAsync("text=Who we are.");
        var aboutReloads = 0;
        about.FrameNavigated += (_, frame) => aboutReloads += frame == about.MainFrame ? 1 : 0;

        SaveCalendar("Recruit mentors");
        await month.WaitForSelectorAsync("label:has-text('Recruit mentors')", new() { Timeout = 30_000 });
        // Both pages were told at the same moment: time enough for the about page to have reloaded, had it been told to.
        await about.WaitForTimeoutAsync(1500);
        var reloadsAfterCalendarSave = aboutReloads;
        _folder.Write("content/pages/about.md", "---\ntitle: About\n---\n\nWho we are, and why.\n");
        await about.WaitForSelectorAsync("text=Who we are, and why.", new() { Timeout = 30_000 });

        Assert.Equal(0, reloadsAfterCalendarSave);
        Assert.True(aboutReloads >= 1, "the about page reloaded itself when its own text changed");
    }
}
