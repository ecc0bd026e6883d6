namespace PlanPress.Tests.Commands;

/// <summary>The plan's calendar kept as LibreOffice saves it (.ods), as a macro-enabled workbook (.xlsm), or in a subfolder: the same site as the sample's.</summary>
public sealed class WorkbookFormsTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("calendar.ods", "sample-calendar.ods")]
    [InlineData("calendar.xlsm", "sample-calendar.xlsm")]
    [InlineData("2023-24/workbooks/calendar.xlsx", null)]
    public async Task The_calendar_as_ods_as_xlsm_or_in_a_subfolder_builds_the_same_pages(string placed, string? fixture)
    {
        var content = _folder.CopyFolder(Repository.Content, "content");
        var calendar = Path.Combine(content, placed);
        Directory.CreateDirectory(Path.GetDirectoryName(calendar)!);
        File.Move(Path.Combine(content, "calendar.xlsx"), calendar);
        if (fixture is not null)
        {
            File.Copy(Repository.Fixture(fixture), calendar, overwrite: true);
        }

        var run = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", _folder["site"], "--booklets", _folder["booklets"], "--as-of", SampleSiteFixture.AsOf);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains(": 0 errors, 0 warnings.", run.Output, StringComparison.Ordinal);
        var pages = Pages(sample.Output);
        Assert.Equal(43, pages.Count);
        Assert.Equal(pages.Keys, Pages(_folder["site"]).Keys);
        Assert.All(pages, page => Assert.Equal(page.Value, File.ReadAllText(Path.Combine(_folder["site"], page.Key))));
    }

    [Fact]
    public async Task A_file_that_is_neither_a_workbook_nor_a_page_is_named_in_a_warning()
    {
        var content = _folder.CopyFolder(Repository.Content, "content");
        _folder.Write("content/minutes.docx", "not a workbook");
        _folder.Write("content/notes/ideas.md", "# A page outside pages/");
        _folder.Write("content/.gitignore", "*.bak");
        _folder.Write("content/~$calendar.xlsx", "lock");

        var run = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", _folder["site"], "--as-of", SampleSiteFixture.AsOf);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("content/minutes.docx: warning: This file is not read: it is neither a workbook nor a page.", run.Output, StringComparison.Ordinal);
        Assert.Contains("content/notes/ideas.md: warning: This page is not read: pages are read from the pages folder only.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(".gitignore", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("~$calendar", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("grid-calendar.xlsx", "months/2025-09.html", "roles/mentors.html", "Meet your protégé")]
    [InlineData("grid-calendar.ods", "months/2025-09.html", "roles/mentors.html", "Meet your protégé")]
    [InlineData("quarter-plan.xlsx", "months/2026-01.html", "roles/coordinator.html", "Observe sessions")]
    [InlineData("quarter-plan.ods", "months/2026-04.html", "roles/coordinator.html", "Observe sessions")]
    [InlineData("calendar-who-what-when.xlsx", "months/2023-11.html", "roles/mentors.html", "Meet your protégé")]
    [InlineData("calendar-who-what-when.ods", "months/2023-09.html", "roles/coordinator.html", "Carry out a needs assessment")]
    public async Task A_grid_of_months_or_quarters_or_a_calendar_in_other_words_puts_each_task_on_its_month_page_and_its_role_page(string fixture, string month, string role, string task)
    {
        _folder.Write("content/site.yml", "title: Year at a glance\nprogram_start: September 2025\n");
        File.Copy(Repository.Fixture(fixture), _folder["content/" + fixture]);

        var run = await PlanPressRun.StartAsync("build", "--content", _folder["content"], "--theme", Repository.Theme, "--output", _folder["site"], "--as-of", "2025-10-15");

        Assert.True(run.ExitCode == 0, run.Output);
        var monthPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder["site"], month)));
        Assert.Contains(monthPage.QuerySelectorAll(".task-text, .item-text"), e => e.TextContent.Trim() == task);
        var rolePage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder["site"], role)));
        Assert.Contains(task, rolePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Every page of a built site by its path, with its text.</summary>
    private static Dictionary<string, string> Pages(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), File.ReadAllText);
}
