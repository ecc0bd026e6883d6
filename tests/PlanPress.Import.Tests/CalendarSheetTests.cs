using PlanPress.Model;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests;

/// <summary>Reads the calendar fixture that LibreOffice saved as .xlsx, .xls and .csv (see tests/fixtures/make_workbooks.py).</summary>
public sealed class CalendarSheetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ImportResult ReadFixture(string name)
    {
        File.Copy(Repository.Fixture(name), _folder[name]);
        return ContentFolder.Read(_folder.Path);
    }

    [Theory]
    [InlineData("merged-month-cells.xlsx")]
    [InlineData("merged-month-cells.xls")]
    [InlineData("merged-month-cells.ods")]
    public void Reads_a_workbook_saved_by_LibreOffice_with_a_title_row_merged_months_and_an_extra_column(string name)
    {
        var result = ReadFixture(name);

        Assert.False(result.Diagnostics.HasErrors(), string.Join("\n", result.Diagnostics));
        var rows = result.Source!.CalendarRows;
        Assert.Equal(
            ["Welcome meeting for every pair", "Exchange contact details", "First observation cycle", "Write a reflection on the observation", "Review goals together"],
            rows.Select(r => r.Task.Text));

        // The merged month cell is a real date; the row under it takes the same month cell.
        Assert.Equal(new DateTime(2024, 1, 1), rows[0].Month.Date);
        Assert.Same(rows[0].Month, rows[1].Month);
        Assert.Equal("Feb-24", rows[3].Month.Text);
        Assert.Equal("B7", rows[3].Month.Location.Cell);

        // A phase left blank is the phase above.
        Assert.Equal(["Launch", "Launch", "Launch", "Reflection", "Reflection"], rows.Select(r => r.Phase.Text));
        Assert.Equal("Mentors & Protégés", rows[1].Who.Text);
        Assert.Equal("Use *the* journal", rows[3].Notes.Text);
    }

    [Theory]
    [InlineData("merged-month-cells.xlsx")]
    [InlineData("merged-month-cells.xls")]
    [InlineData("merged-month-cells.ods")]
    public void Every_value_keeps_its_file_sheet_and_cell(string name)
    {
        var row = ReadFixture(name).Source!.CalendarRows[3];

        Assert.Equal($"{_folder.Path.Replace('\\', '/')}/{name} [Pair Calendar] D9", row.Task.Location.ToString());
        Assert.Equal("E9", row.Who.Location.Cell);
    }

    [Theory]
    [InlineData("merged-month-cells.xlsx")]
    [InlineData("merged-month-cells.xls")]
    [InlineData("merged-month-cells.ods")]
    public void Hidden_rows_and_hidden_sheets_are_skipped(string name)
    {
        var rows = ReadFixture(name).Source!.CalendarRows;

        // The rows on either side of the hidden row 8 are read, under the month merged over all three, and nothing of the hidden sheet.
        Assert.Equal(
            [("B7", "First observation cycle"), ("B7", "Write a reflection on the observation")],
            rows.Where(r => r.Task.Location.Cell is "D7" or "D8" or "D9").Select(r => (r.Month.Location.Cell, r.Task.Text)));
        Assert.Equal(["Pair Calendar"], rows.Select(r => r.Task.Location.Sheet).Distinct());
        Assert.DoesNotContain(rows, r => r.Task.Text.Contains("must not be published", StringComparison.Ordinal));
    }

    [Fact]
    public void The_roles_sheet_beside_the_calendar_is_recognised()
    {
        var roles = ReadFixture("merged-month-cells.xlsx").Source!.RoleRows;

        Assert.Equal(["Coordinator", "Mentor", "Protégé"], roles.Select(r => r.Name.Text));
        Assert.Equal("Protege, Mentee, Proteges", roles[2].Aliases.Text);
    }

    [Fact]
    public void Reads_the_same_calendar_exported_as_csv_where_merged_months_are_blank_cells()
    {
        var result = ReadFixture("merged-month-cells.csv");

        Assert.False(result.Diagnostics.HasErrors(), string.Join("\n", result.Diagnostics));
        var rows = result.Source!.CalendarRows;

        // CSV has no hidden rows, so the draft row is there; every month is text.
        Assert.Equal(6, rows.Count);
        Assert.Equal("January 2024", rows[1].Month.Text);
        Assert.Equal("Feb-24", rows[3].Month.Text);
        Assert.Equal("Feb-24", rows[4].Month.Text);
        Assert.Null(rows[4].Month.Location.Sheet);
        Assert.Equal("D9", rows[4].Task.Location.Cell);
    }

    [Fact]
    public void A_row_with_who_or_notes_but_no_task_is_skipped_with_a_warning()
    {
        new XlsxBuilder().Sheet("Calendar",
            ["Month", "Task", "Who", "Notes"],
            ["October 2023", "Assess needs", "Coordinator", null],
            [null, null, "Mentor", "Forgot the task"]).Save(_folder["calendar.xlsx"]);

        var result = ContentFolder.Read(_folder.Path);

        Assert.Single(result.Source!.CalendarRows);
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning && d.Location.Sheet == "Calendar");
        Assert.Equal("B3", warning.Location.Cell);
    }

    [Fact]
    public void A_first_task_without_a_month_is_an_error()
    {
        new XlsxBuilder().Sheet("Calendar",
            ["Month", "Task", "Who"],
            [null, "Assess needs", "Coordinator"]).Save(_folder["calendar.xlsx"]);

        var error = Assert.Single(ContentFolder.Read(_folder.Path).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal("A2", error.Location.Cell);
    }

    [Fact]
    public void Tasks_above_the_first_month_are_one_error_at_the_first_saying_how_many_more()
    {
        new XlsxBuilder().Sheet("Calendar",
            ["Month", "Task", "Who"],
            [null, "Assess needs", "Coordinator"],
            [null, "Recruit", "Coordinator"],
            [null, "Train", "Coordinator"],
            ["November 2023", "Match pairs", "Coordinator"]).Save(_folder["calendar.xlsx"]);

        var imported = ContentFolder.Read(_folder.Path);

        var error = Assert.Single(imported.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("A2", error.Location.Cell);
        Assert.Equal("This task has no month, and there is no month above it. The 2 tasks under it up to the first month have none either.", error.Message);
        Assert.Equal(["Match pairs"], imported.Source!.CalendarRows.Select(r => r.Task.Text));
    }

    [Theory]
    [InlineData("hidden-and-private-columns.xlsx")]
    [InlineData("hidden-and-private-columns.ods")]
    public void Hidden_columns_and_columns_marked_private_are_never_read(string name)
    {
        var result = ReadFixture(name);

        var rows = result.Source!.CalendarRows;
        Assert.Equal(["Assess needs", "Set goals"], rows.Select(r => r.Task.Text));
        Assert.All(rows, r => Assert.True(r.Notes.IsBlank));
        Assert.DoesNotContain(result.Diagnostics, d => d.ToString().Contains("SECRET", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Notes (private)", true)]
    [InlineData("Private contact", true)]
    [InlineData("PRIVATE", true)]
    [InlineData("Notes", false)]
    [InlineData("Privateness", false)]
    public void A_header_saying_private_marks_its_column_private(string header, bool isPrivate)
    {
        Assert.Equal(isPrivate, PlanPress.Import.Tables.PrivateContent.IsPrivateHeader(header));
    }
}
