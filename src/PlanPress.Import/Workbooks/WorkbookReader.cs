using System.Globalization;
using System.Text;
using ExcelDataReader;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Workbooks;

/// <summary>Reads the visible sheets of an .xlsx, .xls or .csv file into located cells.</summary>
public static class WorkbookReader
{
    public static readonly IReadOnlyList<string> Extensions = [".xlsx", ".xls", ".csv"];

    static WorkbookReader()
    {
        // ExcelDataReader needs the legacy code pages, for .xls and for CSV encodings, even to open .xlsx.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <param name="path">The file as it should be named in diagnostics, e.g. "content/calendar.xlsx".</param>
    public static (IReadOnlyList<Sheet> Sheets, IReadOnlyList<Diagnostic> Diagnostics) Read(string path)
    {
        var file = path.Replace('\\', '/');
        try
        {
            // FileShare.ReadWrite: the coordinator may have the workbook open in Excel while building.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var extension = Path.GetExtension(path).ToLowerInvariant();
            var isCsv = extension == ".csv";
            var hidden = new Dictionary<string, HiddenCells>(StringComparer.Ordinal);
            if (extension == ".xlsx")
            {
                hidden = XlsxHidden.Read(stream);
                stream.Position = 0;
            }

            using var reader = isCsv
                ? ExcelReaderFactory.CreateCsvReader(stream, new ExcelReaderConfiguration { FallbackEncoding = Encoding.UTF8 })
                : ExcelReaderFactory.CreateReader(stream);
            return (ReadSheets(reader, file, isCsv, hidden), []);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ExcelDataReader throws a range of types for damaged or foreign files; all mean the same to a coordinator.
            return ([], [Diagnostic.Error(
                new SourceLocation(file),
                $"The file cannot be read as a workbook ({e.Message.TrimEnd('.')}).",
                "an .xlsx or .xls workbook saved by Excel, LibreOffice or Google Sheets, or a .csv file")]);
        }
    }

    private static List<Sheet> ReadSheets(IExcelDataReader reader, string file, bool isCsv, Dictionary<string, HiddenCells> hiddenCells)
    {
        var sheets = new List<Sheet>();
        do
        {
            var name = isCsv ? null : reader.Name;
            var hidden = !isCsv && !string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase);
            var hiddenHere = name is not null && hiddenCells.TryGetValue(name, out var found) ? found : HiddenCells.None;
            var rows = new List<SheetRow>();
            var rowNumber = 0;
            while (reader.Read())
            {
                rowNumber++;
                if (!isCsv && (reader.RowHeight == 0 || hiddenHere.Rows.Contains(rowNumber)))
                {
                    continue;
                }

                var cells = new SourceCell[reader.FieldCount];
                for (var column = 0; column < cells.Length; column++)
                {
                    // A hidden column is kept out of the plan like a hidden row: its cells read as blank.
                    var isHidden = !isCsv && (hiddenHere.Columns.Contains(column) || reader.GetColumnWidth(column) == 0);
                    var location = new SourceLocation(file, name, CellAddress.Of(rowNumber, column));
                    cells[column] = isHidden ? SourceCell.Blank(location) : ToCell(reader.GetValue(column), location);
                }

                rows.Add(new SheetRow(rowNumber, cells));
            }

            if (!hidden)
            {
                sheets.Add(new Sheet(file, name, rows));
            }
        }
        while (reader.NextResult());

        return sheets;
    }

    private static SourceCell ToCell(object? value, SourceLocation location) => value switch
    {
        null => SourceCell.Blank(location),
        DateTime date => new SourceCell(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), location, date),
        double number => new SourceCell(number.ToString("0.##########", CultureInfo.InvariantCulture), location),
        bool flag => new SourceCell(flag ? "TRUE" : "FALSE", location),
        _ => new SourceCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, location),
    };
}
