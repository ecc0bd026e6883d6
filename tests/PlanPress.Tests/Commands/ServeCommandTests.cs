using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary><c>planpress serve</c> over real HTTP: the site, rebuilds on save, the problems page, and back.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public ServeCommandTests()
    {
        _folder.Write("content/site.yml", "title: Serve test\nprogram_start: 2023-10\n");
        SaveCalendar("Assess needs");
    }

    public void Dispose() => _folder.Dispose();

    private string Content => _folder["content"];

    private void SaveCalendar(string task, string month = "October 2023") =>
        new XlsxBuilder().Sheet("Calendar", ["Month", "Task", "Who"], [month, task, "Coordinator"]).Save(Path.Combine(Content, "calendar.xlsx"));

    private static string Heading(string html) => new HtmlParser().ParseDocument(html).QuerySelector("h1")?.TextContent ?? string.Empty;

    [Fact]
    public async Task Serves_the_site_on_a_free_port_with_its_assets()
    {
        await using var serve = await ServeSession.StartAsync(Content);

        Assert.Equal("Serve test", Heading(await serve.GetAsync("/")));
        Assert.Equal("October 2023", Heading(await serve.GetAsync("months/2023-10.html")));
        Assert.Contains("PlanPress default theme", await serve.GetAsync("assets/site.css"), StringComparison.Ordinal);
        Assert.Contains("/__planpress/events", await serve.GetAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_workbook_shows_up_in_the_page()
    {
        await using var serve = await ServeSession.StartAsync(Content);

        SaveCalendar("Recruit mentors");

        await serve.WaitForAsync(async () => (await serve.GetAsync("months/2023-10.html")).Contains("Recruit mentors", StringComparison.Ordinal) ? "changed" : null);
    }

    [Fact]
    public async Task A_broken_save_shows_the_problems_keeps_the_last_good_build_and_a_fix_brings_the_site_back()
    {
        await using var serve = await ServeSession.StartAsync(Content);

        SaveCalendar("Assess needs", month: "Octobr 2023");
        var problems = await serve.WaitForAsync(async () => await serve.GetAsync("months/2023-10.html") is var html && html.Contains("The last save broke the build", StringComparison.Ordinal) ? html : null);
        var lastGood = await serve.GetAsync("months/2023-10.html?last-good");

        var item = new HtmlParser().ParseDocument(problems).QuerySelector(".problems li")!.TextContent;
        Assert.Contains("calendar.xlsx [Calendar] A2", item, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"October 2023\"?", item, StringComparison.Ordinal);
        Assert.Equal("October 2023", Heading(lastGood));

        SaveCalendar("Assess needs again");
        await serve.WaitForAsync(async () => Heading(await serve.GetAsync("months/2023-10.html")) == "October 2023" ? "back" : null);
    }

    [Theory]
    [InlineData("~$calendar.xlsx", true)]
    [InlineData(".~lock.calendar.xlsx#", true)]
    [InlineData("3F2A1B00", true)]
    [InlineData("calendar.xlsx~", true)]
    [InlineData("calendar.xlsx", false)]
    [InlineData("pages/about.md", false)]
    public void Spreadsheet_lock_and_temporary_files_do_not_trigger_a_rebuild(string name, bool scratch)
    {
        Assert.Equal(scratch, PlanPress.Commands.ServeCommand.IsScratch(name));
    }

    [Fact]
    public async Task On_a_portal_a_save_rebuilds_only_its_plan_and_the_portal_pages_show_it()
    {
        var portal = _folder["portal"];
        _folder.Write("portal/site.yml", "title: District\n");
        foreach (var plan in new[] { "north", "south" })
        {
            _folder.Write($"portal/plans/{plan}/site.yml", $"title: {plan} school\nprogram_start: 2023-10\n");
            new XlsxBuilder().Sheet("Calendar", ["Month", "Task", "Who"], ["October 2023", $"Assess needs at {plan}", "Coordinator"]).Save(Path.Combine(portal, "plans", plan, "calendar.xlsx"));
        }

        await using var serve = await ServeSession.StartAsync(portal);
        Assert.Contains("north school", await serve.GetAsync("/"), StringComparison.Ordinal);
        Assert.Contains("Assess needs at south", await serve.GetAsync("south/months/2023-10.html"), StringComparison.Ordinal);
        Assert.Contains("(2 built)", serve.Log, StringComparison.Ordinal);

        new XlsxBuilder().Sheet("Calendar", ["Month", "Task", "Who"], ["October 2023", "Recruit mentors at north", "Coordinator"]).Save(Path.Combine(portal, "plans", "north", "calendar.xlsx"));

        await serve.WaitForAsync(async () => (await serve.GetAsync("north/months/2023-10.html")).Contains("Recruit mentors at north", StringComparison.Ordinal) ? "changed" : null);
        Assert.Contains("(1 built)", serve.Log, StringComparison.Ordinal);
        Assert.Contains("Assess needs at south", await serve.GetAsync("south/months/2023-10.html"), StringComparison.Ordinal);
    }
}
