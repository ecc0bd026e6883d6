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

    /// <summary>
    /// Deletes row <paramref name="number"/> of the sheet as a spreadsheet program does: the rows below
    /// move up one, with their cells, merged ranges and drop-down lists.
    /// </summary>
    public static void DeleteRow(string path, string sheet, int number)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var worksheet = ((WorksheetPart)workbook.GetPartById(id)).Worksheet;
        var data = worksheet.GetFirstChild<SheetData>()!;
        data.Elements<Row>().SingleOrDefault(r => r.RowIndex!.Value == number)?.Remove();
        foreach (var row in data.Elements<Row>().Where(r => r.RowIndex!.Value > number))
        {
            row.RowIndex = row.RowIndex!.Value - 1;
            foreach (var cell in row.Elements<Cell>())
            {
                cell.CellReference = Moved(cell.CellReference!.Value!, number);
            }
        }

        foreach (var merged in worksheet.Descendants<MergeCell>().ToList())
        {
            var range = merged.Reference!.Value!.Split(':');
            if (range.All(a => Row(a) == number))
            {
                merged.Remove();
                continue;
            }

            merged.Reference = string.Join(':', range.Select(a => Moved(a, number)));
        }

        foreach (var list in worksheet.Descendants<DataValidation>())
        {
            list.SequenceOfReferences = new DocumentFormat.OpenXml.ListValue<DocumentFormat.OpenXml.StringValue>(
                list.SequenceOfReferences!.Items.Select(r => new DocumentFormat.OpenXml.StringValue(string.Join(':', r.Value!.Split(':').Select(a => Moved(a, number))))));
        }

        worksheet.Save();
    }

    /// <summary>Hides row <paramref name="number"/> of the sheet, as a spreadsheet program's "Hide row" does.</summary>
    public static void HideRow(string path, string sheet, int number)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var worksheet = ((WorksheetPart)workbook.GetPartById(id)).Worksheet;
        worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Single(r => r.RowIndex!.Value == number).Hidden = true;
        worksheet.Save();
    }

    private static int Row(string address) => int.Parse(address[address.TakeWhile(char.IsLetter).Count()..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An address below the deleted row, one row up.</summary>
    private static string Moved(string address, int deleted)
    {
        var letters = address.TakeWhile(char.IsLetter).Count();
        var row = Row(address);
        return row > deleted ? $"{address[..letters]}{row - 1}" : address;
    }

    private static int Column(string address) => address.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1));

    /// <summary>Deletes the sheet named <paramref name="sheet"/>, as a coordinator does who moves it to another workbook.</summary>
    public static void DeleteSheet(string path, string sheet)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var entry = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
        workbook.DeletePart(workbook.GetPartById(entry.Id!.Value!));
        entry.Remove();
        workbook.Workbook.DefinedNames?.Elements<DefinedName>().Where(d => d.Text.Contains(sheet, StringComparison.Ordinal)).ToList().ForEach(d => d.Remove());
        workbook.Workbook.Save();
    }
}
