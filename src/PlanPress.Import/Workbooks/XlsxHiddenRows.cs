using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanPress.Import.Workbooks;

/// <summary>
/// The hidden rows of each sheet of an .xlsx file. ExcelDataReader only sees rows hidden Excel's way
/// (hidden="1", or a zero height); LibreOffice writes hidden="true" and keeps the height, so its
/// hidden rows are read here with the Open XML SDK, which understands both.
/// </summary>
internal static class XlsxHiddenRows
{
    public static Dictionary<string, HashSet<int>> Read(Stream stream)
    {
        var hidden = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
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

            var rows = new HashSet<int>();
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    if (row.Hidden?.Value == true && row.RowIndex?.Value is { } index)
                    {
                        rows.Add((int)index);
                    }
                }
            }

            hidden[name] = rows;
        }

        return hidden;
    }
}
