using System.Globalization;
using System.Text;
using ExcelDataReader;
using PlanPress.Import.Workbooks;

namespace PlanPress.Import.Tests.Workbooks;

/// <summary>
/// Every workbook of the repository (the sample, the fixtures saved by LibreOffice, workbooks
/// written part by part as other producers write them) read by PlanPress's own .xlsx reader and by
/// ExcelDataReader, cell by cell. Where they differ, the difference is one this test names: what
/// PlanPress leaves out on purpose (hidden sheets, rows and columns) or reads as the spreadsheet
/// program shows it where ExcelDataReader does not.
/// </summary>
public sealed class DifferentialTests : IDisposable
{
    private readonly TempFolder _folder = new();

    static DifferentialTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// The cells where the two readers differ, by workbook, and why: in each, PlanPress is right and
    /// ExcelDataReader reads what the spreadsheet program does not show.
    /// </summary>
    private static readonly Dictionary<string, (string[] Cells, string Why)> Differences = new(StringComparer.Ordinal)
    {
        ["tests/fixtures/hidden-and-private-columns.xlsx"] = (["[Calendar] D1", "[Calendar] D2", "[Calendar] D3"], "column D is hidden as LibreOffice records it (<col hidden=\"true\">), which ExcelDataReader does not see"),
        ["tests/fixtures/map-pair-column.xlsx"] = (["[Plans] B5", "[Plans] C5", "[Plans] D5"], "row 5 is hidden as LibreOffice records it (<row hidden=\"true\">), which ExcelDataReader does not see"),
        ["tests/fixtures/merged-month-cells.xlsx"] = (["[Pair Calendar] D8", "[Pair Calendar] E8"], "row 8 is hidden as LibreOffice records it (<row hidden=\"true\">), which ExcelDataReader does not see"),
        ["times and durations"] = (["[Calendar] A2", "[Calendar] B2"], "ExcelDataReader gives a time of day as a date in 1899 and a duration as a TimeSpan (1.02:30:00); PlanPress reads them as the sheet shows them, 09:30 and 26:30"),
        ["escaped text"] = (["[Calendar] A2"], "both read _x000D_ as a carriage return; PlanPress reads a carriage return before a line break as the one line break the sheet shows"),
    };

    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.Content, "*.xlsx")
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "tests", "fixtures"), "*.xls*"))
            // A workbook with a password of its own is read by neither.
            .Where(file => Path.GetFileName(file) != "real-password.xlsx")
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    /// <summary>Workbooks as other producers write them, made part by part.</summary>
    private static readonly Dictionary<string, Func<RawXlsx>> Generated = new(StringComparer.Ordinal)
    {
        ["1904 dates, Excel 2013"] = () => Styled(RawXlsx.Data(["Month"], ["<c r=\"{ref}\" s=\"1\"><v>43739</v></c>"]),
            "<workbookPr date1904=\"1\"/><sheets><sheet name=\"Calendar\" sheetId=\"1\" r:id=\"rId1\"/></sheets><extLst><ext uri=\"{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}\" xmlns:xcalcf=\"http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures\"><xcalcf:workbookPr chartTrackingRefBase=\"1\"/></ext></extLst>"),
        ["times and durations"] = () => Styled(RawXlsx.Data(["Start", "Length"], ["<c r=\"{ref}\" s=\"2\"><v>0.395833333333333</v></c>", "<c r=\"{ref}\" s=\"3\"><v>1.10416666666667</v></c>"])),
        ["escaped text"] = () => new RawXlsx().Sheet("Calendar", RawXlsx.Data(["Notes"], ["First line_x000D_\nsecond line"], ["Keep _x005F_x000D_ as written"])),
    };

    /// <summary>A workbook of one sheet, "Calendar", with the cell styles of <see cref="RealWorldWorkbookTests"/> and, given, the children of its workbook element.</summary>
    private static RawXlsx Styled(string sheet, string? workbook = null)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var book = new RawXlsx().Sheet("Calendar", sheet);
        book.Parts["xl/styles.xml"] = $"<styleSheet xmlns=\"{Main}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"[h]:mm\"/></numFmts><cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"20\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
        if (workbook is not null)
        {
            book.Parts["xl/workbook.xml"] = $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">{workbook}</workbook>";
        }

        return book;
    }

    public static TheoryData<string> GeneratedCorpus() => new(Generated.Keys);

    [Theory]
    [MemberData(nameof(GeneratedCorpus))]
    public void A_workbook_as_other_producers_write_it_differs_from_ExcelDataReader_only_where_explained(string name) =>
        Compare(Generated[name]().Save(_folder[$"{name}.xlsx"]), name);

    [Theory]
    [MemberData(nameof(Corpus))]
    public void PlanPress_reads_every_cell_ExcelDataReader_reads_but_what_is_hidden(string workbook) =>
        Compare(Path.Combine(Repository.Root, workbook), workbook);

    /// <summary>Both readers' cells of a workbook, differing only where <see cref="Differences"/> says and why.</summary>
    private static void Compare(string path, string workbook)
    {
        var (sheets, _) = WorkbookReader.Read(path);
        var ours = sheets.ToDictionary(s => s.Name ?? string.Empty, s => s.Rows.SelectMany(r => r.Cells).Where(c => !c.IsBlank || c.Fault is not null).ToDictionary(c => c.Location.Cell!, Shown));
        var theirs = ExcelDataReaderCells(path);

        var differences = new List<(string Cell, string Said)>();
        foreach (var (sheet, cells) in theirs)
        {
            if (cells is null)
            {
                Assert.False(ours.ContainsKey(sheet), $"{workbook} [{sheet}] is hidden, yet PlanPress read it");
                continue;
            }

            var read = ours[sheet];
            foreach (var (address, value) in cells)
            {
                if (value.Hidden)
                {
                    Assert.False(read.ContainsKey(address), $"{workbook} [{sheet}] {address} is hidden, yet PlanPress read it");
                }
                else if (!read.TryGetValue(address, out var text))
                {
                    differences.Add(($"[{sheet}] {address}", $"ExcelDataReader \"{value.Text}\", PlanPress nothing"));
                }
                else if (text != value.Text)
                {
                    differences.Add(($"[{sheet}] {address}", $"ExcelDataReader \"{value.Text}\", PlanPress \"{text}\""));
                }
            }

            // A cell PlanPress reads that ExcelDataReader does not is a formula error, which ExcelDataReader reads as blank.
            differences.AddRange(read.Where(c => !cells.ContainsKey(c.Key) && !c.Value.StartsWith("fault:", StringComparison.Ordinal)).Select(c => ($"[{sheet}] {c.Key}", $"PlanPress \"{c.Value}\", ExcelDataReader nothing")));
        }

        var expected = Differences.TryGetValue(workbook, out var known) ? known.Cells : [];
        Assert.True(
            differences.Select(d => d.Cell).Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal)),
            $"{workbook}: the readers differ in\n{string.Join("\n", differences.Select(d => $"{d.Cell}: {d.Said}"))}\nwhere the differences explained are {(known.Why is null ? "none" : $"{string.Join(", ", expected)} ({known.Why})")}");
    }

    private static string Shown(Model.SourceCell cell) =>
        cell.Fault is { } fault ? "fault:" + fault : cell.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : cell.Text;

    /// <summary>Each sheet's cells as ExcelDataReader reads them, marked hidden where its row or column is; null for a hidden sheet.</summary>
    private static Dictionary<string, Dictionary<string, (string Text, bool Hidden)>?> ExcelDataReaderCells(string path)
    {
        var sheets = new Dictionary<string, Dictionary<string, (string, bool)>?>();
        using var stream = File.OpenRead(path);
        // ExcelDataReader opens a workbook encrypted with Excel's default password when it is told the password.
        using var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { Password = "VelvetSweatshop" });
        do
        {
            if (reader.VisibleState != "visible")
            {
                sheets[reader.Name] = null;
                continue;
            }

            var cells = new Dictionary<string, (string, bool)>();
            var row = 0;
            while (reader.Read())
            {
                row++;
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    if (reader.GetValue(column) is { } value && Text(value) is { Length: > 0 } text)
                    {
                        cells[CellAddress.Of(row, column)] = (text, reader.RowHeight == 0 || reader.GetColumnWidth(column) == 0);
                    }
                }
            }

            sheets[reader.Name] = cells;
        }
        while (reader.NextResult());

        return sheets;
    }

    private static string Text(object value) => value switch
    {
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##########", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
