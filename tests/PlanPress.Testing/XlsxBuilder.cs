using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellAddress = PlanPress.Import.Workbooks.CellAddress;

namespace PlanPress.Testing;

/// <summary>
/// Writes small real .xlsx workbooks for tests: rows of text, numbers and dates (shown as "Oct-23"),
/// merged ranges, hidden rows and hidden sheets.
/// </summary>
public sealed class XlsxBuilder
{
    private readonly List<SheetSpec> _sheets = [];

    public XlsxBuilder Sheet(string name, params object?[][] rows) => Sheet(name, rows, merges: [], hiddenRows: [], hidden: false);

    public XlsxBuilder Sheet(string name, object?[][] rows, string[] merges, int[] hiddenRows, bool hidden)
    {
        _sheets.Add(new SheetSpec(name, rows, merges, hiddenRows, hidden));
        return this;
    }

    public string Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var spec in _sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(spec);
            sheets.Append(new Sheet
            {
                Id = workbookPart.GetIdOfPart(part),
                SheetId = id++,
                Name = spec.Name,
                State = spec.Hidden ? SheetStateValues.Hidden : null,
            });
        }

        workbookPart.Workbook.Save();
        return path;
    }

    private static Worksheet Worksheet(SheetSpec spec)
    {
        var data = new SheetData();
        for (var r = 0; r < spec.Rows.Length; r++)
        {
            var number = (uint)(r + 1);
            var row = new Row { RowIndex = number };
            if (spec.HiddenRows.Contains(r + 1))
            {
                row.Hidden = true;
            }

            for (var c = 0; c < spec.Rows[r].Length; c++)
            {
                if (Cell(spec.Rows[r][c], CellAddress.Of(r + 1, c)) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        var worksheet = new Worksheet(data);
        if (spec.Merges.Length > 0)
        {
            worksheet.Append(new MergeCells(spec.Merges.Select(m => new MergeCell { Reference = m })));
        }

        return worksheet;
    }

    private static Cell? Cell(object? value, string reference) => value switch
    {
        null => null,
        DateTime date => new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) },
        double or int => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)) },
        _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
    };

    /// <summary>Style 0 is plain; style 1 shows a date as "Oct-23" (built-in number format 17, mmm-yy).</summary>
    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 17, ApplyNumberFormat = true }));
        styles.Stylesheet.Save();
    }

    private sealed record SheetSpec(string Name, object?[][] Rows, string[] Merges, int[] HiddenRows, bool Hidden);
}
