using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>Personal booklets from the Pairs sheet: names filled in, the calendar shifted to each pair's start, and never in the site.</summary>
public sealed class BookletTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public BookletTests()
    {
        var content = _folder.CopyFolder(Repository.Content, "content");
        new XlsxBuilder().Sheet("Pairs",
            ["Mentor", "Protégé", "Start Month", "School or Group"],
            ["Rosalind Quigley", "Tobias Fairweather", new DateTime(2023, 10, 1), "Grade 7"],
            ["Imogen Stavros", "Wendell Okafor", "February 2024", "Grade 6"]).Save(Path.Combine(content, "pairs.xlsx"));
    }

    public void Dispose() => _folder.Dispose();

    private static readonly string[] Names = ["Rosalind", "Quigley", "Tobias", "Fairweather", "Imogen", "Stavros", "Wendell", "Okafor", "Dana Whitfield", "Priya Raman",
        // Words of the sample pairs' Mentoring Action Plans, which are as personal as their names.
        "homework planner", "school counsellor", "Thumbs up, sideways"];

    private Task<PlanPressRun> BuildAsync(string booklets) =>
        PlanPressRun.StartAsync("build", "--content", _folder["content"], "--theme", Repository.Theme, "--output", _folder["site-output"], "--booklets", booklets, "--as-of", "2024-03-15");

    [Fact]
    public async Task Each_pair_gets_a_booklet_with_their_names_and_the_calendar_shifted_to_their_start()
    {
        var run = await BuildAsync(_folder["booklets"]);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("and 4 pair booklets into", run.Output, StringComparison.Ordinal);
        var late = new HtmlParser().ParseDocument(File.ReadAllText(_folder["booklets/imogen-stavros-wendell-okafor.html"]));
        var sheets = late.QuerySelectorAll(".sheet");
        Assert.Equal(13, sheets.Length);
        Assert.All(sheets, s => Assert.Equal("Imogen Stavros", s.QuerySelector("input[name='mentor']")?.GetAttribute("value")));
        Assert.All(sheets, s => Assert.Equal("Wendell Okafor", s.QuerySelector("input[name='protege']")?.GetAttribute("value")));

        // Their month 1 is February 2024 and holds the program's month 1 (October 2023): the needs survey.
        Assert.Equal("February 2024", sheets[0].QuerySelector("h2")?.TextContent);
        Assert.Contains(sheets[0].QuerySelectorAll(".item-text"), l => l.TextContent.Contains("Answer the needs survey", StringComparison.Ordinal));
        Assert.Equal("February 2025", sheets[12].QuerySelector("h2")?.TextContent);

        var early = new HtmlParser().ParseDocument(File.ReadAllText(_folder["booklets/rosalind-quigley-tobias-fairweather.html"]));
        Assert.Equal("October 2023", early.QuerySelector(".sheet h2")?.TextContent);
        Assert.True(File.Exists(_folder["booklets/assets/site.css"]));
    }

    [Fact]
    public async Task A_pairs_booklet_moves_every_date_to_their_months_and_lists_others_work_apart()
    {
        var run = await BuildAsync(_folder["booklets"]);

        Assert.True(run.ExitCode == 0, run.Output);
        var booklet = new HtmlParser().ParseDocument(File.ReadAllText(_folder["booklets/imogen-stavros-wendell-okafor.html"]));
        var first = booklet.QuerySelectorAll(".sheet")[0];
        string Text(AngleSharp.Dom.IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        // Their month 1 is four months after the program's: "year 1" of an improvement activity is theirs too.
        Assert.Contains("“year 1” (February 2024 to January 2025)", Text(first.QuerySelector(".activities-due")), StringComparison.Ordinal);
        Assert.DoesNotContain("2023", Text(first.QuerySelector(".sheet-items")), StringComparison.Ordinal);

        // The mentor's and protégé's items have the marks; the coordinator's are listed short, with none.
        Assert.Equal(["Learner"], first.QuerySelectorAll(".task-group h3").Select(h => h.TextContent.Trim()));
        var others = first.QuerySelector(".others");
        Assert.NotNull(others);
        Assert.Equal("Program Coordinator", others.QuerySelector("dt")?.TextContent.Trim());
        Assert.Contains("SMART goals", Text(others), StringComparison.Ordinal);
        Assert.Contains("(due February 29, 2024)", Text(others), StringComparison.Ordinal);
        Assert.Contains("1A1 Train Mentors to use CBAM Stages to assess Protege needs and design mentoring response. 2A2", Text(others), StringComparison.Ordinal);
        Assert.Contains("2A2 All Proteges attend trainings that address their growth goals, or approved external trainings when no internal one covers the topic. (February 2024 to January 2025)", Text(others), StringComparison.Ordinal);
        Assert.Empty(others.QuerySelectorAll("input"));

        // A benchmark of theirs is due on their month, without the program's status from another date.
        var mentors = booklet.QuerySelectorAll(".sheet").Select(s => s.QuerySelector(".due")).First(d => d is not null)!;
        Assert.Contains("Every learner matched with a mentor", Text(mentors), StringComparison.Ordinal);
        Assert.Contains("due June 2024", Text(mentors), StringComparison.Ordinal);
        Assert.Null(mentors.QuerySelector(".status"));

        // The program's own booklet keeps every item with its marks and every status.
        var year = new HtmlParser().ParseDocument(File.ReadAllText(_folder["site-output/booklet.html"]));
        Assert.Null(year.QuerySelector(".others"));
        Assert.Contains(year.QuerySelectorAll(".sheet")[0].QuerySelectorAll(".item-text"), l => l.TextContent.Contains("SMART goals", StringComparison.Ordinal));
        Assert.NotNull(year.QuerySelector(".due .status"));
    }

    [Fact]
    public async Task A_pairs_booklet_opens_with_their_action_plan_and_carries_its_steps_on_their_months()
    {
        var run = await BuildAsync(_folder["booklets"]);

        Assert.True(run.ExitCode == 0, run.Output);
        var booklet = new HtmlParser().ParseDocument(File.ReadAllText(_folder["booklets/priya-raman-jonah-becker.html"]));
        var sheets = booklet.QuerySelectorAll(".sheet");
        Assert.Equal(14, sheets.Length);

        // First the filled plan: their names, their entries under the template's headings, ruled lines where they wrote nothing.
        var map = sheets[0];
        Assert.Contains("map-sheet", map.ClassList);
        Assert.Equal("Priya Raman", map.QuerySelector("input[name='mentor']")?.GetAttribute("value"));
        Assert.Equal(
            ["Tour the school and list who helps with what — month 1", "Practise asking one question in class each week — month 2", "Try two clubs and choose one — month 3"],
            map.QuerySelectorAll("[data-item='action-steps'] .map-values li").Select(li => li.TextContent.Trim()));
        Assert.NotNull(map.QuerySelector("textarea[name='training']"));

        string[] Steps(int month) => [.. sheets[month].QuerySelectorAll(".pair-plan li").Select(li => li.TextContent.Trim())];
        // Their month 3 is March 2024: an action step, and both the monthly lunch and the review in "October and March".
        Assert.Equal("March 2024", sheets[3].QuerySelector("h2")?.TextContent);
        Assert.Equal(
            ["Action step: Try two clubs and choose one — month 3", "Check-in: Review the goals and change what is not working — October and March", "Check-in: Lunch together — every month"],
            Steps(3));
        Assert.Contains("Check-in: Review the goals and change what is not working — October and March", Steps(10));
        Assert.Equal(["Check-in: Lunch together — every month"], Steps(5));

        // The evaluation criteria close the last sheet, and only the last.
        Assert.Equal(1, booklet.QuerySelectorAll(".pair-evaluation").Length);
        Assert.Equal(
            ["Says in the June survey that he knows whom to ask for help", "Takes part in the club's spring event"],
            sheets[13].QuerySelectorAll(".pair-evaluation li").Select(li => li.TextContent.Trim()));

        // A pair without a plan gets the link to the blank worksheet instead.
        var planless = new HtmlParser().ParseDocument(File.ReadAllText(_folder["booklets/imogen-stavros-wendell-okafor.html"]));
        Assert.Null(planless.QuerySelector(".map-sheet"));
        Assert.NotNull(planless.QuerySelector("a[href$='map.html']"));
    }

    [Fact]
    public async Task No_pair_name_appears_anywhere_in_the_site()
    {
        var run = await BuildAsync(_folder["booklets"]);

        Assert.Equal(0, run.ExitCode);
        foreach (var file in Directory.EnumerateFiles(_folder["site-output"], "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.All(Names, name => Assert.False(text.Contains(name, StringComparison.OrdinalIgnoreCase), $"{name} in {Path.GetRelativePath(_folder["site-output"], file)}"));
        }
    }

    [Fact]
    public async Task Booklets_are_refused_inside_the_site_folder()
    {
        var run = await BuildAsync(Path.Combine(_folder["site-output"], "booklets"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("where pair names would be published", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["site-output"]));
    }

    [Fact]
    public void The_publishing_workflow_uploads_the_site_folder_only()
    {
        var workflow = File.ReadAllText(Path.Combine(Repository.Root, ".github", "workflows", "publish.yml"));
        var action = File.ReadAllText(Path.Combine(Repository.Root, "action.yml"));

        Assert.Contains("path: ${{ inputs.output }}", action, StringComparison.Ordinal);
        Assert.Contains("default: site-output", action, StringComparison.Ordinal);
        Assert.All(new[] { workflow, action }, text => Assert.DoesNotContain("booklets", text, StringComparison.Ordinal));
        Assert.All(new[] { workflow, action }, text => Assert.DoesNotContain("pdf", text, StringComparison.Ordinal));
    }
}
