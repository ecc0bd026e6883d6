using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests;

public sealed class ContentFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_missing_folder_is_an_error_naming_it()
    {
        var result = ContentFolder.Read(_folder["nowhere"]);

        Assert.Null(result.Source);
        Assert.Equal(Severity.Error, Assert.Single(result.Diagnostics).Severity);
        Assert.EndsWith("nowhere", result.Diagnostics[0].Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_calendar_is_an_error_listing_the_headers_looked_for()
    {
        _folder.Write("site.yml", "title: Plan\n");
        new XlsxBuilder().Sheet("Budget", ["Line", "Amount"], ["Books", 100]).Save(_folder["budget.xlsx"]);

        var diagnostics = ContentFolder.Read(_folder.Path).Diagnostics;

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("budget.xlsx", error.Message, StringComparison.Ordinal);
        Assert.Contains("Month (or When, Date, Month/Year", error.Expected, StringComparison.Ordinal);
        Assert.Contains("Who (or Role", error.Expected, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Severity == Severity.Warning && d.Location.Sheet == "Budget");
    }

    [Fact]
    public void Spreadsheet_lock_files_are_not_read_as_workbooks()
    {
        File.Copy(Repository.Fixture("merged-month-cells.xlsx"), _folder["calendar.xlsx"]);
        _folder.Write("~$calendar.xlsx", "owner lock");
        _folder.Write(".~lock.calendar.xlsx#", "owner lock");

        var result = ContentFolder.Read(_folder.Path);

        Assert.False(result.Diagnostics.HasErrors(), string.Join("\n", result.Diagnostics));
    }
}
