using Microsoft.Playwright;

namespace PlanPress.Tests.Browser;

/// <summary>A mentor pair adapting a month's checklist on screen: kept in the browser, saved to a file, cleared, opened again, printed.</summary>
[Collection(ChromiumTests.Name)]
public sealed class AdaptTests(ChromiumFixture chromium) : IDisposable
{
    private const string Item = "#task-2023-10-1";
    private const string Other = "#task-2023-10-2";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Marks_dates_and_notes_survive_a_reload_save_to_a_file_clear_open_again_and_print()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync(chromium.Url("months/2023-10.html"));

        await page.CheckAsync($"{Item} input[name='na']");
        await page.CheckAsync($"{Other} input[name='together']");
        await page.FillAsync($"{Other} input[name='date']", "Oct 12");
        await page.FillAsync(".sheet-notes textarea", "Meet in the library after school.");
        await page.FillAsync(".pair-names input[name='mentor']", "Ana");

        await page.ReloadAsync();
        await AssertAdaptedAsync(page);

        // What was typed is saved as it is typed; the reload shows it came back from the browser's storage.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-action='export']"));
        var saved = _folder["checklists.json"];
        await download.SaveAsAsync(saved);

        await page.ClickAsync("button[data-action='clear']");
        Assert.False(await page.IsCheckedAsync($"{Item} input[name='na']"));
        Assert.Equal(string.Empty, await page.InputValueAsync(".sheet-notes textarea"));
        await page.ReloadAsync();
        Assert.False(await page.IsCheckedAsync($"{Other} input[name='together']"));

        await page.SetInputFilesAsync("input[data-action='import']", saved);
        await page.Locator(".adapt-status", new() { HasText = "Opened the saved file." }).WaitForAsync();
        await AssertAdaptedAsync(page);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var decoration = await page.EvalOnSelectorAsync<string>($"{Item} .item-text", "e => getComputedStyle(e).textDecorationLine");
        Assert.Equal("line-through", decoration);
        var together = await page.EvalOnSelectorAsync<string>(Other, "e => getComputedStyle(e).boxShadow");
        Assert.NotEqual("none", together);
        Assert.True(await page.Locator(".sheet-notes textarea").IsVisibleAsync());
        Assert.Equal("Meet in the library after school.", await page.InputValueAsync(".sheet-notes textarea"));
    }

    [Fact]
    public async Task Without_JavaScript_the_checklist_is_complete_and_the_adapting_tools_say_they_cannot_work()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.Url("months/2023-10.html"));

        Assert.True(await page.Locator(".adapt-tools").IsVisibleAsync());
        var disabled = await page.EvalOnSelectorAllAsync<bool[]>(".adapt-tools button, .adapt-tools input", "controls => controls.map(c => c.disabled)");
        Assert.Equal([true, true, true, true], disabled);
        Assert.Contains("not running scripts", await page.Locator(".adapt-tools").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(4, await page.Locator(".task input[name='done']").CountAsync());
        Assert.True(await page.Locator($"{Item} input[name='time']").IsVisibleAsync());
    }

    private static async Task AssertAdaptedAsync(IPage page)
    {
        Assert.True(await page.IsCheckedAsync($"{Item} input[name='na']"));
        Assert.True(await page.IsCheckedAsync($"{Other} input[name='together']"));
        Assert.Equal("Oct 12", await page.InputValueAsync($"{Other} input[name='date']"));
        Assert.Equal("Meet in the library after school.", await page.InputValueAsync(".sheet-notes textarea"));
        Assert.Equal("Ana", await page.InputValueAsync(".pair-names input[name='mentor']"));
    }
}
