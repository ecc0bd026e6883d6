using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using PlanPress.Model;

namespace PlanPress.Import.Workbooks;

/// <summary>
/// Reads the visible sheets of an OpenDocument spreadsheet (.ods, LibreOffice's own format) in one
/// streaming pass over content.xml, with the same guards as an .xlsx: hidden sheets (a table style
/// with display="false"), hidden and filtered rows and columns (visibility "collapse" or "filter")
/// and comments are never read, formula errors become faulty cells, and repeated rows and columns
/// (a sheet's million trailing blank rows are one element) are expanded only where they hold values.
/// </summary>
internal static class OdsReader
{
    private const string TableNamespace = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string OfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string StyleNamespace = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string TextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string CalcExtNamespace = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    public static (List<Sheet> Sheets, int HiddenSheets) Read(Stream stream, string file)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var budget = new ZipParts.Budget();
        using var reader = ZipParts.Open(zip, "content.xml", WorkbookLimits.PartBytes, budget)
            ?? throw new InvalidDataException("it has no content part (content.xml)");
        var hiddenTableStyles = new HashSet<string>(StringComparer.Ordinal);
        var sheets = new List<Sheet>();
        var hidden = 0;
        string? styleName = null;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (reader.LocalName == "style" && reader.NamespaceURI == StyleNamespace)
            {
                styleName = reader.GetAttribute("name", StyleNamespace);
                reader.Read();
            }
            else if (reader.LocalName == "table-properties" && reader.NamespaceURI == StyleNamespace)
            {
                if (styleName is not null && reader.GetAttribute("display", TableNamespace) == "false")
                {
                    hiddenTableStyles.Add(styleName);
                }

                reader.Read();
            }
            else if (reader.LocalName == "table" && reader.NamespaceURI == TableNamespace)
            {
                var name = reader.GetAttribute("name", TableNamespace) ?? string.Empty;
                if (reader.GetAttribute("style-name", TableNamespace) is { } style && hiddenTableStyles.Contains(style))
                {
                    hidden++;
                    reader.Skip();
                    continue;
                }

                sheets.Add(Table(reader, new Sheet(file, name, []), budget));
            }
            else
            {
                reader.Read();
            }
        }

        return (sheets, hidden);
    }

    /// <summary>One &lt;table:table&gt;: its visible rows, hidden columns left blank. Leaves the reader after the table.</summary>
    private static Sheet Table(XmlReader reader, Sheet sheet, ZipParts.Budget budget)
    {
        var rows = new RowStore();
        var hiddenColumns = new List<(int First, int Last)>();
        var columns = 0;
        var rowNumber = 0;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return sheet;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != TableNamespace)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "table-column":
                    var spanned = Repeated(reader, "number-columns-repeated");
                    if (IsHidden(reader))
                    {
                        hiddenColumns.Add((columns, columns + spanned - 1));
                    }

                    columns = (int)Math.Min(columns + (long)spanned, WorkbookLimits.Columns);
                    reader.Read();
                    break;
                case "table-row":
                    var repeated = Repeated(reader, "number-rows-repeated");
                    if (rowNumber + (long)repeated > 1_048_576)
                    {
                        throw new InvalidDataException($"sheet \"{sheet.Name}\" has rows past Excel's last row, 1,048,576");
                    }

                    if (IsHidden(reader))
                    {
                        rowNumber += repeated;
                        reader.Skip();
                        break;
                    }

                    var cells = Row(reader, rowNumber + 1, sheet, column => hiddenColumns.Any(r => column >= r.First && column <= r.Last), budget);
                    // A repeated row is written once, and kept once (a sheet's trailing blank rows are one element).
                    if (cells.Count == 0)
                    {
                        rowNumber += repeated;
                        break;
                    }

                    for (var copy = 0; copy < repeated; copy++)
                    {
                        rowNumber++;
                        if (copy > 0)
                        {
                            Count(cells, budget, sheet.Name);
                        }

                        rows.Add(new SheetRow(rowNumber, cells));
                        WorkbookLimits.CheckRows(rows, sheet.Name);
                    }

                    break;
                default:
                    // table-header-rows, table-row-group, table-rows: their rows are read as the table's own.
                    reader.Read();
                    break;
            }
        }

        reader.Read();
        return sheet with { Rows = rows };
    }

    /// <summary>One row's cells up to its last filled one, hidden columns left blank; none when it holds nothing. Leaves the reader after the row.</summary>
    private static List<SourceCell> Row(XmlReader reader, int rowNumber, Sheet sheet, Func<int, bool> hiddenColumn, ZipParts.Budget budget)
    {
        var cells = new List<SourceCell>();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return cells;
        }

        var depth = reader.Depth;
        var column = 0;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != TableNamespace || reader.LocalName is not ("table-cell" or "covered-table-cell"))
            {
                reader.Read();
                continue;
            }

            var repeated = Repeated(reader, "number-columns-repeated");
            if (column >= WorkbookLimits.Columns || reader.LocalName == "covered-table-cell")
            {
                // A cell under a merged one is blank, as in Excel: the value is in the merged cell's first.
                column = (int)Math.Min(column + (long)repeated, WorkbookLimits.Columns);
                reader.Skip();
                continue;
            }

            var cell = Cell(reader, sheet.At(rowNumber, column));
            if (cell.IsBlank && cell.Fault is null)
            {
                column = (int)Math.Min(column + (long)repeated, WorkbookLimits.Columns);
                continue;
            }

            for (var copy = 0; copy < repeated && column < WorkbookLimits.Columns; copy++, column++)
            {
                if (hiddenColumn(column))
                {
                    continue;
                }

                var placed = copy == 0 ? cell : cell with { Location = sheet.At(rowNumber, column) };
                budget.Count(placed, column, cells.Count, sheet.Name);
                while (cells.Count < column)
                {
                    cells.Add(SourceCell.Blank(sheet.At(rowNumber, cells.Count)));
                }

                cells.Add(placed);
            }
        }

        reader.Read();
        return cells;
    }

    /// <summary>Counts a repeated row's filled cells against the workbook's limits, as if each were written out.</summary>
    private static void Count(List<SourceCell> cells, ZipParts.Budget budget, string? sheet)
    {
        var held = 0;
        for (var column = 0; column < cells.Count; column++)
        {
            if (!cells[column].IsBlank)
            {
                budget.Count(cells[column], column, held, sheet);
                held = column + 1;
            }
        }
    }

    /// <summary>One &lt;table:table-cell&gt; as a cell, by its value type; its comment is never read. Leaves the reader after the element.</summary>
    private static SourceCell Cell(XmlReader reader, Model.Diagnostics.SourceLocation location)
    {
        var type = reader.GetAttribute("value-type", OfficeNamespace);
        var calcType = reader.GetAttribute("value-type", CalcExtNamespace);
        var value = reader.GetAttribute("value", OfficeNamespace);
        var date = reader.GetAttribute("date-value", OfficeNamespace);
        var flag = reader.GetAttribute("boolean-value", OfficeNamespace);
        var formula = reader.GetAttribute("formula", TableNamespace);
        var text = Paragraphs(reader);

        if (calcType == "error")
        {
            return SourceCell.Faulty(location, $"the formula error {(text.Length > 0 ? text : "(an error)")}");
        }

        if (formula is not null && type is null && text.Length == 0)
        {
            return SourceCell.Faulty(location, $"the formula {formula} with no saved value");
        }

        switch (type)
        {
            case "date" when date is not null && DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var day):
                return TypedCell.Date(day, location);
            case "float" or "percentage" or "currency" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return TypedCell.Number(number, location);
            case "boolean":
                return TypedCell.Flag(flag == "true", location);
            default:
                // Text, and times and durations as they are shown ("09:30", "12:30:00"): never a date.
                return new SourceCell(text, location);
        }
    }

    /// <summary>The text of a cell's paragraphs, one line each, with its spaces, tabs and line breaks; comments (office:annotation) left out.</summary>
    private static string Paragraphs(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var text = new StringBuilder();
        var paragraphs = 0;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "annotation" && reader.NamespaceURI == OfficeNamespace)
            {
                reader.Skip();
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == TextNamespace)
            {
                switch (reader.LocalName)
                {
                    case "p" or "h" when paragraphs++ > 0:
                        text.Append('\n');
                        break;
                    case "s":
                        text.Append(' ', Math.Min(Repeated(reader, "c", TextNamespace), WorkbookLimits.CellCharacters));
                        break;
                    case "tab":
                        text.Append('\t');
                        break;
                    case "line-break":
                        text.Append('\n');
                        break;
                }
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace && reader.Depth > depth + 1)
            {
                text.Append(reader.Value);
            }

            if (text.Length > WorkbookLimits.CellCharacters)
            {
                throw new WorkbookTooLargeException($"a cell holds more than a spreadsheet cell can ({WorkbookLimits.CellCharacters:N0} characters)");
            }

            reader.Read();
        }

        reader.Read();
        return text.ToString();
    }

    private static bool IsHidden(XmlReader reader) => reader.GetAttribute("visibility", TableNamespace) is "collapse" or "filter";

    private static int Repeated(XmlReader reader, string attribute, string ns = TableNamespace) =>
        int.TryParse(reader.GetAttribute(attribute, ns), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
}
