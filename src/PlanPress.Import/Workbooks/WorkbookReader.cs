using System.Globalization;
using System.Text;
using System.Xml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;

namespace PlanPress.Import.Workbooks;

/// <summary>
/// Reads the visible sheets of an .xlsx, .xls or .csv file into located cells. What the file
/// really is decides how it is read, not its extension; each way a file can be unreadable (empty,
/// damaged, password-protected, a web page, too large) has its own message.
/// </summary>
public static class WorkbookReader
{
    /// <summary>What workbooks are named: Excel's workbooks, macro-enabled workbooks and templates, its older .xls, LibreOffice's .ods, and .csv tables.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".ods", ".csv"];

    /// <summary>The names an Open XML workbook goes by: read alike, macros never run (nor read).</summary>
    private static readonly string[] OpenXmlExtensions = [".xlsx", ".xlsm", ".xltx", ".xltm"];

    private const string Expected = "an .xlsx, .xls or .ods workbook saved by Excel, LibreOffice or Google Sheets, or a .csv file";

    static WorkbookReader()
    {
        // ExcelDataReader needs the legacy code pages for .xls, and CSV files saved on Windows are in Windows-1252.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <param name="path">The file as it should be named in diagnostics, e.g. "content/calendar.xlsx".</param>
    /// <param name="shownAs">Another name for diagnostics, when the file is a local copy (of a remote source).</param>
    /// <param name="cache">Given, a workbook read before with the same bytes is not parsed again (serve, between saves).</param>
    public static (IReadOnlyList<Sheet> Sheets, IReadOnlyList<Diagnostic> Diagnostics) Read(string path, string? shownAs = null, WorkbookCache? cache = null)
    {
        var file = shownAs ?? path.Replace('\\', '/');
        var location = new SourceLocation(file);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var diagnostics = new List<Diagnostic>();
        Diagnostic Error(string message, string expected = Expected) => Diagnostic.Error(location, message, expected);
        Diagnostic PasswordProtected() => Error("The workbook is password-protected, so PlanPress cannot read it.", "the workbook saved without a password (File → Save As, and clear the password)");
        try
        {
            // FileShare.ReadWrite: the coordinator may have the workbook open in Excel while building.
            // Read once, whole (it is at most FileBytes): every reader below works from these bytes.
            byte[] bytes;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                if (stream.Length == 0)
                {
                    return ([], [Error("The file is empty (0 bytes).")]);
                }

                if (stream.Length > WorkbookLimits.FileBytes)
                {
                    return ([], [Error($"The file is {stream.Length / 1024 / 1024} MB, larger than PlanPress reads ({WorkbookLimits.FileBytes / 1024 / 1024} MB).", "a plan's workbook of a few megabytes at most")]);
                }

                bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
            }

            byte[]? hash = null;
            if (cache?.Find(file, bytes, out hash) is { } kept)
            {
                return kept;
            }

            var kind = FileKind.Of(bytes);
            if (kind == FileKind.Encrypted && DefaultPassword.Open(bytes) is { } opened)
            {
                // Encrypted with Excel's default password (a workbook protected only against changes): Excel opens it without asking.
                diagnostics.Add(Diagnostic.Info(location, "The workbook is encrypted with Excel's default password, which Excel opens without asking; it was read as Excel shows it."));
                bytes = opened;
                kind = FileKind.Of(bytes);
            }

            var named = extension.TrimStart('.');
            switch (kind)
            {
                case FileKind.Encrypted:
                    return ([], [PasswordProtected()]);
                case FileKind.Html:
                    return ([], [Error($"This is a web page saved under a .{named} name, not a workbook (a sign-in or error page is what a private shared link gives instead of the file).", "the workbook itself: download it again with File → Download in the spreadsheet program")]);
                case FileKind.OtherZip:
                    return ([], [Error($"This is a zip file named .{named}, but not an Excel workbook (perhaps a Word or PowerPoint file).", Expected)]);
                case FileKind.OtherCompound:
                    return ([], [Error($"This is an Office file named .{named}, but not an Excel workbook (perhaps a Word .doc file).", Expected)]);
                case FileKind.Text when extension != ".csv":
                    return ([], [Error($"This is a text file, not a workbook, though it is named .{named}.", "a workbook saved by a spreadsheet program; a file of comma-separated values must be named .csv")]);
            }

            if (kind == FileKind.Unknown)
            {
                return ([], [Error($"This file is named .{named}, but its bytes are no workbook: neither a zip, an Office file, nor text.", Expected)]);
            }

            var actual = kind switch { FileKind.Xlsx => ".xlsx", FileKind.Xls or FileKind.OldXls => ".xls", FileKind.OpenDocument => ".ods", _ => ".csv" };
            if (actual != extension && !(kind == FileKind.Xlsx && OpenXmlExtensions.Contains(extension)))
            {
                diagnostics.Add(Diagnostic.Warning(location, $"This is an {actual} file named {extension}; it was read as {actual}.", $"the file renamed to end in {actual}, so that spreadsheet programs open it without complaint"));
            }

            var (sheets, hiddenSheets) = kind switch
            {
                FileKind.Xlsx => XlsxReader.Read(new MemoryStream(bytes, writable: false), file),
                FileKind.OpenDocument => OdsReader.Read(new MemoryStream(bytes, writable: false), file),
                FileKind.Xls => ReadXls(bytes, file, compound: true),
                FileKind.OldXls => ReadXls(bytes, file, compound: false),
                _ => (ReadCsv(bytes, file, diagnostics), 0),
            };
            if (sheets.Count == 0)
            {
                diagnostics.Add(Diagnostic.Warning(
                    location,
                    hiddenSheets > 0 ? $"Every sheet of this workbook is hidden ({Plural.Of(hiddenSheets, "sheet")}), so nothing in it was read." : "This workbook has no sheets, so nothing in it was read.",
                    "the plan's sheets shown (right-click a sheet tab → Unhide), or the file moved out of the content folder"));
            }

            cache?.Keep(file, hash!, (sheets, diagnostics));
            return (sheets, diagnostics);
        }
        catch (WorkbookTooLargeException e)
        {
            return ([], [Error($"The workbook is larger than PlanPress reads: {e.Message}.", "a plan's workbook; a file that inflates this far is damaged or made to exhaust the machine")]);
        }
        catch (InvalidPasswordException)
        {
            // An encrypted .xls is told only when ExcelDataReader meets its password record.
            return ([], [PasswordProtected()]);
        }
        catch (InvalidDataException e)
        {
            return ([], [Error($"The workbook is damaged: {e.Message.TrimEnd('.')} (was it cut short while copying or downloading?).", "the workbook saved again by its spreadsheet program")]);
        }
        catch (XmlException e)
        {
            return ([], [Error($"The workbook is damaged: a part of it is not well-formed XML ({e.Message.TrimEnd('.')}).", "the workbook saved again by its spreadsheet program")]);
        }
        catch (Exception e) when (e is ExcelReaderException or DamagedXlsException)
        {
            return ([], [Error($"The .xls workbook is damaged: {(e.InnerException ?? e).Message.TrimEnd('.')}.", "the workbook saved again by its spreadsheet program, preferably as .xlsx")]);
        }
        catch (UnauthorizedAccessException)
        {
            return ([], [Error("The file cannot be opened: permission denied.", "a file the user running PlanPress may read")]);
        }
        catch (IOException e)
        {
            return ([], [Error($"The file cannot be read ({e.Message.TrimEnd('.')}).", "a file that no other program is writing")]);
        }
    }

