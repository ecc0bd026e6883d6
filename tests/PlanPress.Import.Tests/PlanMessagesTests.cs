using PlanPress.Model;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests;

/// <summary>Messages a coordinator can act on: one problem, one line, at the cell (or setting) that holds it.</summary>
public sealed class PlanMessagesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private IReadOnlyList<Diagnostic> Resolve(string siteYml, params object?[][] calendar)
    {
        _folder.Write("content/site.yml", siteYml);
        new XlsxBuilder().Sheet("Calendar", calendar).Save(_folder["content/calendar.xlsx"]);
        var imported = ContentFolder.Read(_folder["content"]);
        Assert.False(imported.Diagnostics.HasErrors(), string.Join("\n", imported.Diagnostics));
        return [.. imported.Diagnostics, .. PlanResolver.Resolve(imported.Source!).Diagnostics];
    }

    [Fact]
    public void Months_counted_from_the_start_without_a_program_start_are_one_error_at_site_yml()
    {
        var diagnostics = Resolve("title: Plan\n",
            ["Month", "Task", "Who"], ["Month 1", "Assess", "Coordinator"], [null, "Survey", "Coordinator"], ["Month 2", "Recruit", "Coordinator"], ["Month 3", "Train", "Coordinator"]);

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("content/site.yml", error.Location.File, StringComparison.Ordinal);
        Assert.StartsWith("program_start is needed to place \"Month 1\" (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("calendar.xlsx [Calendar] A2) and 2 other months counted from the start.", error.Message, StringComparison.Ordinal);
        Assert.Contains("program_start: October 2023", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_far_month_over_several_rows_is_one_warning_at_its_first_row()
    {
        var diagnostics = Resolve("title: Plan\nprogram_start: October 2023\n",
            ["Month", "Task", "Who"], ["October 2023", "Assess", "Coordinator"], ["October 2031", "Celebrate", "Coordinator"], [null, "Thank", "Coordinator"], [null, "Close", "Coordinator"]);

        var warning = Assert.Single(diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("years from", StringComparison.Ordinal));
        Assert.Equal("B3", warning.Location.Cell);
        Assert.Equal("October 2031 is more than 5 years from the program start, October 2023 (2 more rows in that month).", warning.Message);
    }

    [Fact]
    public void A_month_that_cannot_be_read_is_reported_once_with_the_rows_it_leaves_unplaced()
    {
        var diagnostics = Resolve("title: Plan\nprogram_start: October 2023\n",
            ["Month", "Task", "Who"], ["October 2023", "Assess", "Coordinator"], ["Novembr 2023", "Recruit", "Coordinator"], [null, "Interview", "Coordinator"], [null, "Match", "Coordinator"], ["December 2023", "Train", "Coordinator"]);

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("A3", error.Location.Cell);
        Assert.Equal("The month \"Novembr 2023\" cannot be read. 2 rows under it were not placed either.", error.Message);
        Assert.Equal("November 2023", error.Suggestion);
    }

    [Fact]
    public void An_activity_due_after_the_calendar_ends_is_a_warning_naming_the_month_without_a_page()
    {
        _folder.Write("content/site.yml", "title: Plan\nprogram_start: October 2023\n");
        new XlsxBuilder()
            .Sheet("Calendar", ["Month", "Task", "Who"], ["October 2023", "Assess", "Coordinator"], ["June 2024", "Celebrate", "Coordinator"])
            .Sheet("Plan", ["Goal / Target / Activity", "Timeline", "Person Responsible"], ["1. Goal", null, null], ["1A. Target", null, null], ["1A1. Report to the board", "once each of the 2nd and 4th quarters", "Coordinator"])
            .Save(_folder["content/calendar.xlsx"]);

        var diagnostics = PlanResolver.Resolve(ContentFolder.Read(_folder["content"]).Source!).Diagnostics;

        var warning = Assert.Single(diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal("A4", warning.Location.Cell);
        Assert.Equal("The timeline \"once each of the 2nd and 4th quarters\" of activity 1A1 falls in September 2024, which has no checklist page: the calendar runs from October 2023 to June 2024.", warning.Message);
    }

    [Fact]
    public void A_benchmark_without_a_date_or_a_person_responsible_is_a_warning_on_that_cell()
    {
        _folder.Write("content/site.yml", "title: Plan\nprogram_start: October 2023\n");
        new XlsxBuilder().Sheet("Reading",
            ["Strategic Initiative", "Reading strategies"],
            ["Process Benchmark", "Person Responsible", "Date", "Status"],
            ["Train teachers", null, "3/4/2024", "Met"],
            ["Observe classes", "M. Edwards", null, null]).Save(_folder["content/plan.xlsx"]);

        var diagnostics = PlanResolver.Resolve(ContentFolder.Read(_folder["content"]).Source!).Diagnostics;

        Assert.Contains(diagnostics, d => d.Severity == Severity.Warning && d.Location.Cell == "B3" && d.Message == "The benchmark \"Train teachers\" has no person responsible.");
        Assert.Contains(diagnostics, d => d.Severity == Severity.Warning && d.Location.Cell == "C4" && d.Message == "The benchmark \"Observe classes\" has no date, so it can never be shown as overdue.");
    }

    [Theory]
    [InlineData("en", "31/02/2024", "The date \"31/02/2024\" cannot be read (there is no month 31: the plan reads dates as month/day/year (language en)); the benchmark is shown as \"date not set\".")]
    [InlineData("en", "2/30/2024", "The date \"2/30/2024\" cannot be read (February 2024 has no 30th day (the plan reads dates as month/day/year, language en)); the benchmark is shown as \"date not set\".")]
    [InlineData("es", "31/02/2024", "The date \"31/02/2024\" cannot be read (February 2024 has no 31st day (the plan reads dates as day/month/year, language es)); the benchmark is shown as \"date not set\".")]
    public void A_date_that_does_not_exist_says_why(string language, string date, string message)
    {
        _folder.Write("content/site.yml", $"title: Plan\nprogram_start: October 2023\nlanguage: {language}\n");
        new XlsxBuilder().Sheet("Reading",
            ["Strategic Initiative", "Reading strategies"],
            ["Process Benchmark", "Person Responsible", "Date", "Status"],
            ["Train teachers", "M. Edwards", date, "Met"]).Save(_folder["content/plan.xlsx"]);

        var diagnostics = PlanResolver.Resolve(ContentFolder.Read(_folder["content"]).Source!).Diagnostics;

        var warning = Assert.Single(diagnostics, d => d.Location.Cell == "C3");
        Assert.Equal(message, warning.Message);
    }

    [Fact]
    public void A_missing_column_is_pointed_at_its_header_row_and_an_orphan_activity_at_its_id()
    {
        new XlsxBuilder().Sheet("Calendar", ["Month", "Phase", "Task", "Notes"], ["October 2023", "Needs", "Assess", null]).Save(_folder["content/calendar.xlsx"]);
        new XlsxBuilder().Sheet("Plan", ["ID", "Statement", "Timeline", "Person Responsible"], ["1", "Goal", null, null], ["1B1", "Orphan activity", "month 1, year 1", "Coordinator"]).Save(_folder["content/plan.xlsx"]);
        _folder.Write("content/site.yml", "title: Plan\nprogram_start: October 2023\n");

        var imported = ContentFolder.Read(_folder["content"]);
        var resolved = PlanResolver.Resolve(imported.Source!);

        Assert.Contains(imported.Diagnostics, d => d.Severity == Severity.Error && d.Location.Sheet == "Calendar" && d.Location.Cell == "A1" && d.Message.Contains("which reads: Month | Phase | Task | Notes", StringComparison.Ordinal));
        Assert.Contains(resolved.Diagnostics, d => d.Severity == Severity.Error && d.Location.Cell == "A3" && d.Message == "The activity 1B1 has no target 1B.");
    }

    [Fact]
    public void Examples_in_messages_are_in_the_plans_own_years()
    {
        var diagnostics = Resolve("title: Plan\nprogram_start: September 2025\n",
            ["Month", "Task", "Who"], ["Septembr 2025", "Assess", "Coordinator"]);

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("a month such as \"September 2025\", \"Sep 2025\", \"Sep-25\", \"2025-09\", \"09/2025\", \"Month 3\" or a date cell", error.Expected);
    }
}
