using PlanPress.Model;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Workbooks;

/// <summary>A visible row of a sheet; <see cref="Number"/> is the row number the spreadsheet shows.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<SourceCell> Cells)
{
    public bool IsBlank => Cells.All(c => c.IsBlank);

    /// <summary>Marked private by the coordinator (a mark in a column headed "Private"): nothing in it is published.</summary>
    public bool IsPrivate { get; init; }
}

/// <summary>
/// One visible sheet (or a CSV file) as rows of located cells. Hidden rows are already gone; a row
/// keeps its own number so every cell still names where it is.
/// </summary>
public sealed record Sheet(string File, string? Name, IReadOnlyList<SheetRow> Rows)
{
    public SourceLocation Location => new(File, Name);

    public SourceLocation At(int rowNumber, int column) => new(File, Name, CellAddress.Of(rowNumber, column));

    /// <summary>The cell at a column of a row; cells past the end of a short row are blank.</summary>
    public SourceCell Cell(SheetRow row, int column) =>
        column < row.Cells.Count ? row.Cells[column] : SourceCell.Blank(At(row.Number, column));
}

/// <summary>A1-style cell addresses: column 0 of row 14 is "A14".</summary>
public static class CellAddress
{
    public static string Of(int rowNumber, int column) => ColumnName(column) + rowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The column of an address, "AB12" → 27; -1 past Excel's three letters.</summary>
    public static int ColumnOf(string address)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in address)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
                if (++letters > 3)
                {
                    return -1;
                }
            }
            else
            {
                break;
            }
        }

        return column - 1;
    }

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }
}
