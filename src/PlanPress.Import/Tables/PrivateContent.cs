using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Text;

namespace PlanPress.Import.Tables;

/// <summary>
/// What a coordinator marks private on a sheet: a column whose header says private ("Private
/// notes", "Notes (private)") is blanked below its header, so no path (a table column, a footnote,
/// a label's value) can read it; and a column headed just "Private" marks the rows with anything
/// in it ("x", "yes") as private rows, which no table reads.
/// </summary>
public static class PrivateContent
{
    /// <summary>A mark that says "not private", in English or Spanish ("falso", "público"); any other mark ("x", "yes", "sí") says it is.</summary>
    private static readonly string[] NotMarked = ["no", "n", "false", "0", "public", "falso", "publico", "publica"];

    /// <summary>The words that make a column private ("Notes (private)", "Privado", "Confidencial").</summary>
    private static readonly string[] PrivateWords = ["private", "privado", "privada", "confidencial", "confidential"];

    public static bool IsPrivateHeader(string header) => Fold.Words(header).Split(' ').Any(PrivateWords.Contains);

    /// <summary>The sheet with the private columns under each header row blanked and its private rows marked.</summary>
    public static Sheet Remove(Sheet sheet, Func<SheetRow, bool> isHeader)
    {
        HashSet<int> blanked = [];
        int? flag = null;
        var rows = new RowStore();
        var changed = false;
        foreach (var row in sheet.Rows)
        {
            if (isHeader(row))
            {
                blanked = row.Cells.Select((cell, column) => (cell, column)).Where(c => IsPrivateHeader(c.cell.Text)).Select(c => c.column).ToHashSet();
                flag = blanked.Where(c => Fold.Words(row.Cells[c].Text) == "private").Cast<int?>().FirstOrDefault();
                rows.Add(row);
                continue;
            }

            if (blanked.Count == 0 || !row.Cells.Where((_, column) => blanked.Contains(column)).Any(c => !c.IsBlank))
            {
                rows.Add(row);
                continue;
            }

            changed = true;
            var isPrivate = flag is { } f && f < row.Cells.Count && IsMarked(row.Cells[f]);
            var cells = row.Cells.Select((cell, column) => blanked.Contains(column) ? SourceCell.Blank(cell.Location) : cell).ToList();
            rows.Add(new SheetRow(row.Number, cells) { IsPrivate = isPrivate || row.IsPrivate });
        }

        return changed ? sheet with { Rows = rows } : sheet;
    }

    private static bool IsMarked(SourceCell cell) =>
        !cell.IsBlank && !NotMarked.Contains(Fold.Words(cell.Text));
}
