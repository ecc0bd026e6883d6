using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PlanPress.Import;
using PlanPress.Import.Workbooks;

namespace PlanPress.Tests.Commands;

public sealed class NewCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Project => _folder["plan"];

    [Fact]
    public async Task A_new_project_builds_right_away_without_errors_or_warnings()
    {
        var created = await PlanPressRun.StartAsync("new", Project);
        var built = await PlanPressRun.StartAsync("build", "--content", Path.Combine(Project, "content"), "--theme", Repository.Theme, "--output", Path.Combine(Project, "site-output"));

        Assert.True(created.ExitCode == 0, created.Output);
        Assert.EndsWith($"Starter project ready. Next:\n  cd {Project}\n  planpress serve     # preview the site; it rebuilds each time you save a workbook\n  planpress build     # write the site into site-output/, ready to publish\n", created.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.True(built.ExitCode == 0, built.Output);
        Assert.Contains("0 errors, 0 warnings", built.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Project, "site-output", "pages", "about.html")));
        Assert.True(File.Exists(Path.Combine(Project, "site-output", "goals", "1.html")));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(Project, "site-output", "months")).Length);
    }

    [Fact]
    public async Task Building_the_new_folder_instead_of_its_content_folder_says_which_folder_to_give()
    {
        await PlanPressRun.StartAsync("new", Project);

        var built = await PlanPressRun.StartAsync("build", "--content", Project, "--theme", Repository.Theme, "--output", _folder["site"]);

        Assert.Equal(1, built.ExitCode);
        var project = Project.Replace('\\', '/');
        Assert.Contains($"The folder {project}/content has a site.yml of its own: it is a plan's content folder, to be given as --content.", built.Output, StringComparison.Ordinal);
        Assert.Contains($"Did you mean \"--content {project}/content\"?", built.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void From_a_checkout_of_PlanPress_the_next_steps_are_commands_that_run_there()
    {
        var steps = PlanPress.Commands.NewCommand.NextSteps("my plan", fromCheckout: true).ToList();

        Assert.All(steps, s => Assert.StartsWith("  dotnet run --project src/PlanPress -- ", s, StringComparison.Ordinal));
        Assert.Contains("serve --content \"my plan/content\"", steps[0], StringComparison.Ordinal);
        Assert.Contains("build --content \"my plan/content\" --output \"my plan/site-output\"", steps[1], StringComparison.Ordinal);
        Assert.DoesNotContain(steps, s => s.Contains("  planpress ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_example_pair_and_its_action_plan_sit_in_a_workbook_that_git_ignores()
    {
        File.WriteAllText(Directory.CreateDirectory(Project).FullName + "/.gitignore", "node_modules/\nbooklets/\n");

        var created = await PlanPressRun.StartAsync("new", Project);
        var content = ContentFolder.Read(Path.Combine(Project, "content"));
        var sections = Validations(Path.Combine(Project, "content", "pairs.xlsx"), "Action Plans");

        Assert.True(created.ExitCode == 0, created.Output);
        Assert.Equal("Alex Example", Assert.Single(content.Source!.PairRows).Mentor.Text);
        Assert.Equal(11, content.Source.MapRows.Count);
        Assert.Contains(sections.Lists, v => v.Range == "B3:B500" && v.Source.Contains("Action step,Milestone,Check-in", StringComparison.Ordinal));
        // An existing .gitignore is kept and gets what it lacks, each line once.
        var ignored = File.ReadAllLines(Path.Combine(Project, ".gitignore"));
        Assert.Equal("node_modules/", ignored[0]);
        Assert.Single(ignored, l => l == "booklets/");
        Assert.Contains("content/pairs.xlsx", ignored);
        Assert.Contains("site-output/", ignored);
        // So are the hidden folders a build writes beside them first, which a killed build leaves behind.
        Assert.Contains(".booklets.*", ignored);
        Assert.Contains(".site-output.*", ignored);
    }

    /// <summary>What git says of a path in a repository: whether its .gitignore leaves it out.</summary>
    private static bool Ignored(string repository, string path)
    {
        using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["-C", repository, "check-ignore", "-q", "--no-index", path]) { RedirectStandardError = true })!;
        git.WaitForExit();
        return git.ExitCode == 0;
    }

    [Fact]
    public async Task Git_leaves_out_the_pairs_workbook_of_a_new_plan_of_each_plan_of_a_new_portal_and_of_this_repository()
    {
        Assert.Equal(0, (await PlanPressRun.StartAsync("new", Project)).ExitCode);
        Assert.Equal(0, (await PlanPressRun.StartAsync("new", _folder["portal"], "--portal")).ExitCode);
        foreach (var repository in new[] { Project, _folder["portal"] })
        {
            using var init = System.Diagnostics.Process.Start("git", ["init", "-q", repository])!;
            init.WaitForExit();
        }

        Assert.True(Ignored(Project, "content/pairs.xlsx"));
        Assert.True(Ignored(_folder["portal"], "content/plans/riverside-elementary/pairs.xlsx"));
        Assert.True(Ignored(Repository.Root, "content/pairs.xlsx"));
        Assert.False(Ignored(Project, "content/calendar.xlsx"));
    }

    [Fact]
    public async Task The_starter_workbooks_open_with_ExcelDataReader_with_their_headers_and_example_rows()
    {
        await PlanPressRun.StartAsync("new", Project);

        var content = ContentFolder.Read(Path.Combine(Project, "content"));

        Assert.Equal(6, content.Source!.CalendarRows.Count);
        Assert.Equal(["Program Coordinator", "Mentor", "Protégé"], content.Source.RoleRows.Select(r => r.Name.Text));
        Assert.Equal("Pair every new teacher with a trained mentor", Assert.Single(content.Source.Initiatives).Name.Text);
        Assert.Equal(4, content.Source.ImprovementRows.Count);
        var lists = Assert.Single(WorkbookReader.Read(Path.Combine(Project, "content", "action-plan.xlsx")).Sheets);
        Assert.Equal("Initiative 1", lists.Name);
    }

    [Fact]
    public async Task The_starter_workbooks_carry_drop_down_lists_for_who_and_status_and_frozen_headers()
    {
        await PlanPressRun.StartAsync("new", Project);

        var calendar = Validations(Path.Combine(Project, "content", "calendar.xlsx"), "Calendar");
        var actionPlan = Validations(Path.Combine(Project, "content", "action-plan.xlsx"), "Initiative 1");

        Assert.Contains(calendar.Lists, v => v.Range == "D3:D500" && v.Source == "Roles!$A$2:$A$100");
        Assert.Contains(actionPlan.Lists, v => v.Range == "D12:D40" && v.Source == "\"Not started,In progress,Met,Not met\"");
        Assert.Contains(actionPlan.Lists, v => v.Source == "Lists!$A$2:$A$100");
        Assert.Equal("A3", calendar.FrozenAt);
    }

    [Fact]
    public async Task New_refuses_to_overwrite_existing_files_unless_forced()
    {
        Directory.CreateDirectory(Path.Combine(Project, "content"));
        File.WriteAllText(Path.Combine(Project, "content", "site.yml"), "title: Mine\n");

        var refused = await PlanPressRun.StartAsync("new", Project);
        var forced = await PlanPressRun.StartAsync("new", Project, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("site.yml: error: The file already exists; nothing was written.", refused.Output, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("title: Our Mentoring Program", File.ReadAllText(Path.Combine(Project, "content", "site.yml")), StringComparison.Ordinal);
    }

    private static (List<(string Range, string Source)> Lists, string? FrozenAt) Validations(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var lists = worksheet.Descendants<DataValidation>()
            .Select(v => (v.SequenceOfReferences!.InnerText ?? string.Empty, v.Formula1!.Text))
            .ToList();
        var pane = worksheet.Descendants<Pane>().SingleOrDefault();
        return (lists, pane?.TopLeftCell?.Value);
    }
}