    /// <summary>A .xls file's structure broke ExcelDataReader's parser in a way it does not report itself.</summary>
    private sealed class DamagedXlsException(Exception inner) : Exception(inner.Message, inner);

    /// <param name="compound">An Office compound file (Excel 5 to 2003); else the bare BIFF records of Excel 2.x–4.0, which keep no formula errors apart.</param>
    private static (List<Sheet>, int) ReadXls(byte[] bytes, string file, bool compound)
    {
        try
        {
            if (compound && CompoundFile.HeaderProblem(bytes) is { } problem)
            {
                throw new DamagedXlsException(new InvalidDataException(problem));
            }

            using var reader = ExcelReaderFactory.CreateBinaryReader(new MemoryStream(bytes));
            return ReadSheets(reader, file, isCsv: false, compound ? XlsFormulaErrors.Read(bytes) : []);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or NullReferenceException or EndOfStreamException or OverflowException or InvalidCastException or FormatException or NotSupportedException or InvalidOperationException)
        {
            // ExcelDataReader's .xls parser trusts the file's record lengths; a damaged file surfaces as these.
            throw new DamagedXlsException(e);
        }
    }

    private static List<Sheet> ReadCsv(byte[] bytes, string file, List<Diagnostic> diagnostics)
    {
        var (encoding, skip) = TextEncoding.Detect(bytes);
        diagnostics.Add(Diagnostic.Info(new SourceLocation(file), $"Read as text in {encoding.WebName}."));
        var text = encoding.GetString(bytes, skip, bytes.Length - skip);
        using var utf8 = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var reader = ExcelReaderFactory.CreateCsvReader(utf8, new ExcelReaderConfiguration { FallbackEncoding = Encoding.UTF8 });
        return ReadSheets(reader, file, isCsv: true, []).Sheets;
    }

