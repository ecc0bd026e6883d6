using System.Globalization;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tables;

/// <summary>
/// Takes a column under a header PlanPress does not know for a required column the header row
/// lacks, by what its cells hold: months for when, the longest text for what, short names that
/// repeat for who. Never silent: each column taken is a note naming its header cell and what it held.
/// </summary>
public static class ColumnGuess
{
    /// <summary>How many rows under the header are looked at.</summary>
    private const int Sampled = 50;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The table with every missing required column taken from the cells, and a note for each; null when one cannot be.</summary>
    public static (FoundTable Table, IReadOnlyList<Diagnostic> Notes)? Complete(FoundTable partial)
    {
        var missing = partial.Shape.RequiredColumns.Where(c => !partial.ColumnIndexes.ContainsKey(c)).OrderBy(c => c.Guess).ToList();
        if (missing.Count == 0 || missing.Any(c => c.Guess is null) || partial.Shape.OneOf.Count > 0)
        {
            return null;
        }

        var sheet = partial.Sheet;
        var header = sheet.Rows[partial.HeaderIndex];
        var width = sheet.Rows.Skip(partial.HeaderIndex).Where(r => !r.IsBlank).Take(Sampled + 1).Max(r => r.Cells.Count);
        var free = Enumerable.Range(0, width).Where(i => !partial.ColumnIndexes.Values.Contains(i)).ToList();
        var indexes = new Dictionary<Column, int>(partial.ColumnIndexes);
        var notes = new List<Diagnostic>();
        foreach (var column in missing)
        {
            if (Take(sheet, partial.HeaderIndex, free, column) is not { } taken)
            {
                return null;
            }

            indexes[column] = taken.Index;
            free.Remove(taken.Index);
            notes.Add(taken.Note);
        }

        return (partial with { ColumnIndexes = indexes }, notes);
    }

    /// <summary>
    /// Of the <paramref name="free"/> columns (a private one never), the one whose cells under the
    /// header fit <paramref name="column"/> best, with the note saying it was taken and why; null when none fits.
    /// </summary>
    public static (int Index, Diagnostic Note)? Take(Sheet sheet, int headerIndex, IEnumerable<int> free, Column column)
    {
        var header = sheet.Rows[headerIndex];
        var rows = sheet.Rows.Skip(headerIndex + 1).Where(r => !r.IsBlank).Take(Sampled).ToList();
        var scored = free
            .Where(i => !PrivateContent.IsPrivateHeader(sheet.Cell(header, i).Text))
            .Select(i => (Index: i, Cells: rows.Select(r => sheet.Cell(r, i)).ToList()))
            .Select(c => (c.Index, c.Cells, Score: Score(column.Guess!.Value, c.Cells)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Index)
            .FirstOrDefault();
        if (scored.Cells is null)
        {
            return null;
        }

        var headerCell = sheet.Cell(header, scored.Index);
        var example = scored.Cells.First(c => !c.IsBlank);
        var headed = headerCell.IsBlank ? "The column with no header" : $"The column headed \"{headerCell.Text.Trim()}\"";
        return (scored.Index, Diagnostic.Note(
            headerCell.Location,
            $"{headed} was taken for {column.Name}, as its cells hold {What(column.Guess!.Value)} ({example.Location.Cell}: \"{example.Text.Trim()}\").",
            $"the header {column.Name} to say so, or a header naming {column.Described}"));
    }

    private static string What(CellGuess guess) => guess switch
    {
        CellGuess.Month => "months",
        CellGuess.Text => "the longest text of the rows",
        _ => "short names that repeat",
    };

    /// <summary>How well a column's cells fit; 0 when they do not.</summary>
    private static double Score(CellGuess guess, List<SourceCell> cells)
    {
        var filled = cells.Where(c => !c.IsBlank).ToList();
        if (filled.Count == 0)
        {
            return 0;
        }

        var months = filled.Count(IsMonth) / (double)filled.Count;
        var length = filled.Average(c => c.Text.Trim().Length);
        return guess switch
        {
            CellGuess.Month => months >= 0.6 ? months : 0,
            CellGuess.Text => months < 0.5 && filled.Count >= cells.Count / 2 ? length : 0,
            _ => months < 0.5 && length <= 40 ? 1 + 1 - (filled.Select(c => c.Text.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() / (double)filled.Count) : 0,
        };
    }

    private static bool IsMonth(SourceCell cell) =>
        cell.Date is not null || MonthText.Read(cell, English, null, null).Month is not null;
}
