using PlanPress.Tests.Commands;

namespace PlanPress.Tests.Browser;

/// <summary>An open page in a real browser reloads by itself when the workbook is saved.</summary>
[Collection(ChromiumTests.Name)]
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
}
