using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>
/// Text a coordinator types by mistake and takes out again leaves every published file: for each kind
/// of item, a marker is added to its text, the plan built the next day, the marker taken out and the
/// plan built the day after; the marker is then in no file of the output or the booklets, in any case,
/// while the history still says that something changed, and when. In one language and two, for a
/// single plan and a portal's plan.
/// </summary>
public sealed class ForgottenTextTests : IDisposable
{
    private const string Marker = "zqx";

    private static readonly string[] Outputs = ["site", "booklets"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Each kind of item with a marker in its text, as a coordinator would type it in a workbook or a page.</summary>
    private static void AddMarkers(string content)
    {
        var calendar = Path.Combine(content, "calendar.xlsx");
        WorkbookCells.Set(calendar, "Calendar", "C6", "Set SMART goals for the tutoring program. Call ZQXtask Smith at home.");
        WorkbookCells.Set(calendar, "Roles", "D4", "J. Rivera, Zqxrole Person");
        WorkbookCells.Set(calendar, "Roles", "C4", "Oversees the program. Zqxrolework");
        WorkbookCells.Set(calendar, "Resources", "A4", "Funding for session materials Zqxresource");
        WorkbookCells.Set(calendar, "Glossary", "A4", "Action plan Zqxterm");
        WorkbookCells.Set(Path.Combine(content, "action-plan.xlsx"), "Mentoring", "A25", "Every learner matched with a mentor, in small groups (zqxbenchmark)");
        WorkbookCells.Set(Path.Combine(content, "action-plan.xlsx"), "Mentoring", "B26", "Program Coordinator, Zqxwho");
        WorkbookCells.Set(Path.Combine(content, "improvement-plan.xlsx"), "Improvement Plan", "A8", "1A3. Mentors mark weekly protege placement. Zqxactivity");
        WorkbookCells.Set(Path.Combine(content, "improvement-plan.xlsx"), "Improvement Plan", "B7", "month 2, year 1, ask Zqxtimeline");
        File.AppendAllText(Path.Combine(content, "pages", "barriers.md"), "\nCall Zqxpage about the bus.\n");
    }

    /// <summary>Builds on three days: as it was, with the markers, and with them taken out again.</summary>
    /// <param name="changes">The plan's What changed page, under the output folder.</param>
    private static async Task ForgetsAsync(string content, string plan, string changes, Func<string, Task<PlanPressRun>> build)
    {
        var kept = Path.Combine(Path.GetDirectoryName(content)!, "kept");
        CopyFiles(content, kept);
        await Built(build("2024-03-15"));
        AddMarkers(plan);
        await Built(build("2024-04-02"));
        Assert.Contains(OutputFiles(content), f => File.ReadAllText(f).Contains(Marker, StringComparison.OrdinalIgnoreCase));

        CopyFiles(kept, content);
        await Built(build("2024-04-03"));

        var leaks = OutputFiles(content).Where(f => File.ReadAllText(f).Contains(Marker, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(leaks.Count == 0, "The marker is still in " + string.Join(", ", leaks));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Path.GetDirectoryName(content)!, "site", changes)));
        Assert.Equal(["2024-04-03", "2024-04-02"], page.QuerySelectorAll(".change-day time").Select(t => t.GetAttribute("datetime")));
    }

    private static IEnumerable<string> OutputFiles(string content)
    {
        var root = Path.GetDirectoryName(content)!;
        return Outputs.Select(f => Path.Combine(root, f)).Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories));
    }

    private static void CopyFiles(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static async Task Built(Task<PlanPressRun> build)
    {
        var run = await build;
        Assert.True(run.ExitCode == 0, run.Output);
    }

    private Task<PlanPressRun> Build(string content, string asOf) =>
        PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", _folder["site"], "--booklets", _folder["booklets"], "--as-of", asOf);

    [Fact]
    public async Task Text_taken_out_of_a_plan_leaves_every_file_of_its_site()
    {
        var content = _folder.CopyFolder(Repository.Content, "content");
        await ForgetsAsync(content, content, "changes.html", asOf => Build(content, asOf));
    }

    [Fact]
    public async Task Text_taken_out_of_a_plan_in_two_languages_leaves_both_sites()
    {
        var content = BilingualSample.Write(_folder);
        await ForgetsAsync(content, content, "changes.html", asOf => Build(content, asOf));
    }

    [Fact]
    public async Task Text_taken_out_of_a_portals_plan_leaves_the_portal()
    {
        var created = await PlanPressRun.StartAsync("new", _folder["portal"], "--portal");
        Assert.True(created.ExitCode == 0, created.Output);
        var content = _folder["portal/content"];
        var plan = Path.Combine(content, "plans", "riverside-elementary");
        Directory.Delete(plan, recursive: true);
        CopyFiles(Repository.Content, plan);
        File.WriteAllText(Path.Combine(plan, "site.yml"), File.ReadAllText(Path.Combine(plan, "site.yml")).Replace("base_url: https://example.github.io/planpress/", string.Empty, StringComparison.Ordinal));

        await ForgetsAsync(content, plan, "riverside-elementary/changes.html", asOf => PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", _folder["portal/site"], "--as-of", asOf));
    }
}
