using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests.Tables;

public sealed class TableFinderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Sheet SheetOf(params object?[][] rows)
    {
        var path = new XlsxBuilder().Sheet("Plan", rows).Save(_folder["plan.xlsx"]);
        return Assert.Single(WorkbookReader.Read(path).Sheets);
    }

    [Theory]
    [InlineData("Month", "Phase", "Task", "Who")]
    [InlineData("WHEN", "stage", "Action Step", "Person Responsible")]
    [InlineData("Date", "Focus", "Activity", "Responsible")]
    [InlineData(" month ", "Phase:", "action-step", "Role")]
    [InlineData("Month/Year", "", "Tasks", "Who?")]
    public void Finds_the_calendar_header_whatever_its_case_spacing_punctuation_or_synonyms(string month, string phase, string task, string who)
    {
        var sheet = SheetOf(["Our calendar"], [], [null, month, phase, task, who, "Extra"]);

        var table = TableFinder.Recognise(sheet, SheetReaders.Shapes).Table;

        Assert.NotNull(table);
        Assert.Equal(CalendarSheet.Shape, table.Shape);
        Assert.Equal(2, table.HeaderIndex);
        Assert.Equal(3, table.ColumnIndexes[CalendarSheet.Task]);
    }

    [Fact]
    public void A_calendar_missing_a_required_column_is_an_error_naming_it()
    {
        var sheet = SheetOf(["Month", "Phase", "Task", "Notes"], ["Oct 2023", "Needs", "Assess", ""]);

        var problem = TableFinder.Recognise(sheet, SheetReaders.Shapes).Problem;

        Assert.NotNull(problem);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("Who", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Person Responsible", problem.Expected, StringComparison.Ordinal);
        Assert.Equal("A1", problem.Location.Cell);
        Assert.Contains("its header row, which reads: Month | Phase | Task | Notes.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_that_is_no_known_table_is_a_warning_listing_the_expected_headers()
    {
        var sheet = SheetOf(["Budget line", "Amount"], ["Books", 300]);

        var problem = TableFinder.Recognise(sheet, SheetReaders.Shapes).Problem;

        Assert.NotNull(problem);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Contains("Calendar: Month, Phase, Task, Who, Notes", problem.Expected, StringComparison.Ordinal);
        Assert.Contains("Roles: Role, Aliases, Responsibilities, People", problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roles_table_is_told_apart_from_a_calendar()
    {
        var sheet = SheetOf(["Role", "Aliases", "Responsibilities"], ["Mentor", "Tutor", "Guides"]);

        Assert.Equal(RolesSheet.Shape, TableFinder.Recognise(sheet, SheetReaders.Shapes).Table?.Shape);
    }
}
