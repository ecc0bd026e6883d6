using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tables;

/// <summary>A table found on a sheet: its header row and which sheet column holds each known column.</summary>
public sealed record FoundTable(Sheet Sheet, TableShape Shape, int HeaderIndex, IReadOnlyDictionary<Column, int> ColumnIndexes)
{
    /// <summary>The rows under the header, blank rows skipped.</summary>
    public IEnumerable<SheetRow> DataRows => Sheet.Rows.Skip(HeaderIndex + 1).Where(r => !r.IsBlank);

    /// <summary>The row's cell in a column; blank when the table has no such column.</summary>
    public SourceCell Cell(SheetRow row, Column column) =>
        ColumnIndexes.TryGetValue(column, out var index)
            ? Sheet.Cell(row, index)
            : SourceCell.Blank(Sheet.At(row.Number, 0));
}

/// <summary>
/// Recognises a sheet by its header row, wherever it sits: title rows above, blank columns before,
/// extra columns beside, headers in any case, spacing or punctuation, and their usual synonyms.
/// </summary>
public static class TableFinder
{
    private const int RowsSearched = 50;

    /// <summary>What a sheet turned out to be: a table, or nothing (with the reason as a diagnostic).</summary>
    public sealed record Recognition(FoundTable? Table, Diagnostic? Problem);

    public static Recognition Recognise(Sheet sheet, IReadOnlyList<TableShape> shapes)
    {
        var candidates = shapes
            .SelectMany(shape => sheet.Rows.Take(RowsSearched).Select((row, index) => Match(sheet, shape, row, index)))
            .Where(c => c.ColumnIndexes.Count > 0)
            .ToList();

        var complete = candidates
            .Where(c => c.Shape.RequiredColumns.All(c.ColumnIndexes.ContainsKey) && c.ColumnIndexes.Count >= 2)
            .OrderByDescending(c => c.ColumnIndexes.Count)
            .ThenBy(c => c.HeaderIndex)
            .FirstOrDefault();
        if (complete is not null)
        {
            return new Recognition(complete, null);
        }

        var partial = candidates
            .Where(c => c.ColumnIndexes.Count >= 2 && c.ColumnIndexes.Keys.Any(k => k.Required))
            .OrderByDescending(c => c.ColumnIndexes.Count)
            .ThenBy(c => c.HeaderIndex)
            .FirstOrDefault();
        if (partial is not null)
        {
            var row = sheet.Rows[partial.HeaderIndex];
            var missing = partial.Shape.RequiredColumns.Where(c => !partial.ColumnIndexes.ContainsKey(c)).ToList();
            var found = string.Join(", ", partial.ColumnIndexes.Keys.Select(c => c.Name));
            var noun = missing.Count == 1 ? "column" : "columns";
            return new Recognition(null, Diagnostic.Error(
                sheet.At(row.Number, partial.ColumnIndexes.Values.Min()),
                $"This looks like a {partial.Shape.Name} table (found {found}), but the required {noun} {string.Join(" and ", missing.Select(c => c.Name))} {(missing.Count == 1 ? "is" : "are")} missing from its header row.",
                $"a header row naming {string.Join("; ", partial.Shape.RequiredColumns.Select(c => c.Described))}"));
        }

        var expected = string.Join("; ", shapes.Select(s => $"{s.Name}: {s.ColumnNames}"));
        return new Recognition(null, Diagnostic.Warning(
            sheet.Location,
            "This sheet was not recognised as any kind of plan table and was skipped.",
            $"a header row with one of these sets of columns — {expected}"));
    }

    private static FoundTable Match(Sheet sheet, TableShape shape, SheetRow row, int index)
    {
        var indexes = new Dictionary<Column, int>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var column = shape.Columns.FirstOrDefault(c => !indexes.ContainsKey(c) && c.Matches(row.Cells[i].Text));
            if (column is not null)
            {
                indexes[column] = i;
            }
        }

        return new FoundTable(sheet, shape, index, indexes);
    }
}
