using PlanPress.Import.Workbooks;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests.Workbooks;

public sealed class WorkbookReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_text_file_renamed_to_xlsx_is_an_error_naming_the_file_not_an_exception()
    {
        var path = _folder.Write("calendar.xlsx", "Month,Task,Who\nOctober 2023,Assess,Coordinator\n");

        var (sheets, diagnostics) = WorkbookReader.Read(path);

        Assert.Empty(sheets);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(path.Replace('\\', '/'), error.Location.File);
        Assert.Contains("This is a text file, not a workbook", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be named .csv", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_rows_and_sheets_are_left_out_and_rows_keep_their_numbers()
    {
        var path = new XlsxBuilder()
            .Sheet("Shown", [["a"], ["hidden"], ["c"]], merges: [], hiddenRows: [2], hidden: false)
            .Sheet("Secret", [["x"]], merges: [], hiddenRows: [], hidden: true)
            .Save(_folder["book.xlsx"]);

        var sheet = Assert.Single(WorkbookReader.Read(path).Sheets);

        Assert.Equal("Shown", sheet.Name);
        Assert.Equal([1, 3], sheet.Rows.Select(r => r.Number));
        Assert.Equal("A3", sheet.Rows[1].Cells[0].Location.Cell);
    }

    [Fact]
    public void Dates_numbers_and_text_come_back_as_the_coordinator_sees_them()
    {
        var path = new XlsxBuilder().Sheet("S", [new DateTime(2023, 10, 1), 3, 2.5, "<b>Protégé</b>"]).Save(_folder["book.xlsx"]);

        var cells = Assert.Single(Assert.Single(WorkbookReader.Read(path).Sheets).Rows).Cells;

        Assert.Equal(new DateTime(2023, 10, 1), cells[0].Date);
        Assert.Equal("3", cells[1].Text);
        Assert.Equal("2.5", cells[2].Text);
        Assert.Equal("<b>Protégé</b>", cells[3].Text);
    }

    [Fact]
    public void A_xls_whose_header_claims_impossible_sectors_is_damaged_not_an_out_of_memory_crash()
    {
        // Found by bench/PlanPress.Fuzz: ExcelDataReader trusted the sector size and asked for gigabytes.
        var bytes = File.ReadAllBytes(Repository.Fixture("hidden-and-private-columns.xls"));
        bytes[0x1E] ^= 247;
        var path = _folder["calendar.xls"];
        File.WriteAllBytes(path, bytes);

        var (sheets, diagnostics) = WorkbookReader.Read(path);

        Assert.Empty(sheets);
        Assert.Equal("The .xls workbook is damaged: its sector sizes are not a compound file's.", Assert.Single(diagnostics).Message);
    }

    [Theory]
    [InlineData("formula-errors.xls")]
    [InlineData("formula-errors.ods")]
    public void Formula_errors_saved_by_LibreOffice_are_faulty_cells_not_blanks(string name)
    {
        var sheet = Assert.Single(WorkbookReader.Read(Repository.Fixture(name)).Sheets);

        var month = sheet.Rows.Single(r => r.Number == 3).Cells[0];
        var task = sheet.Rows.Single(r => r.Number == 4).Cells[1];

        Assert.False(month.IsBlank);
        Assert.Equal("the formula error #DIV/0!", month.Fault);
        Assert.Equal("the formula error #N/A", task.Fault);
        Assert.Null(sheet.Rows.Single(r => r.Number == 2).Cells[0].Fault);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_named_as_spreadsheets_name_them(int column, string name)
    {
        Assert.Equal(name, CellAddress.ColumnName(column));
    }

    [Fact]
    public void A_cached_workbook_is_parsed_again_only_when_its_bytes_change()
    {
        var path = _folder["calendar.xlsx"];
        new XlsxBuilder().Sheet("Calendar", [["Month", "Task"], ["October 2023", "Assess"]], merges: [], hiddenRows: [], hidden: false).Save(path);
        var cache = new WorkbookCache();

        var first = WorkbookReader.Read(path, cache: cache).Sheets;
        var unchanged = WorkbookReader.Read(path, cache: cache).Sheets;
        new XlsxBuilder().Sheet("Calendar", [["Month", "Task"], ["October 2023", "Assess again"]], merges: [], hiddenRows: [], hidden: false).Save(path);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddDays(-1));
        var saved = WorkbookReader.Read(path, cache: cache).Sheets;

        Assert.Same(first, unchanged);
        Assert.Equal("Assess again", saved[0].Rows[1].Cells[1].Text);
    }
}
