using Microsoft.Playwright;
using static PlanPress.Testing.RawXlsx;

namespace PlanPress.Tests.Browser;

/// <summary>
/// Script in every kind of cell, in site.yml and in a page's front matter and body, built and then
/// opened in a real Chromium: every page of the site loads and searches, and none of it runs.
/// </summary>
[Collection(ChromiumVariantTests.Name)]
public sealed class HostileScriptTests(ChromiumFixture chromium) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Each payload, if it ever ran, would set window.pwned or open a dialog.</summary>
    private static readonly string[] Payloads =
    [
        "<script>window.pwned=1</script>",
        "<img src=x onerror=\"window.pwned=2\">",
        "<svg onload=\"window.pwned=3\">",
        "[click](javascript:window.pwned=4)",
        "<a href=\"javascript:window.pwned=5\">x</a>",
        "*ok*{onclick=window.pwned=6}",
        "\"><script>alert(7)</script>",
        "</script><script>alert(8)</script>",
        "<iframe srcdoc=\"<script>parent.pwned=9</script>\">",
        "{{7*7}} @DateTime.Now <!-- -->",
    ];

    private static string Hostile(int i) => $"Item {i} {Payloads[i % Payloads.Length]}";

    [Fact]
    public async Task No_script_from_a_cell_site_yml_or_a_page_runs_on_any_page()
    {
        _folder.Write("content/site.yml", $"title: '{Hostile(0)}'\norganisation: '{Hostile(1)}'\ntimeframe: '{Hostile(2)}'\nprogram_start: October 2023\nlanguage: en\nbase_url: https://example.org/plan/\n");
        _folder.Write("content/pages/about.md", $"---\ntitle: '{Hostile(3)}'\nsummary: '{Hostile(4)}'\n---\n\n{string.Join("\n\n", Payloads)}\n");
        new RawXlsx()
            .Sheet("Calendar", Data(["Month", "Phase", "Task", "Who", "Notes"], ["October 2023", Hostile(5), Hostile(6), "Coordinator, " + Hostile(7), Hostile(8)], [null, null, Hostile(9), "Mentor", Hostile(3)]))
            .Sheet("Roles", Data(["Role", "Aliases", "Responsibilities", "People"], ["Coordinator", null, Hostile(1), "J. Rivera"], ["Mentor", null, Hostile(2), null]))
            .Sheet("Glossary", Data(["Term", "Definition"], ["PDSA", Hostile(4)], [Hostile(5), "x"]))
            .Sheet("Resources", Data(["Resource", "Kind", "Initiative", "Notes"], [Hostile(6), "People", null, Hostile(7)]))
            .Save(_folder["content/calendar.xlsx"]);
        new RawXlsx().Sheet("Reading", Data(
            ["Strategic Objective", Hostile(8)],
            ["Strategic Initiative", Hostile(9)],
            ["Describing Implementation", Hostile(0)],
            ["Process Benchmark", "Person Responsible", "Date", "Status"],
            [Hostile(1), "M. Edwards", "3/4/2024", "Met"],
            ["Term", "Definition"],
            [Hostile(2), Hostile(3)],
            ["Resource list", "Notes"],
            [Hostile(4), Hostile(5)])).Save(_folder["content/action-plan.xlsx"]);
        new RawXlsx().Sheet("Plan", Data(
            ["Goal / Target / Activity", "Timeline", "Person Responsible"],
            ["Improvement Goal #1> " + Hostile(6), null, null],
            ["Improvement Target #1A: " + Hostile(7), "by end of Q2", null],
            ["1A1. " + Hostile(8), "month 1, year 1", "Coordinator"],
            ["* CBAM = " + Hostile(9), null, null])).Save(_folder["content/improvement.xlsx"]);

        var site = _folder["site"];
        var run = await PlanPressRun.StartAsync("build", "--content", _folder["content"], "--theme", Repository.Theme, "--output", site, "--as-of", "2023-10-15");
        Assert.True(run.ExitCode == 0, run.Output);

        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 10, string.Join(", ", pages));
        foreach (var file in pages)
        {
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            foreach (var link in await page.Locator("a[href]").AllAsync())
            {
                var href = await link.GetAttributeAsync("href");
                Assert.False(href!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{file}: {href}");
            }

            Assert.Null(await page.EvaluateAsync<int?>("window.pwned ?? null"));
        }

        await page.GotoAsync(new Uri(Path.Combine(site, "search.html")).AbsoluteUri + "?q=Item");
        await page.Locator("#search-results li").First.WaitForAsync();
        Assert.Null(await page.EvaluateAsync<int?>("window.pwned ?? null"));
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task No_cell_forges_the_marks_of_untranslated_text_on_the_second_languages_site_in_any_escaping()
    {
        var content = Commands.BilingualSample.Write(_folder);
        var calendar = Path.Combine(content, "calendar.xlsx");
        WorkbookCells.Set(calendar, "Calendar", "C7", "List the resources \\uE000\"}];window.pwned=11;// needed");
        WorkbookCells.Set(calendar, "Calendar", "C8", "Answer the survey \uE000\"}];window.pwned=12;//\uE001 now");
        WorkbookCells.Set(calendar, "Calendar", "E7", "\\\\uE000\"}];window.pwned=13;//");
        var site = _folder["site"];

        var run = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", site, "--booklets", _folder["booklets"], "--as-of", "2023-10-15");

        Assert.True(run.ExitCode == 0, run.Output);
        foreach (var json in Directory.EnumerateFiles(site, "*.json", SearchOption.AllDirectories))
        {
            using var parsed = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        }

        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "es/search.html?q=survey", "search.html?q=survey", "es/months/2023-10.html" })
        {
            await page.GotoAsync(new Uri(Path.Combine(site, path.Split('?')[0])).AbsoluteUri + (path.Contains('?', StringComparison.Ordinal) ? "?" + path.Split('?')[1] : string.Empty));
            if (path.Contains("search", StringComparison.Ordinal))
            {
                await page.Locator("#search-results li").First.WaitForAsync();
            }

            Assert.Null(await page.EvaluateAsync<int?>("window.pwned ?? null"));
        }

        var shown = await page.Locator("main").InnerTextAsync();
        Assert.True(shown.Contains("\\uE000\"}];window.pwned=11;//", StringComparison.Ordinal), shown);
    }
}
