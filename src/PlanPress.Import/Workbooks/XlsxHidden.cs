using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanPress.Import.Workbooks;

/// <summary>The row numbers (from 1) and column indexes (from 0) a sheet hides.</summary>
internal sealed record HiddenCells(HashSet<int> Rows, HashSet<int> Columns)
{
    public static readonly HiddenCells None = new([], []);
}

/// <summary>
/// The hidden rows and columns of each sheet of an .xlsx file. ExcelDataReader only sees them when
/// hidden Excel's way (hidden="1", or a zero size); LibreOffice writes hidden="true" and keeps the
/// size, so they are read here with the Open XML SDK, which understands both.
/// </summary>
internal static class XlsxHidden
{
    public static Dictionary<string, HiddenCells> Read(Stream stream)
    {
        var hidden = new Dictionary<string, HiddenCells>(StringComparer.Ordinal);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart;
        if (workbook?.Workbook.Sheets is null)
        {
            return hidden;
        }

        foreach (var sheet in workbook.Workbook.Sheets.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
        {
            if (sheet.Id?.Value is not { } id || sheet.Name?.Value is not { } name || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var cells = new HiddenCells([], []);
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (!reader.IsStartElement)
                {
                    continue;
                }

                if (reader.ElementType == typeof(Row) && reader.LoadCurrentElement() is Row { Hidden.Value: true, RowIndex.Value: var index })
                {
                    cells.Rows.Add((int)index);
                }
                else if (reader.ElementType == typeof(Column) && reader.LoadCurrentElement() is Column { Hidden.Value: true, Min.Value: var min, Max.Value: var max })
                {
                    for (var column = min; column <= max && column <= 1000; column++)
                    {
                        cells.Columns.Add((int)column - 1);
                    }
                }
            }

            hidden[name] = cells;
        }

        return hidden;
    }
}