    /// <summary>The sheets of a .xls or .csv file through ExcelDataReader, hidden rows, columns and sheets left out.</summary>
    /// <param name="errors">Each sheet's error cells, which ExcelDataReader reads as blank.</param>
    private static (List<Sheet> Sheets, int HiddenSheets) ReadSheets(IExcelDataReader reader, string file, bool isCsv, IReadOnlyList<Dictionary<(int Row, int Column), string>> errors)
    {
        var sheets = new List<Sheet>();
        var hiddenSheets = 0;
        var filled = 0;
        var slots = 0L;
        var sheetIndex = -1;
        do
        {
            sheetIndex++;
            var errorCells = sheetIndex < errors.Count ? errors[sheetIndex] : [];
            var name = isCsv ? null : reader.Name;
            if (!isCsv && !string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase))
            {
                hiddenSheets++;
                continue;
            }

            var rows = new RowStore();
            var rowNumber = 0;
            while (reader.Read())
            {
                rowNumber++;
                if (!isCsv && reader.RowHeight == 0)
                {
                    continue;
                }

                // Only up to the row's last value: a damaged file can claim thousands of columns.
                var count = Math.Min(reader.FieldCount, WorkbookLimits.Columns);
                while (count > 0 && reader.GetValue(count - 1) is null && !errorCells.ContainsKey((rowNumber - 1, count - 1)))
                {
                    count--;
                }

                if ((slots += count) > WorkbookLimits.CellSlots)
                {
                    throw new WorkbookTooLargeException($"it holds more than {WorkbookLimits.CellSlots:N0} cells, counting the empty ones before each row's last value");
                }

                var cells = new SourceCell[count];
                for (var column = 0; column < count; column++)
                {
                    // A hidden column is kept out of the plan like a hidden row: its cells read as blank.
                    var location = new SourceLocation(file, name, CellAddress.Of(rowNumber, column));
                    var hidden = !isCsv && reader.GetColumnWidth(column) == 0;
                    cells[column] = hidden ? SourceCell.Blank(location)
                        : errorCells.TryGetValue((rowNumber - 1, column), out var error) ? SourceCell.Faulty(location, error)
                        : ToCell(reader.GetValue(column), location);
                    if (cells[column].Text.Length > WorkbookLimits.CellCharacters)
                    {
                        throw new WorkbookTooLargeException($"cell {location.Cell} holds {cells[column].Text.Length:N0} characters, more than a spreadsheet cell can ({WorkbookLimits.CellCharacters:N0})");
                    }

                    if (!cells[column].IsBlank && ++filled > WorkbookLimits.Cells)
                    {
                        throw new WorkbookTooLargeException($"it has more than {WorkbookLimits.Cells:N0} filled cells, more than PlanPress reads");
                    }
                }

                rows.Add(new SheetRow(rowNumber, cells));
                WorkbookLimits.CheckRows(rows, name);
            }

            sheets.Add(new Sheet(file, name, rows));
        }
        while (reader.NextResult());

        return (sheets, hiddenSheets);
    }

    private static SourceCell ToCell(object? value, SourceLocation location) => value switch
    {
        null => SourceCell.Blank(location),
        // A time of day is stored as a date in 1899 and a duration as a span: both are text as the sheet shows them.
        DateTime time when time.Year < 1900 => new SourceCell(NumberFormat.Clock(time.TimeOfDay.TotalDays), location),
        DateTime date => TypedCell.Date(date, location),
        TimeSpan span => new SourceCell(NumberFormat.Hours(span.TotalDays), location),
        double number => TypedCell.Number(number, location),
        bool flag => TypedCell.Flag(flag, location),
        _ => new SourceCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, location),
    };
}
