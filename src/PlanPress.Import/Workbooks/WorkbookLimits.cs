namespace PlanPress.Import.Workbooks;

/// <summary>
/// How much of a workbook PlanPress will read. A plan is small; a file past these is damaged or
/// hostile (a "zip bomb" of shared strings), and reading it whole would exhaust the machine.
/// </summary>
public static class WorkbookLimits
{
    /// <summary>The size of the file on disk.</summary>
    public const long FileBytes = 64L * 1024 * 1024;

    /// <summary>What any one part of an .xlsx (a sheet, the shared strings) may inflate to.</summary>
    public const long PartBytes = 256L * 1024 * 1024;

    /// <summary>What the shared strings of an .xlsx may inflate to: they are all held in memory.</summary>
    public const long SharedStringBytes = 64L * 1024 * 1024;

    /// <summary>What all the parts of an .xlsx read together may inflate to.</summary>
    public const long TotalBytes = 512L * 1024 * 1024;

    /// <summary>Rows kept apart, per sheet: rows alike one after another (a column filled down) count once.</summary>
    public const int Rows = 250_000;

    /// <summary>Excel's own last column, XFD.</summary>
    public const int Columns = 16_384;

    /// <summary>Excel's own limit on the text in one cell.</summary>
    public const int CellCharacters = 32_767;

    /// <summary>Filled cells in one workbook, all sheets together.</summary>
    public const int Cells = 2_000_000;

    /// <summary>Stops a sheet past <see cref="Rows"/> rows kept apart, naming the row it got to and the columns that run on there.</summary>
    internal static void CheckRows(RowStore rows, string? sheet)
    {
        if (rows.Stored <= Rows)
        {
            return;
        }

        var last = rows[^1];
        var columns = string.Join(", ", last.Cells.Select((cell, column) => (cell, column)).Where(c => !c.cell.IsBlank).Select(c => CellAddress.ColumnName(c.column)));
        throw new WorkbookTooLargeException(
            $"sheet \"{sheet}\" has more than {Rows:N0} rows that differ from the row above them, more than PlanPress reads; at row {last.Number:N0} column {columns} still holds values. "
            + "If the plan's table ends well above that row, clear those cells below it, or move whatever runs on to a workbook of its own");
    }

    /// <summary>Cells held in one workbook, the blanks before each row's last filled cell included: what bounds memory.</summary>
    public const long CellSlots = 20_000_000;
}

/// <summary>A workbook larger than <see cref="WorkbookLimits"/> allow; the message says which limit and where.</summary>
internal sealed class WorkbookTooLargeException(string message) : Exception(message);
