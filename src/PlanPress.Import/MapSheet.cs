using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Pairs;
using PlanPress.Model.Text;

namespace PlanPress.Import;

/// <summary>
/// A pair's Mentoring Action Plan (seed 003): a table of Section, Item and When, either one sheet
/// per pair (their names beside "Mentor" and "Protégé" labels above the table) or one table for
/// every pair with a Pair column. A Section or Pair cell left blank means the same as the row
/// above, so a section may head its rows once. Personal: read for the pairs' booklets only.
/// </summary>
public sealed class MapSheet : ISheetReader
{
    public static readonly Column Section = new("Section", true, ["Section", "MAP Section", "Part", "Component", "Heading"]);
    public static readonly Column Item = new("Item", true, ["Item", "Entry", "Details", "Detail", "Description", "What", "Content"]);
    public static readonly Column When = new("When", false, ["When", "Timeline", "Date", "Deadline", "By When", "Frequency", "Due"]);
    public static readonly Column Pair = new("Pair", false, ["Pair", "Mentor Pair", "Mentor and Protégé", "Mentor & Protégé", "Mentor/Protégé", "Pairing"]);

    public static readonly TableShape Shape = new("Mentoring Action Plan", [Section, Item, When, Pair]);

    TableShape? ISheetReader.Shape => Shape;

    void ISheetReader.Read(Sheet sheet, FoundTable? table, SiteSettings settings, SheetRows into)
    {
        var (rows, problems) = Read(table!);
        into.Map.AddRange(rows);
        into.Diagnostics.AddRange(problems);
    }


    /// <summary>The labels above a one-pair sheet's table whose values name the pair.</summary>
    private static readonly string[] PairLabels = ["Mentor", "Protégé", "Protege", "Mentee", "Pair", "Mentor Pair", "Mentor and Protégé"];

    public static (IReadOnlyList<MapRow> Rows, IReadOnlyList<Diagnostic> Diagnostics) Read(FoundTable table)
    {
        var sheetPair = table.ColumnIndexes.ContainsKey(Pair) ? null : LabelledPair(table);
        if (sheetPair is { Count: 0 })
        {
            var header = table.Sheet.Rows[table.HeaderIndex];
            return ([], [Diagnostic.Error(
                table.Sheet.At(header.Number, 0),
                "This Mentoring Action Plan does not say whose it is.",
                "a Pair column, or the labels Mentor and Protégé above the table with the pair's names beside them")]);
        }

        var rows = new List<MapRow>();
        SourceCell? section = null;
        SourceCell? pair = null;
        foreach (var row in table.RowsWithPrivate)
        {
            var sectionCell = table.Cell(row, Section);
            var pairCell = table.Cell(row, Pair);
            section = sectionCell.IsBlank ? section : sectionCell;
            pair = pairCell.IsBlank ? pair : pairCell;
            var item = table.Cell(row, Item);
            if (row.IsPrivate || item.IsBlank || item.Text.TrimStart().StartsWith("Example:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            rows.Add(new MapRow(sheetPair ?? [pair ?? pairCell], section ?? sectionCell, item, table.Cell(row, When)));
        }

        return (rows, []);
    }

    /// <summary>The values beside the pair labels above the table ("Mentor: Dana Whitfield").</summary>
    private static List<SourceCell> LabelledPair(FoundTable table)
    {
        var values = new List<SourceCell>();
        foreach (var row in table.Sheet.Rows.Take(table.HeaderIndex))
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (PairLabels.Any(label => Fold.Words(row.Cells[c].Text) == Fold.Words(label))
                    && row.Cells.Skip(c + 1).FirstOrDefault(v => !v.IsBlank) is { } value)
                {
                    values.Add(value);
                }
            }
        }

        return values;
    }
}
