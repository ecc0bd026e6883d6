using System.IO.Compression;
using PlanPress.Import.Workbooks;
using PlanPress.Model.Diagnostics;
using static PlanPress.Testing.RawXlsx;

namespace PlanPress.Import.Tests.Workbooks;

/// <summary>
/// What other producers put in a workbook (Excel 2013 and later, Mac Excel, Strict Open XML,
/// scripts and generators, Excel 2.x), each read as the spreadsheet program shows it.
/// </summary>
public sealed class RealWorldWorkbookTests : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Cell styles: 0 general, 1 a date (14), 2 a time of day (20, h:mm), 3 a duration ([h]:mm).</summary>
    private const string Styles = $"<styleSheet xmlns=\"{Main}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"[h]:mm\"/></numFmts><cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"20\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";

    private static Sheet ReadOne(string path)
    {
        var (sheets, diagnostics) = WorkbookReader.Read(path);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Severity.Warning);
        return Assert.Single(sheets);
    }

    private static string Text(Sheet sheet, int row, int column) => sheet.Rows.Single(r => r.Number == row).Cells[column].Text;

    [Fact]
    public void A_1904_date_workbook_saved_by_Excel_2013_or_later_reads_its_dates_in_the_1904_system()
    {
        var book = new RawXlsx().Sheet("Calendar", Data(["Month"], ["<c r=\"{ref}\" s=\"1\"><v>43739</v></c>"]));
        book.Parts["xl/styles.xml"] = Styles;
        // Excel 2013 and later add a workbookPr of another namespace in the extension list: it says nothing of dates.
        book.Parts["xl/workbook.xml"] = $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"Calendar\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
            + "<extLst><ext uri=\"{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}\" xmlns:xcalcf=\"http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures\"><xcalcf:workbookPr chartTrackingRefBase=\"1\"/></ext></extLst></workbook>";

        var sheet = ReadOne(book.Save(_folder["calendar.xlsx"]));

        Assert.Equal(new DateTime(1904, 1, 1).AddDays(43739), sheet.Rows[1].Cells[0].Date);
    }

    [Fact]
    public void A_Strict_Open_XML_workbook_is_read_like_any_other()
    {
        const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        const string StrictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        var book = new RawXlsx().Sheet("Calendar", string.Empty);
        book.Parts["_rels/.rels"] = $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{StrictRel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
        book.Parts["xl/workbook.xml"] = $"<workbook xmlns=\"{StrictMain}\" xmlns:r=\"{StrictRel}\"><sheets><sheet name=\"Calendar\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
        book.Parts["xl/_rels/workbook.xml.rels"] = $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{StrictRel}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
        book.Parts["xl/worksheets/sheet1.xml"] = $"<worksheet xmlns=\"{StrictMain}\">{Data(["Month", "Task", "Who"], ["October 2023", "Assess needs", "Coordinator"])}</worksheet>";

        var sheet = ReadOne(book.Save(_folder["strict.xlsx"]));

        Assert.Equal("Assess needs", Text(sheet, 2, 1));
    }

    [Fact]
    public void On_a_sheet_that_hides_rows_by_default_a_row_given_a_height_is_shown_and_one_without_stays_hidden()
    {
        var book = new RawXlsx().Sheet("Calendar", "<sheetFormatPr defaultRowHeight=\"15\" zeroHeight=\"1\"/><sheetData>"
            + RowWith(1, "ht=\"15\"", "Month", "Task", "Who")
            + RowWith(2, "ht=\"15\"", "October 2023", "Assess needs", "Coordinator")
            + Row(3, "October 2023", "Hidden draft", "Coordinator") + "</sheetData>");

        var sheet = ReadOne(book.Save(_folder["calendar.xlsx"]));

        Assert.Equal([1, 2], sheet.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Open_XML_escapes_in_text_are_read_back_as_the_characters_they_stand_for()
    {
        var book = new RawXlsx().Sheet("Calendar", Data(["Notes"], ["First line_x000D_\nsecond line"], ["Keep _x005F_x000D_ as written"], ["Tab_x0009_here"]));

        var sheet = ReadOne(book.Save(_folder["calendar.xlsx"]));

        Assert.Equal("First line\nsecond line", Text(sheet, 2, 0));
        Assert.Equal("Keep _x000D_ as written", Text(sheet, 3, 0));
        Assert.Equal("Tab\there", Text(sheet, 4, 0));
    }

    [Fact]
    public void A_time_of_day_and_a_duration_are_text_as_the_sheet_shows_them_never_a_date_in_1899()
    {
        var book = new RawXlsx().Sheet("Calendar", Data(
            ["Start", "Length", "Month"],
            ["<c r=\"{ref}\" s=\"2\"><v>0.395833333333333</v></c>", "<c r=\"{ref}\" s=\"3\"><v>1.10416666666667</v></c>", "<c r=\"{ref}\" s=\"1\"><v>45200</v></c>"]));
        book.Parts["xl/styles.xml"] = Styles;

        var sheet = ReadOne(book.Save(_folder["calendar.xlsx"]));

        var cells = sheet.Rows[1].Cells;
        Assert.Equal(("09:30", (DateTime?)null), (cells[0].Text, cells[0].Date));
        Assert.Equal(("26:30", (DateTime?)null), (cells[1].Text, cells[1].Date));
        Assert.Equal(new DateTime(2023, 10, 1), cells[2].Date);
    }

    [Fact]
    public void Part_names_in_another_case_or_with_backslashes_are_found_as_Excel_finds_them()
    {
        var path = new RawXlsx().Sheet("Calendar", Data(["Month", "Task"], ["October 2023", "Assess needs"])).Save(_folder["calendar.xlsx"]);
        Rename(path, ("xl/workbook.xml", "XL/Workbook.xml"), ("xl/worksheets/sheet1.xml", "xl\\worksheets\\Sheet1.xml"));

        var sheet = ReadOne(path);

        Assert.Equal("Assess needs", Text(sheet, 2, 1));
    }

    [Fact]
    public void A_workbook_part_outside_xl_is_found_through_the_package_relationships()
    {
        var book = new RawXlsx().Sheet("Calendar", string.Empty);
        book.Parts["_rels/.rels"] = $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"/workbook.xml\"/></Relationships>";
        book.Parts["xl/workbook.xml"] = string.Empty;
        book.Parts["workbook.xml"] = $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets><sheet name=\"Calendar\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
        book.Parts["xl/_rels/workbook.xml.rels"] = string.Empty;
        book.Parts["_rels/workbook.xml.rels"] = $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/worksheet\" Target=\"sheets/one.xml\"/></Relationships>";
        book.Parts["xl/worksheets/sheet1.xml"] = string.Empty;
        book.Parts["sheets/one.xml"] = $"<worksheet xmlns=\"{Main}\">{Data(["Month", "Task"], ["October 2023", "Assess needs"])}</worksheet>";
        var path = book.Save(_folder["calendar.xlsx"]);
        Remove(path, "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml");

        var sheet = ReadOne(path);

        Assert.Equal("Assess needs", Text(sheet, 2, 1));
    }

    [Fact]
    public void Rows_numbered_from_0_by_a_generator_are_read_as_the_rows_Excel_shows()
    {
        var book = new RawXlsx().Sheet("Calendar", "<sheetData>" + Row(0, "Month", "Task") + Row(1, "October 2023", "Assess needs") + "</sheetData>");

        var sheet = ReadOne(book.Save(_folder["calendar.xlsx"]));

        Assert.Equal([1, 2], sheet.Rows.Select(r => r.Number));
        Assert.Equal("B2", sheet.Rows[1].Cells[1].Location.Cell);
        Assert.Equal("Assess needs", Text(sheet, 2, 1));
    }

    [Fact]
    public void An_Excel_2_worksheet_is_read_as_a_workbook_not_as_text()
    {
        var path = _folder["calendar.xls"];
        File.WriteAllBytes(path, Biff2(("Month", 0, 0), ("Task", 0, 1), ("October 2023", 1, 0), ("Assess needs", 1, 1)));

        var sheet = ReadOne(path);

        Assert.Equal(["Month", "Task"], sheet.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal("Assess needs", Text(sheet, 2, 1));
    }

    [Theory]
    [InlineData("default-password.xlsx")]
    [InlineData("default-password-standard.xlsx")]
    public void A_workbook_encrypted_with_Excels_default_password_is_read_as_Excel_opens_it(string fixture)
    {
        // Encrypted by EPPlus, an implementation of Office's encryption apart from PlanPress's, as Agile (Excel 2010 and later) and Standard (Excel 2007).
        var (sheets, diagnostics) = WorkbookReader.Read(Repository.Fixture(fixture));

        Assert.DoesNotContain(diagnostics, d => d.Severity >= Severity.Warning);
        Assert.Equal("Assess needs", Text(Assert.Single(sheets), 2, 1));
    }

    [Fact]
    public void A_workbook_with_a_password_of_its_own_is_still_said_to_be_password_protected()
    {
        var (sheets, diagnostics) = WorkbookReader.Read(Repository.Fixture("real-password.xlsx"));

        Assert.Empty(sheets);
        Assert.Equal("The workbook is password-protected, so PlanPress cannot read it.", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void A_binary_file_that_is_no_workbook_is_an_error_not_read_as_text()
    {
        var path = _folder["calendar.xlsx"];
        File.WriteAllBytes(path, [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 0, 0, 0, 3, 4]);

        var (sheets, diagnostics) = WorkbookReader.Read(path);

        Assert.Empty(sheets);
        Assert.StartsWith("This file is named .xlsx, but its bytes are no workbook", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_filled_down_a_million_rows_past_the_table_is_read_without_holding_a_million_rows()
    {
        // A "Done?" column (D) ticked FALSE down to row 1,000,004, as a coordinator fills a column to the bottom.
        var rows = new System.Text.StringBuilder("<sheetData>");
        rows.Append(Row(1, "Month", "Task", "Who", "Done?"));
        rows.Append(Row(2, "October 2023", "Assess needs", "Coordinator", "<c r=\"{ref}\" t=\"b\"><v>1</v></c>"));
        rows.Append(Row(3, "November 2023", "Recruit mentors", "Coordinator", "<c r=\"{ref}\" t=\"b\"><v>0</v></c>"));
        for (var row = 4; row <= 1_000_004; row++)
        {
            rows.Append("<row r=\"").Append(row).Append("\"><c r=\"D").Append(row).Append("\" t=\"b\"><v>0</v></c></row>");
        }

        _folder.Write("content/site.yml", "title: Plan\n");
        new RawXlsx().Sheet("Calendar", rows.Append("</sheetData>").ToString()).Save(_folder["content/calendar.xlsx"]);

        var imported = ContentFolder.Read(_folder["content"]);

        Assert.DoesNotContain(imported.Diagnostics, d => d.Severity >= Severity.Warning);
        Assert.Equal(["Assess needs", "Recruit mentors"], imported.Source!.CalendarRows.Select(r => r.Task.Text));
        var (sheets, _) = WorkbookReader.Read(_folder["content/calendar.xlsx"]);
        var store = Assert.IsType<RowStore>(Assert.Single(sheets).Rows);
        Assert.Equal(1_000_004, store.Count);
        Assert.True(store.Stored <= 4, $"{store.Stored} rows held apart");
        Assert.Equal("D1000004", store[^1].Cells[3].Location.Cell);
    }

    [Fact]
    public void Rows_that_differ_past_the_limit_are_an_error_naming_the_sheet_the_row_and_the_column_that_runs_on()
    {
        var rows = new System.Text.StringBuilder("<sheetData>");
        rows.Append(Row(1, "Month", "Task", "Who", "Id"));
        for (var row = 2; row <= WorkbookLimits.Rows + 2; row++)
        {
            rows.Append("<row r=\"").Append(row).Append("\"><c r=\"D").Append(row).Append("\"><v>").Append(row).Append("</v></c></row>");
        }

        var path = new RawXlsx().Sheet("Calendar", rows.Append("</sheetData>").ToString()).Save(_folder["calendar.xlsx"]);

        var (sheets, diagnostics) = WorkbookReader.Read(path);

        Assert.Empty(sheets);
        var error = Assert.Single(diagnostics);
        Assert.Contains("sheet \"Calendar\" has more than 250,000 rows that differ from the row above them", error.Message, StringComparison.Ordinal);
        Assert.Contains("at row 250,001 column D still holds values", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An Excel 2.x worksheet: BOF, DIMENSIONS, a LABEL record per text cell, EOF.</summary>
    private static byte[] Biff2(params (string Text, int Row, int Column)[] labels)
    {
        var bytes = new List<byte>();
        void Record(int type, byte[] data)
        {
            bytes.AddRange(BitConverter.GetBytes((ushort)type));
            bytes.AddRange(BitConverter.GetBytes((ushort)data.Length));
            bytes.AddRange(data);
        }

        Record(0x0009, [0x02, 0x00, 0x10, 0x00]);
        Record(0x0000, [0, 0, (byte)(labels.Max(l => l.Row) + 1), 0, 0, 0, (byte)(labels.Max(l => l.Column) + 1), 0]);
        foreach (var (text, row, column) in labels)
        {
            var chars = System.Text.Encoding.Latin1.GetBytes(text);
            Record(0x0004, [(byte)row, 0, (byte)column, 0, 0, 0, 0, (byte)chars.Length, .. chars]);
        }

        Record(0x000A, []);
        return [.. bytes];
    }

    private static void Rename(string path, params (string From, string To)[] names)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var (from, to) in names)
        {
            var entry = zip.GetEntry(from)!;
            using (var source = entry.Open())
            using (var target = zip.CreateEntry(to).Open())
            {
                source.CopyTo(target);
            }

            entry.Delete();
        }
    }

    private static void Remove(string path, params string[] names)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var name in names)
        {
            zip.GetEntry(name)?.Delete();
        }
    }

    [Fact]
    public void ISO_8601_cells_holding_a_time_or_a_duration_are_read_as_the_sheet_shows_them()
    {
        var path = new RawXlsx().Sheet("Calendar", Data(
            ["Month", "Starts", "Takes"],
            ["<c r=\"{ref}\" t=\"d\"><v>2024-03-01T00:00:00</v></c>", "<c r=\"{ref}\" t=\"d\"><v>09:30:00</v></c>", "<c r=\"{ref}\" t=\"d\"><v>PT36H30M0S</v></c>"],
            [null, "<c r=\"{ref}\" t=\"d\"><v>1899-12-30T16:00:00</v></c>", null])).Save(_folder["iso.xlsx"]);

        var sheet = ReadOne(path);

        Assert.Equal(new DateTime(2024, 3, 1), sheet.Rows.Single(r => r.Number == 2).Cells[0].Date);
        Assert.Equal("09:30", Text(sheet, 2, 1));
        Assert.Equal("36:30", Text(sheet, 2, 2));
        Assert.Equal("16:00", Text(sheet, 3, 1));
    }

    [Fact]
    public void A_cell_referenced_r_0_and_a_shared_string_cell_with_no_index_are_read_not_refused()
    {
        var book = new RawXlsx().Sheet("Calendar", Data(
            ["Month", "Task"],
            ["<c r=\"0\" t=\"inlineStr\"><is><t>October 2023</t></is></c>", "<c r=\"0\" t=\"inlineStr\"><is><t>Meet</t></is></c>"],
            ["<c r=\"{ref}\" t=\"s\"/>", "<c r=\"{ref}\" t=\"s\"><v>0</v></c>"]));
        book.Parts["xl/sharedStrings.xml"] = $"<sst xmlns=\"{Main}\"><si><t>Recruit</t></si></sst>";

        var sheet = ReadOne(book.Save(_folder["generated.xlsx"]));

        Assert.Equal(["October 2023", "Meet"], sheet.Rows.Single(r => r.Number == 2).Cells.Select(c => c.Text));
        Assert.Equal(["", "Recruit"], sheet.Rows.Single(r => r.Number == 3).Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_worksheet_part_whose_name_is_percent_encoded_in_its_relationship_is_found()
    {
        var book = new RawXlsx().Sheet("Calendar", Data(["Month", "Task"], ["October 2023", "Meet"]));
        book.Parts["xl/_rels/workbook.xml.rels"] = $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet%201.xml\"/></Relationships>";
        book.Parts["xl/worksheets/sheet 1.xml"] = $"<worksheet xmlns=\"{Main}\">{Data(["Month", "Task"], ["October 2023", "Meet"])}</worksheet>";

        var sheet = ReadOne(book.Save(_folder["encoded.xlsx"]));

        Assert.Equal("Meet", Text(sheet, 2, 1));
    }
}
