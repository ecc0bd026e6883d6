using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Workbooks;

/// <summary>
/// Reads the visible sheets of an .xlsx workbook in one streaming pass over each part: values,
/// dates (by the cell's number format), and everything that keeps content out of the site
/// whichever program saved it. Hidden sheets ("hidden", "veryHidden"), hidden rows (hidden="1" or
/// "true", a zero height, or rows hidden by default), hidden columns (hidden, zero width, in any
/// range) are never read. Formula errors and formulas with no saved value become faulty cells, and
/// every part is read through a limit on what it may inflate to.
/// </summary>
internal static partial class XlsxReader
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Excel's "Strict Open XML Spreadsheet" names the same elements in namespaces of its own.
    private const string StrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string StrictRelationshipNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private static bool IsMain(XmlReader reader) => reader.NamespaceURI is MainNamespace or StrictNamespace;

    /// <summary>A sheet as workbook.xml lists it: sheets are matched to their part by relationship id, never by name.</summary>
    private sealed record SheetEntry(string Name, bool Hidden, string PartPath);

    /// <summary>What the workbook's parts say about all its sheets: shared strings, which styles are dates, the 1904 date system.</summary>
    private sealed record Shared(IReadOnlyList<string> Strings, IReadOnlyList<NumberShown> Styles, bool Date1904);

    public static (List<Sheet> Sheets, int HiddenSheets) Read(Stream stream, string file)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var budget = new ZipParts.Budget();
        var workbookPath = MainPartPath(zip, budget);
        var relationships = Relationships(zip, workbookPath, budget);
        var (entries, date1904) = Workbook(zip, workbookPath, relationships, budget);
        var shared = new Shared(
            relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)) is { } strings ? SharedStrings(zip, strings.Target, budget) : [],
            relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)) is { } styles ? Styles(zip, styles.Target, budget) : [],
            date1904);

        var sheets = new List<Sheet>();
        foreach (var entry in entries.Where(e => !e.Hidden))
        {
            sheets.Add(Worksheet(zip, entry, file, shared, budget));
        }

        return (sheets, entries.Count(e => e.Hidden));
    }

    private sealed record Relationship(string Target, string Type);

    private static string MainPartPath(ZipArchive zip, ZipParts.Budget budget)
    {
        const string fallback = "xl/workbook.xml";
        var rels = Relationships(zip, string.Empty, budget);
        return rels.Values.FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal))?.Target ?? fallback;
    }

    /// <summary>The relationships of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"), targets resolved to zip paths.</summary>
    private static Dictionary<string, Relationship> Relationships(ZipArchive zip, string partPath, ZipParts.Budget budget)
    {
        var folder = partPath.Contains('/', StringComparison.Ordinal) ? partPath[..(partPath.LastIndexOf('/') + 1)] : string.Empty;
        var relsPath = folder + "_rels/" + partPath[folder.Length..] + ".rels";
        var found = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        using var reader = ZipParts.Open(zip, relsPath, WorkbookLimits.PartBytes, budget);
        if (reader is null)
        {
            return found;
        }

        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
            {
                target = target.Replace('\\', '/');
                var path = target.StartsWith('/') ? target.TrimStart('/') : Normalise(folder + target);
                found[id] = new Relationship(path, reader.GetAttribute("Type") ?? string.Empty);
            }
        }

        return found;
    }

    /// <summary>"xl/worksheets/../sharedStrings.xml" → "xl/sharedStrings.xml".</summary>
    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == ".." && parts.Count > 0)
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or "" or ".."))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static (List<SheetEntry> Sheets, bool Date1904) Workbook(ZipArchive zip, string path, Dictionary<string, Relationship> relationships, ZipParts.Budget budget)
    {
        using var reader = ZipParts.Open(zip, path, WorkbookLimits.PartBytes, budget)
            ?? throw new InvalidDataException("it has no workbook part (xl/workbook.xml)");
        var sheets = new List<SheetEntry>();
        var date1904 = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            // Only the workbook's own workbookPr says which date system it uses: Excel 2013 and later
            // also write one of another namespace in the extension list, which says nothing of dates.
            if (reader.LocalName == "workbookPr" && IsMain(reader))
            {
                date1904 = IsTrue(reader.GetAttribute("date1904"));
            }
            else if (reader.LocalName == "sheet" && IsMain(reader))
            {
                var name = reader.GetAttribute("name") ?? string.Empty;
                var state = reader.GetAttribute("state");
                var id = reader.GetAttribute("id", RelationshipNamespace) ?? reader.GetAttribute("id", StrictRelationshipNamespace);
                if (id is not null && relationships.TryGetValue(id, out var part) && ZipParts.Entry(zip, part.Target) is not null)
                {
                    sheets.Add(new SheetEntry(name, state is not (null or "visible"), part.Target));
                }
            }
        }

        return (sheets, date1904);
    }

    private static List<string> SharedStrings(ZipArchive zip, string path, ZipParts.Budget budget)
    {
        var strings = new List<string>();
        using var reader = ZipParts.Open(zip, path, WorkbookLimits.SharedStringBytes, budget);
        if (reader is null)
        {
            return strings;
        }

        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(StringItem(reader));
            }
            else
            {
                reader.Read();
            }
        }

        return strings;
    }

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt; element: its &lt;t&gt; runs, without phonetic guides. Leaves the reader after the element.</summary>
    private static string StringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                text.Append(Unescaped(reader.ReadElementContentAsString()));
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return text.ToString();
    }

    /// <summary>For each cell style (xf) of the workbook, how its number format shows a number: a date, a time, a duration.</summary>
    private static List<NumberShown> Styles(ZipArchive zip, string path, ZipParts.Budget budget)
    {
        var custom = new Dictionary<int, string>();
        var styles = new List<NumberShown>();
        using var reader = ZipParts.Open(zip, path, WorkbookLimits.PartBytes, budget);
        if (reader is null)
        {
            return styles;
        }

        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "numFmt" && int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id))
            {
                custom[id] = reader.GetAttribute("formatCode") ?? string.Empty;
            }
            else if (reader.LocalName == "cellXfs")
            {
                inCellXfs = !reader.IsEmptyElement;
            }
            else if (reader.LocalName == "xf" && inCellXfs)
            {
                var format = int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var n) ? n : 0;
                styles.Add(custom.TryGetValue(format, out var code) ? NumberFormat.Of(code) : NumberFormat.BuiltIn(format));
            }
        }

        return styles;
    }

    private static Sheet Worksheet(ZipArchive zip, SheetEntry entry, string file, Shared shared, ZipParts.Budget budget)
    {
        using var reader = ZipParts.Open(zip, entry.PartPath, WorkbookLimits.PartBytes, budget)!;
        var hiddenColumns = new List<(int First, int Last)>();
        var rowsHiddenByDefault = false;
        var columnsHiddenByDefault = false;
        var shownColumns = new List<(int First, int Last)>();
        var rows = new RowStore();
        var rowNumber = 0;
        var rowOffset = 0;
        var named = new Sheet(file, entry.Name, []);
        bool IsHiddenColumn(int column) =>
            hiddenColumns.Any(r => column >= r.First && column <= r.Last)
            || (columnsHiddenByDefault && !shownColumns.Any(r => column >= r.First && column <= r.Last));

        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "sheetFormatPr":
                    rowsHiddenByDefault = IsTrue(reader.GetAttribute("zeroHeight"));
                    columnsHiddenByDefault = IsZero(reader.GetAttribute("defaultColWidth"));
                    reader.Read();
                    break;
                case "col":
                    var first = ParseInt(reader.GetAttribute("min"), 1) - 1;
                    var last = Math.Min(ParseInt(reader.GetAttribute("max"), first + 1), WorkbookLimits.Columns) - 1;
                    (IsTrue(reader.GetAttribute("hidden")) || IsZero(reader.GetAttribute("width")) ? hiddenColumns : shownColumns).Add((first, last));
                    reader.Read();
                    break;
                case "row":
                    // Some generators count rows from 0 (r="0"): the whole sheet is then one row down, as Excel shows it.
                    var numbered = ParseInt(reader.GetAttribute("r"), rowNumber + 1 - rowOffset);
                    rowOffset = numbered == 0 && rowNumber == 0 ? 1 : rowOffset;
                    rowNumber = numbered + rowOffset;
                    if (rowNumber is < 1 or > 1_048_576)
                    {
                        throw new InvalidDataException($"sheet \"{entry.Name}\" has a row numbered {rowNumber}");
                    }

                    // On a sheet whose rows are hidden by default, a row given a height of its own is shown, as Excel shows it.
                    var height = reader.GetAttribute("ht");
                    var hidden = IsTrue(reader.GetAttribute("hidden")) || IsZero(height) || (rowsHiddenByDefault && height is null);
                    if (hidden)
                    {
                        reader.Skip();
                        break;
                    }

                    rows.Add(Row(reader, rowNumber, named, IsHiddenColumn, shared, budget));
                    WorkbookLimits.CheckRows(rows, entry.Name);
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        return new Sheet(file, entry.Name, rows);
    }

    /// <summary>One visible row: its cells, hidden columns left blank, up to its last filled cell. Leaves the reader after the row.</summary>
    /// <param name="sheet">The sheet the row is on, for its cells' locations.</param>
    private static SheetRow Row(XmlReader reader, int rowNumber, Sheet sheet, Func<int, bool> hiddenColumn, Shared shared, ZipParts.Budget budget)
    {
        var cells = new List<SourceCell>();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new SheetRow(rowNumber, cells);
        }

        var depth = reader.Depth;
        var column = -1;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                reader.Read();
                continue;
            }

            // A reference with no column letters ("0", as some generators write) places the cell after the one before, as a missing one does.
            column = reader.GetAttribute("r") is { } address && address.Any(char.IsAsciiLetter) ? CellAddress.ColumnOf(address) : column + 1;
            if (column is < 0 or >= WorkbookLimits.Columns)
            {
                throw new InvalidDataException($"sheet \"{sheet.Name}\" has a cell outside Excel's columns in row {rowNumber}");
            }

            var location = sheet.At(rowNumber, column);
            if (hiddenColumn(column))
            {
                reader.Skip();
                continue;
            }

            var cell = Cell(reader, location, shared);
            if (cell.IsBlank)
            {
                continue;
            }

            budget.Count(cell, column, cells.Count, sheet.Name);

            while (cells.Count < column)
            {
                cells.Add(SourceCell.Blank(sheet.At(rowNumber, cells.Count)));
            }

            if (cells.Count == column)
            {
                cells.Add(cell);
            }
            else
            {
                // A cell written twice, or out of order: the later one wins, as spreadsheet programs do.
                cells[column] = cell;
            }
        }

        reader.Read();
        return new SheetRow(rowNumber, cells);
    }

    /// <summary>One &lt;c&gt; element as a cell. Leaves the reader after the element.</summary>
    private static SourceCell Cell(XmlReader reader, SourceLocation location, Shared shared)
    {
        var type = reader.GetAttribute("t") ?? "n";
        var style = ParseInt(reader.GetAttribute("s"), 0);
        string? value = null;
        string? formula = null;
        string? inline = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (!reader.EOF && reader.Depth > depth)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
                {
                    value = reader.ReadElementContentAsString();
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "f")
                {
                    formula = reader.ReadElementContentAsString();
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
                {
                    inline = StringItem(reader);
                }
                else
                {
                    reader.Read();
                }
            }
        }

        reader.Read();

        // A formula saved without its result (as scripts and some exporters write it): the value is unknown, not blank.
        if (formula is not null && (value is null || (value.Length == 0 && type is "n" or "b" or "e" or "d")))
        {
            return SourceCell.Faulty(location, formula.Length > 0 ? $"the formula ={formula} with no saved value" : "a formula with no saved value");
        }

        switch (type)
        {
            case "e":
                return SourceCell.Faulty(location, $"the formula error {value}");
            case "s" when string.IsNullOrEmpty(value):
                // A shared-string cell with no index (as some generators leave an empty cell) is blank, not a broken workbook.
                return SourceCell.Blank(location);
            case "s":
                return int.TryParse(value, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < shared.Strings.Count
                    ? new SourceCell(shared.Strings[index], location)
                    : throw new InvalidDataException($"cell {location.Cell} points at shared string {value}, which does not exist");
            case "inlineStr":
                return new SourceCell(inline ?? value ?? string.Empty, location);
            case "str":
                return new SourceCell(value ?? string.Empty, location);
            case "b":
                return TypedCell.Flag(value is "1" or "true", location);
            case "d":
                return IsoCell(value ?? string.Empty, location);
        }

        if (string.IsNullOrEmpty(value))
        {
            return SourceCell.Blank(location);
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw new InvalidDataException($"cell {location.Cell} holds \"{Truncate(value)}\" where a number belongs");
        }

        // A time of day or a duration ("9:30", "[h]:mm") is text as the sheet shows it, never a date in 1899.
        switch (style < shared.Styles.Count ? shared.Styles[style] : NumberShown.Number)
        {
            case NumberShown.Date when NumberFormat.ToDate(number, shared.Date1904) is { } date:
                return TypedCell.Date(date, location);
            case NumberShown.Time:
                return new SourceCell(NumberFormat.Clock(number), location);
            case NumberShown.Duration:
                return new SourceCell(NumberFormat.Hours(number), location);
        }

        return TypedCell.Number(number, location);
    }

    /// <summary>
    /// An ISO 8601 cell (t="d"): a date; a time of day with no date, or on Excel's day zero
    /// (1899-12-30/31), as the clock shows it ("09:30"), not a date of today; a duration
    /// ("PT36H30M0S") in hours and minutes ("36:30"), as [h]:mm shows it.
    /// </summary>
    private static SourceCell IsoCell(string value, SourceLocation location)
    {
        var text = value.Trim();
        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
        {
            try
            {
                var span = System.Xml.XmlConvert.ToTimeSpan(text);
                return new SourceCell(NumberFormat.Hours(span.TotalDays), location);
            }
            catch (FormatException)
            {
                return new SourceCell(text, location);
            }
        }

        if (TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out var time) && !text.Contains('-', StringComparison.Ordinal))
        {
            return new SourceCell(time.ToString("HH:mm", CultureInfo.InvariantCulture), location);
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso))
        {
            return new SourceCell(text, location);
        }

        return iso.Year == 1899 && iso.Month == 12 && iso.Day is 30 or 31
            ? new SourceCell(iso.ToString("HH:mm", CultureInfo.InvariantCulture), location)
            : TypedCell.Date(iso, location);
    }

    /// <summary>
    /// Text with Open XML's escapes of characters XML cannot hold read back: "_x000D_" is a carriage
    /// return, "_x005F_" an underscore (so "_x005F_x000D_" is the text "_x000D_"); a carriage
    /// return before a line break is dropped, as spreadsheet programs show one line break.
    /// </summary>
    internal static string Unescaped(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        return Escape().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            .Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escape();

    private static string Truncate(string text) => text.Length <= 20 ? text : text[..20] + "…";

    private static bool IsTrue(string? value) => value is "1" or "true";

    private static bool IsZero(string? value) =>
        value is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == 0;

    private static int ParseInt(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
