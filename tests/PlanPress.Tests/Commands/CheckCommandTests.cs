namespace PlanPress.Tests.Commands;

/// <summary><c>planpress check</c> on good and broken content: exit codes, messages, GitHub annotations, verbosity.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public CheckCommandTests()
    {
        _folder.CopyFolder(Repository.Content, "content");
    }

    public void Dispose() => _folder.Dispose();

    private string Content => _folder["content"];

    private static readonly Dictionary<string, string> GitHubActions = new() { ["GITHUB_ACTIONS"] = "true" };

    private void BreakCalendar()
    {
        File.Delete(Path.Combine(Content, "calendar.xlsx"));
        new XlsxBuilder()
            .Sheet("Calendar", ["Month", "Task", "Who"], ["Octobr 2023", "Assess needs", "Program Coordinator"], ["November 2023", "Recruit", "Mentr"])
            .Sheet("Roles", ["Role", "Aliases"], ["Program Coordinator", "Coordinator, Mentor Program Director"], ["Mentor", "Mentors/Tutors"], ["Learner", "Protégé"], ["Principal", ""], ["ELA Coach", "District ELA coaches"], ["MoM Trainer", "MoM alternate"])
            .Save(Path.Combine(Content, "calendar.xlsx"));
    }

    private Task<PlanPressRun> CheckAsync(IReadOnlyDictionary<string, string>? environment, params string[] extra) =>
        PlanPressRun.StartAsync(environment ?? new Dictionary<string, string>(), ["check", "--content", Content, "--theme", Repository.Theme, "--as-of", "2024-03-15", .. extra]);

    [Fact]
    public async Task The_sample_passes_and_nothing_is_written()
    {
        var run = await CheckAsync(null);

        Assert.True(run.ExitCode == 0, run.Output);
        // As many as build writes (its What changed page among them): see BuildCommandTests.
        Assert.Contains("Check passed: 43 pages would be built; 0 errors, 0 warnings.", run.Output, StringComparison.Ordinal);
        Assert.Equal(["content"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Build_without_booklets_writes_them_beside_its_output_folder_not_where_it_is_run()
    {
        var run = await PlanPressRun.StartAsync("build", "--content", Content, "--theme", Repository.Theme, "--output", _folder["my-plan/site-output"], "--as-of", "2024-03-15");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains($"and 2 pair booklets into {_folder["my-plan/booklets"]}", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_folder["my-plan/booklets/dana-whitfield-marco-alvarez.html"]));
    }

    [Fact]
    public async Task A_broken_workbook_fails_with_each_problem_on_its_own_line_and_a_summary()
    {
        BreakCalendar();

        var run = await CheckAsync(null);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.EndsWith("calendar.xlsx [Calendar] A2: error: The month \"Octobr 2023\" cannot be read. Expected a month such as \"October 2023\", \"Oct 2023\", \"Oct-23\", \"2023-10\", \"10/2023\", \"Month 3\" or a date cell. Did you mean \"October 2023\"?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("calendar.xlsx [Calendar] C3: warning: \"Mentr\" is not a known role or person; the task is listed under that name. Expected a role or alias from the Roles sheet, or a person's name such as \"M. Edwards\". Did you mean \"Mentor\"?", StringComparison.Ordinal));
        Assert.True(lines[^1] == "Check failed: 1 error, 1 warning.", run.Output);
        Assert.DoesNotContain(lines, l => l.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_to_a_missing_page_or_to_a_missing_place_on_a_page_fails_the_check_as_it_fails_the_build()
    {
        // check keeps no page once it is scanned: the ids of the month it links into must still be known.
        _folder.Write("content/pages/links.md", "---\ntitle: Links\n---\n\nSee [the budget](budget.html), [October](../months/2023-10.html#main) and [a task](../months/2023-10.html#task-nowhere).\n");

        var run = await CheckAsync(null);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pages/links.html: error: The page links to \"budget.html\", which is not a file of the site.", run.Output, StringComparison.Ordinal);
        Assert.Contains("pages/links.html: error: The page links to \"../months/2023-10.html#task-nowhere\", but months/2023-10.html has no element with the id \"task-nowhere\".", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("#main", run.Output, StringComparison.Ordinal);
        Assert.Contains("Check failed: 2 errors, 0 warnings.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_GitHub_Actions_problems_are_also_written_as_workflow_commands()
    {
        BreakCalendar();

        var run = await CheckAsync(GitHubActions);

        var file = Path.Combine(Content, "calendar.xlsx").Replace('\\', '/').Replace(":", "%3A", StringComparison.Ordinal);
        Assert.Contains($"::error file={file},title=Calendar A2::The month \"Octobr 2023\" cannot be read.", run.Output, StringComparison.Ordinal);
        Assert.Contains($"::warning file={file},title=Calendar C3::\"Mentr\" is not a known role or person;", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_fails_on_warnings_too()
    {
        foreach (var workbook in Directory.GetFiles(Content, "*.xlsx"))
        {
            File.Delete(workbook);
        }

        new XlsxBuilder()
            .Sheet("Calendar", ["Month", "Task", "Who"], ["October 2023", "Assess needs", "Mentr"])
            .Sheet("Roles", ["Role", "Aliases"], ["Mentor", "Tutor"])
            .Save(Path.Combine(Content, "calendar.xlsx"));

        var relaxed = await CheckAsync(null);
        var strict = await CheckAsync(null, "--strict");

        Assert.Equal(0, relaxed.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        Assert.True(strict.Output.TrimEnd().EndsWith("Check failed: 0 errors, 1 warning (--strict).", StringComparison.Ordinal), strict.Output);
    }

    [Fact]
    public async Task Quiet_keeps_only_errors_and_verbose_adds_notes()
    {
        BreakCalendar();

        var quiet = await CheckAsync(null, "--quiet");
        var verbose = await CheckAsync(null, "--verbose");

        Assert.DoesNotContain(": warning:", quiet.Output, StringComparison.Ordinal);
        Assert.Contains(": error:", quiet.Output, StringComparison.Ordinal);
        Assert.Contains(": info: Skipped the template's example row", verbose.Output, StringComparison.Ordinal);
        Assert.Contains("Reading workbooks… (0.0 s)", verbose.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--as-of")]
    [InlineData("check", "--strict")]
    [InlineData("new", "--force")]
    public async Task Every_command_has_help(string command, string option)
    {
        var run = await PlanPressRun.StartAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(option, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_on_GitHub_Actions_with_an_example_base_url_warns_and_takes_the_address_GitHub_Pages_gives()
    {
        Task<PlanPressRun> Build(params string[] more) => PlanPressRun.StartAsync(GitHubActions, ["build", "--content", Content, "--theme", Repository.Theme, "--output", _folder["site"], "--booklets", _folder["booklets"], "--as-of", "2024-03-15", .. more]);

        var example = await Build();
        var published = await Build("--base-url", "https://riverside.github.io/mentoring/");
        var secret = await Build("--base-url", "https://name:secret@riverside.github.io/mentoring/");

        Assert.True(example.ExitCode == 0, example.Output);
        Assert.Contains("site.yml: warning: The base_url https://example.github.io/planpress/ is an example address: every printed QR code, calendar feed, change feed and sitemap of the published site leads there.", example.Output, StringComparison.Ordinal);
        // The sample keeps its (made-up) pairs in calendar.xlsx: on GitHub that is a workbook the repository holds.
        Assert.Contains("calendar.xlsx [Pairs]: warning: The pairs' names (2 pairs) are in a workbook the repository holds", example.Output, StringComparison.Ordinal);
        Assert.True(published.ExitCode == 0, published.Output);
        Assert.DoesNotContain("example address", published.Output, StringComparison.Ordinal);
        var sitemap = File.ReadAllText(_folder["site/sitemap.xml"]);
        Assert.Contains("<loc>https://riverside.github.io/mentoring/index.html</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("example.github.io", sitemap, StringComparison.Ordinal);
        Assert.Equal(1, secret.ExitCode);
        Assert.Contains("--base-url: error: The address holds a user name or password", secret.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", secret.Output, StringComparison.Ordinal);
    }
}
