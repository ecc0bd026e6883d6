using PlanPress.Model;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests;

/// <summary>Year-at-a-glance grids saved by LibreOffice: tasks down the side, months or quarters across the top, marks in the cells.</summary>
public sealed class GridCalendarSheetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (Plan Plan, IReadOnlyList<Diagnostic> Diagnostics) Resolve(string fixture, string programStart = "August 2025")
    {
        _folder.Write("content/site.yml", $"title: Plan\nprogram_start: {programStart}\n");
        File.Copy(Repository.Fixture(fixture), _folder["content/" + fixture]);
        var imported = ContentFolder.Read(_folder["content"]);
        Assert.False(imported.Diagnostics.HasErrors(), string.Join("\n", imported.Diagnostics));
        var resolved = PlanResolver.Resolve(imported.Source!);
        return (resolved.Plan, [.. imported.Diagnostics, .. resolved.Diagnostics]);
    }

    private static List<string> Tasks(Plan plan) => plan.Tasks.Select(t => $"{t.Month} {t.Text} ({t.Who.Text}; {t.Notes})").ToList();

    [Theory]
    [InlineData("grid-calendar.xlsx")]
    [InlineData("grid-calendar.ods")]
    public void Each_marked_month_puts_the_task_in_that_month_with_its_who_and_notes(string fixture)
    {
        var (plan, _) = Resolve(fixture);

        Assert.Equal(
            [
                "2025-08 Recruit mentors (Coordinator; Flyers at open house)",
                "2025-09 Meet your protégé (Mentors; )",
                "2025-09 Recruit mentors (Coordinator; Flyers at open house)",
                "2025-10 Meet your protégé (Mentors; )",
                "2025-11 Meet your protégé (Mentors; )",
                "2026-01 Mid-year survey (Coordinator; )",
                "2026-05 Reflection journal (Protégés; )",
                "2026-06 End-of-year celebration (Coordinator; )",
            ],
            Tasks(plan).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("grid-calendar.xlsx")]
    [InlineData("grid-calendar.ods")]
    public void A_sentence_for_a_mark_and_a_task_with_no_month_are_warnings_naming_their_cells_and_a_private_column_is_never_read(string fixture)
    {
        var (plan, diagnostics) = Resolve(fixture);

        var warnings = diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        Assert.Contains(warnings, d => d.Location.Cell == "L8" && d.Message.StartsWith("This month cell holds \"We will probably do this", StringComparison.Ordinal));
        Assert.Contains(warnings, d => d.Location.Cell == "A9" && d.Message == "The task \"Plan next year\" has no month marked, so it is on no month's page.");
        Assert.DoesNotContain(plan.Tasks, t => t.Notes.Contains("SECRET", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.ToString().Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void Months_without_a_year_are_placed_in_the_school_year_nearest_the_program_start()
    {
        // The grid starts in August, a month before the program: August 2025, not August 2026.
        var (plan, _) = Resolve("grid-calendar.xlsx", programStart: "September 2025");

        Assert.Equal("2025-08", plan.Tasks.Select(t => t.Month.ToString()).Min(StringComparer.Ordinal));
        Assert.Equal("2026-06", plan.Tasks.Select(t => t.Month.ToString()).Max(StringComparer.Ordinal));
    }

    [Fact]
    public void Months_across_the_top_as_date_cells_are_read_with_their_years()
    {
        var (plan, _) = Resolve("grid-dated.xlsx", programStart: "January 2020");

        Assert.Equal(["2025-09 Welcome meeting (Coordinator; )", "2025-12 Winter check-in (Mentors; )"], Tasks(plan));
    }

    [Theory]
    [InlineData("quarter-plan.xlsx")]
    [InlineData("quarter-plan.ods")]
    public void A_task_marked_in_a_quarter_of_the_program_year_falls_in_the_quarters_last_month(string fixture)
    {
        var (plan, _) = Resolve(fixture, programStart: "September 2025");

        Assert.Equal(
            // A school year from September: quarters end in November, January, April and June (not August, after the year).
            ["2025-11 Train mentors (Coordinator; )", "2026-01 Observe sessions (Coordinator; )", "2026-04 Observe sessions (Coordinator; )", "2026-06 Report to the board (Principal; )"],
            Tasks(plan).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_grid_whose_task_column_has_a_header_PlanPress_does_not_know_takes_it_from_its_cells_and_says_so()
    {
        _folder.Write("content/site.yml", "title: Plan\nprogram_start: September 2025\n");
        new XlsxBuilder().Sheet("Year",
            ["Wk", "Qué hacemos", "Sep", "Oct", "Nov"],
            ["1", "Welcome meeting for every pair", "X", null, null],
            ["2", "First observation cycle", null, "X", "X"]).Save(_folder["content/grid.xlsx"]);

        var imported = ContentFolder.Read(_folder["content"]);

        var note = Assert.Single(imported.Diagnostics, d => d.Severity == Severity.Note);
        Assert.Equal("B1", note.Location.Cell);
        Assert.StartsWith("The column headed \"Qué hacemos\" was taken for Task, as its cells hold the longest text of the rows", note.Message, StringComparison.Ordinal);
        Assert.Equal(["Welcome meeting for every pair", "First observation cycle", "First observation cycle"], imported.Source!.CalendarRows.Select(r => r.Task.Text));
    }

    [Fact]
    public void Quarters_without_a_program_start_are_an_error_at_the_quarter()
    {
        _folder.Write("content/site.yml", "title: Plan\n");
        File.Copy(Repository.Fixture("quarter-plan.xlsx"), _folder["content/plan.xlsx"]);

        var error = Assert.Single(ContentFolder.Read(_folder["content"]).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal("C1", error.Location.Cell);
        Assert.StartsWith("The quarter \"Q1\" is counted from the program's start, and site.yml has no program_start.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_of_its_own_with_no_month_marked_is_the_phase_of_the_tasks_under_it()
    {
        _folder.Write("content/site.yml", "title: Plan\nprogram_start: August 2025\n");
        new XlsxBuilder().Sheet(
            "Year at a glance",
            [["Task", "Responsible", "Aug", "Sep", "Oct", "Jan", "Feb"],
             ["Fall term"],
             ["Recruit mentors", "Coordinator", "X", "X", null, null, null],
             ["Spring term"],
             ["Mid-year survey", "Coordinator", null, null, null, "X", null],
             ["Plan the picnic", "Coordinator", null, null, null, null, null]],
            merges: ["A2:G2", "A4:G4"],
            hiddenRows: [],
            hidden: false).Save(_folder["content/calendar.xlsx"]);

        var imported = ContentFolder.Read(_folder["content"]);
        var plan = PlanResolver.Resolve(imported.Source!).Plan;

        Assert.Equal(["2025-08 Recruit mentors (Fall term)", "2025-09 Recruit mentors (Fall term)", "2026-01 Mid-year survey (Spring term)"], plan.Tasks.Select(t => $"{t.Month} {t.Text} ({t.Phase})"));
        Assert.Contains(imported.Diagnostics, d => d.Severity == Severity.Note && d.Location.Cell == "A2" && d.Message.Contains("\"Fall term\" as the phase", StringComparison.Ordinal));
        // A task with who but no month marked is still a warning, not a phase.
        Assert.Contains(imported.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("\"Plan the picnic\" has no month marked", StringComparison.Ordinal));
    }
}
