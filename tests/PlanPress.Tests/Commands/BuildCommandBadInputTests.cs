namespace PlanPress.Tests.Commands;

/// <summary>
/// What a coordinator sees when the content is wrong: a message naming file, sheet and cell, a
/// non-zero exit, no stack trace, and the previous site left exactly as it was.
/// </summary>
public sealed class BuildCommandBadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public BuildCommandBadInputTests()
    {
        _folder.CopyFolder(Repository.Content, "content");
    }

    public void Dispose() => _folder.Dispose();

    private string Content => _folder["content"];

    private string Output => _folder["site-output"];

    private Task<PlanPressRun> BuildAsync(string? content = null) =>
        PlanPressRun.StartAsync("build", "--content", content ?? Content, "--theme", Repository.Theme, "--output", Output, "--booklets", _folder["booklets"], "--as-of", "2024-03-15");

    /// <summary>Builds the good sample first, so each test can check the bad build left it alone.</summary>
    private async Task<Dictionary<string, byte[]>> PreviousSiteAsync()
    {
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        return Snapshot();
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(Output, f), File.ReadAllBytes);

    private void AssertUntouched(Dictionary<string, byte[]> before)
    {
        var after = Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.True(pair.Value.SequenceEqual(after[pair.Key]), $"{pair.Key} changed"));
    }

    private void ReplaceCalendar(params object?[][] rows)
    {
        File.Delete(Path.Combine(Content, "calendar.xlsx"));
        new XlsxBuilder().Sheet("Calendar", rows).Save(Path.Combine(Content, "calendar.xlsx"));
    }

    private static void AssertFailsWith(PlanPressRun run, params string[] expected)
    {
        Assert.True(run.ExitCode == 1, run.Output);
        Assert.False(run.ShowsStackTrace, run.Output);
        foreach (var text in expected)
        {
            Assert.True(run.Output.Contains(text, StringComparison.Ordinal), $"Expected \"{text}\" in:\n{run.Output}");
        }

        Assert.Contains("was not changed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_content_folder()
    {
        var before = await PreviousSiteAsync();

        var run = await BuildAsync(_folder["no-such-folder"]);

        AssertFailsWith(run, "no-such-folder: error: The content folder does not exist.");
        AssertUntouched(before);
    }

    [Fact]
    public async Task A_broken_link_in_an_html_page_among_the_themes_assets_stops_build_as_it_stops_check()
    {
        var before = await PreviousSiteAsync();
        _folder.CopyFolder(Repository.Theme, "theme");
        File.WriteAllText(Path.Combine(_folder["theme"], "assets", "help.html"), "<!doctype html><title>Help</title><p><a href=\"missing.html\">More</a></p>\n");
        string[] theme = ["--theme", _folder["theme"]];

        var build = await PlanPressRun.StartAsync(["build", "--content", Content, .. theme, "--output", Output, "--booklets", _folder["booklets"], "--as-of", "2024-03-15"]);
        var check = await PlanPressRun.StartAsync(["check", "--content", Content, .. theme, "--as-of", "2024-03-15"]);

        AssertFailsWith(build, "assets/help.html: error: The page links to \"missing.html\"");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("assets/help.html: error: The page links to \"missing.html\"", check.Output, StringComparison.Ordinal);
        AssertUntouched(before);
    }

    [Fact]
    public async Task A_text_file_renamed_to_xlsx()
    {
        var before = await PreviousSiteAsync();
        File.WriteAllText(Path.Combine(Content, "calendar.xlsx"), "Month,Task,Who\nOctober 2023,Assess,Coordinator\n");

        var run = await BuildAsync();

        AssertFailsWith(run, "calendar.xlsx: error: This is a text file, not a workbook, though it is named .xlsx.");
        AssertUntouched(before);
    }

    [Fact]
    public async Task A_workbook_with_no_calendar_sheet_lists_the_headers_looked_for()
    {
        var before = await PreviousSiteAsync();
        File.Delete(Path.Combine(Content, "action-plan.xlsx"));
        File.Delete(Path.Combine(Content, "improvement-plan.xlsx"));
        ReplaceCalendar(["Budget line", "Amount"], ["Books", 300]);

        var run = await BuildAsync();

        AssertFailsWith(run, "No mentoring calendar, action plan or improvement plan was found", "Month (or When, Date, Month/Year", "Task (or Tasks, What, Activity", "Who (or Role");
        AssertUntouched(before);
    }

    [Fact]
    public async Task A_missing_required_column()
    {
        var before = await PreviousSiteAsync();
        ReplaceCalendar(["Calendar 2023–2024"], [], ["Month", "Phase", "Task", "Notes"], ["October 2023", "Needs", "Assess needs", ""]);

        var run = await BuildAsync();

        AssertFailsWith(run, "calendar.xlsx [Calendar] A3: error:", "the required column Who is missing from its header row, which reads: ");
        AssertUntouched(before);
    }

    [Fact]
    public async Task A_month_cell_that_cannot_be_read_names_its_cell_and_suggests_the_month()
    {
        var before = await PreviousSiteAsync();
        ReplaceCalendar(["Month", "Task", "Who"], ["October 2023", "Assess needs", "Coordinator"], ["Novembr 2023", "Recruit", "Coordinator"]);

        var run = await BuildAsync();

        AssertFailsWith(run, "calendar.xlsx [Calendar] A3: error: The month \"Novembr 2023\" cannot be read.", "Did you mean \"November 2023\"?");
        AssertUntouched(before);
    }

    [Fact]
    public async Task An_unknown_role_is_a_warning_with_the_closest_role_and_the_site_is_still_built()
    {
        ReplaceCalendar(["Month", "Task", "Who"], ["October 2023", "Assess needs", "Program Coordinatr"]);
        new XlsxBuilder().Sheet("Roles", ["Role", "Aliases"], ["Program Coordinator", "Coordinator"], ["Mentor", "Tutor"]).Save(Path.Combine(Content, "roles.xlsx"));

        var run = await BuildAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("calendar.xlsx [Calendar] C2: warning: \"Program Coordinatr\" is not a known role", run.Output, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"Program Coordinator\"?", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Output, "months", "2023-10.html")));
    }

    [Fact]
    public async Task An_as_of_date_that_is_not_a_date()
    {
        var run = await PlanPressRun.StartAsync("build", "--content", Content, "--output", Output, "--as-of", "15/03/2024");

        AssertFailsWith(run, "--as-of: error: \"15/03/2024\" is not a date.");
        Assert.False(Directory.Exists(Output));
    }

    private void ReplaceActionPlan(params (string Sheet, object?[][] Rows)[] sheets)
    {
        File.Delete(Path.Combine(Content, "action-plan.xlsx"));
        var builder = new XlsxBuilder();
        foreach (var (sheet, rows) in sheets)
        {
            builder.Sheet(sheet, rows);
        }

        builder.Save(Path.Combine(Content, "action-plan.xlsx"));
    }

    private static object?[][] Form(string initiative, string date, string status) =>
    [
        ["Strategic Initiative", initiative],
        [],
        ["Process Benchmark", "Person Responsible", "Date", "Status"],
        ["Train teachers", "Principal", date, status],
    ];

    [Fact]
    public async Task An_unreadable_date_and_an_unknown_status_are_warnings_and_the_site_is_built()
    {
        ReplaceActionPlan(("Reading", Form("Reading strategies", "sometime in spring", "Halfway")));

        var run = await BuildAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("action-plan.xlsx [Reading] C4: warning: The date \"sometime in spring\" cannot be read", run.Output, StringComparison.Ordinal);
        Assert.Contains("action-plan.xlsx [Reading] D4: warning: The status \"Halfway\" is not one PlanPress knows", run.Output, StringComparison.Ordinal);
        Assert.Contains("date not set", File.ReadAllText(Path.Combine(Output, "initiatives", "reading-strategies.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_sheets_with_the_same_initiative_fail_the_build()
    {
        var before = await PreviousSiteAsync();
        ReplaceActionPlan(("Reading", Form("Reading strategies", "Oct 2023", "Met")), ("Reading (2)", Form("Reading Strategies", "Nov 2023", "")));

        var run = await BuildAsync();

        AssertFailsWith(run, "action-plan.xlsx [Reading (2)] B1: error: The initiative \"Reading Strategies\" is already on ", "action-plan.xlsx [Reading] B1");
        AssertUntouched(before);
    }

    [Fact]
    public async Task A_page_linking_to_a_page_that_does_not_exist_fails_the_build_naming_both()
    {
        var before = await PreviousSiteAsync();
        _folder.Write("content/pages/links.md", "---\ntitle: Links\n---\n\nSee [the budget](budget.html).\n");

        var run = await BuildAsync();

        AssertFailsWith(run, "pages/links.html: error: The page links to \"budget.html\", which is not a file of the site.");
        AssertUntouched(before);
    }
}
