using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanPress.Testing;

/// <summary>Changes a cell of a real .xlsx as a coordinator would in a spreadsheet program: the one cell's text, the rest of the workbook untouched.</summary>
public static class WorkbookCells
{
    /// <summary>Writes <paramref name="text"/> into the cell at <paramref name="address"/> ("D25") of the sheet named <paramref name="sheet"/>.</summary>
    public static void Set(string path, string sheet, string address, string text)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var data = ((WorksheetPart)workbook.GetPartById(id)).Worksheet.GetFirstChild<SheetData>()!;
        var row = data.Elements<Row>().Single(r => r.RowIndex!.Value == uint.Parse(address[address.TakeWhile(char.IsLetter).Count()..], System.Globalization.CultureInfo.InvariantCulture));
        var cell = row.Elements<Cell>().SingleOrDefault(c => c.CellReference == address);
        if (cell is null)
        {
            // Cells stay in column order: the new one goes before the first that comes after it.
            cell = new Cell { CellReference = address };
            var after = row.Elements<Cell>().FirstOrDefault(c => Column(c.CellReference!) > Column(address));
            if (after is null)
            {
                row.Append(cell);
            }
            else
            {
                row.InsertBefore(cell, after);
            }
        }

        cell.CellFormula = null;
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
        workbook.Workbook.Save();
    }

    private static int Column(string address) => address.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1));
}
