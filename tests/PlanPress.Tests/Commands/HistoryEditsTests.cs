using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>
/// Ordinary edits across many builds never block the site: rows deleted or hidden, items reworded,
/// statuses changed, tasks moved. Every build succeeds (each checks every link of the site it writes,
/// the history's included), and each change links to where its item is now.
/// </summary>
public sealed class HistoryEditsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _content;

    public HistoryEditsTests() => _content = _folder.CopyFolder(Repository.Content, "content");

    public void Dispose() => _folder.Dispose();

    private string ActionPlan => Path.Combine(_content, "action-plan.xlsx");

    private async Task BuiltAsync(DateOnly day)
    {
        var run = await PlanPressRun.StartAsync("build", "--content", _content, "--theme", Repository.Theme, "--output", _folder["site"], "--booklets", _folder["booklets"], "--as-of", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(run.ExitCode == 0, run.Output);
    }

    /// <summary>Every link of the What changed page leads to a page of the site and, with a fragment, to an element of it.</summary>
    private void EveryChangeLinkResolves()
    {
        var site = _folder["site"];
        var parser = new HtmlParser();
        foreach (var link in parser.ParseDocument(File.ReadAllText(Path.Combine(site, "changes.html"))).QuerySelectorAll("li.change a"))
        {
            var href = link.GetAttribute("href")!;
            var parts = href.Split('#');
            var target = Path.Combine(site, parts[0]);
            Assert.True(File.Exists(target), href);
            if (parts.Length > 1)
            {
                Assert.NotNull(parser.ParseDocument(File.ReadAllText(target)).GetElementById(parts[1]));
            }
        }
    }

    [Fact]
    public async Task A_status_changed_one_day_and_another_benchmarks_row_deleted_the_next_leave_every_later_build_working()
    {
        await BuiltAsync(new DateOnly(2024, 3, 15));
        WorkbookCells.Set(ActionPlan, "Mentoring", "D30", "In progress");
        await BuiltAsync(new DateOnly(2024, 3, 16));

        WorkbookCells.DeleteRow(ActionPlan, "Mentoring", 22);
        await BuiltAsync(new DateOnly(2024, 3, 17));
        await BuiltAsync(new DateOnly(2024, 3, 18));

        EveryChangeLinkResolves();
        var changes = new HtmlParser().ParseDocument(File.ReadAllText(_folder["site/changes.html"]));
        var status = changes.QuerySelectorAll("li.change").Single(c => c.TextContent.Contains("Status", StringComparison.Ordinal));
        // The benchmark moved up a row with the deletion: its change follows it to its new place.
        Assert.Equal("initiatives/launch-a-school-based-mentoring-and-tutoring-program.html#launch-a-school-based-mentoring-and-tutoring-program-p8", status.QuerySelector("a")?.GetAttribute("href"));
        // The removed benchmark is named by its kind and place, and leads to its initiative's page.
        var removed = Assert.Single(changes.QuerySelectorAll("li.change-removed"));
        Assert.Equal("Benchmark · Launch a school-based mentoring and tutoring program — Removed", removed.TextContent);
        Assert.Equal("initiatives/launch-a-school-based-mentoring-and-tutoring-program.html", removed.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Random_ordinary_edits_over_many_builds_each_build_and_each_change_link_where_its_item_is()
    {
        var random = new Random(38);
        var day = new DateOnly(2024, 3, 1);
        await BuiltAsync(day);
        for (var step = 0; step < 8; step++)
        {
            var row = random.Next(22, 29);
            switch (random.Next(5))
            {
                case 0:
                    WorkbookCells.DeleteRow(ActionPlan, "Mentoring", row);
                    break;
                case 1:
                    WorkbookCells.HideRow(ActionPlan, "Mentoring", row);
                    break;
                case 2:
                    WorkbookCells.Set(ActionPlan, "Mentoring", $"A{row}", $"Benchmark reworded on step {step}");
                    break;
                case 3:
                    WorkbookCells.Set(ActionPlan, "Mentoring", $"D{row}", random.Next(2) == 0 ? "Met" : "In progress");
                    break;
                default:
                    WorkbookCells.Set(Path.Combine(_content, "calendar.xlsx"), "Calendar", $"A{random.Next(6, 12)}", random.Next(2) == 0 ? "November 2023" : "December 2023");
                    break;
            }

            day = day.AddDays(random.Next(2));
            await BuiltAsync(day);
            EveryChangeLinkResolves();
        }
    }
}
