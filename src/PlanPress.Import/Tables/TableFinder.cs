using System.Runtime.CompilerServices;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;

namespace PlanPress.Import.Tables;

/// <summary>A table found on a sheet: its header row and which sheet column holds each known column.</summary>
public sealed record FoundTable(Sheet Sheet, TableShape Shape, int HeaderIndex, IReadOnlyDictionary<Column, int> ColumnIndexes)
{
    /// <summary>The rows under the header, blank and private rows skipped.</summary>
    public IEnumerable<SheetRow> DataRows => RowsWithPrivate.Where(r => !r.IsPrivate);

    /// <summary>
    /// The rows under the header, blank rows skipped and private rows kept, for what carries down to
    /// the rows below them. Rows with nothing in the table's own columns say nothing to it: a run of
    /// them (a column filled down past the table) is passed over whole.
    /// </summary>
    public IEnumerable<SheetRow> RowsWithPrivate =>
        (Sheet.Rows is RowStore store ? store.From(HeaderIndex + 1, run => IsBlankIn(run) && !run.IsPrivate) : Sheet.Rows.Skip(HeaderIndex + 1)).Where(r => !r.IsBlank);

    /// <summary>An error for each cell of the table's columns that holds a formula error or a formula with no saved value.</summary>
    public IEnumerable<Diagnostic> Faults() =>
        DataRows.SelectMany(row => ColumnIndexes.Values.Order().Select(column => Sheet.Cell(row, column).FaultDiagnostic())).OfType<Diagnostic>();

    /// <summary>The rows under the header up to (not including) the first row that <paramref name="ends"/> the table, blank rows skipped.</summary>
    public IEnumerable<SheetRow> RowsUntil(Func<SheetRow, bool> ends) => DataRows.TakeWhile(r => !ends(r));

    /// <summary>The row's cells in the table's columns, for telling whether a row says anything.</summary>
    public bool IsBlankIn(SheetRow row) => ColumnIndexes.Keys.All(c => Cell(row, c).IsBlank);

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

    /// <summary>Each row's cells as headers (<see cref="HeaderCells"/>), kept as long as the row is.</summary>
    private static readonly ConditionalWeakTable<SheetRow, (int Column, HeaderText Header)[]> Headers = new();

    /// <summary>What a sheet turned out to be: a table, or nothing (with the reason as a diagnostic).</summary>
    /// <param name="HeaderIndex">The header row taken, also when columns are missing from it.</param>
    public sealed record Recognition(FoundTable? Table, int? HeaderIndex, Diagnostic? Problem)
    {
        /// <summary>Which column was taken for what: a note where it was guessed from the cells, else for --verbose.</summary>
        public IReadOnlyList<Diagnostic> Notes { get; init; } = [];
    }

    /// <param name="language">The plan's own language, whose names of the columns count as English ones do.</param>
    public static Recognition Recognise(Sheet sheet, IReadOnlyList<TableShape> shapes, string language = "en") =>
        Recognise(sheet, shapes, RowsSearched, language);

    /// <summary>
    /// Finds one kind of table anywhere on a sheet (as on a form, where tables sit under their
    /// section labels). The header row of one of its <paramref name="siblings"/> is never taken for
    /// this table with columns missing.
    /// </summary>
    public static Recognition Find(Sheet sheet, TableShape shape, IEnumerable<TableShape> siblings, string language = "en")
    {
        var found = Recognise(sheet, [shape], sheet.Rows.Count, language);
        return found.Problem is { Severity: Severity.Error } && found.HeaderIndex is { } index
            && siblings.Any(other => other != shape && IsHeader(sheet, other, sheet.Rows[index], language))
            ? new Recognition(null, null, null)
            : found;
    }

    /// <summary>Whether a row is the header row of a table of this shape (all its required columns named).</summary>
    public static bool IsHeader(Sheet sheet, TableShape shape, SheetRow row, string language = "en") =>
        shape.IsComplete(Match(sheet, shape, row, 0, language).Table.ColumnIndexes);

    /// <param name="rowsSearched">How many rows from the top the header may be in.</param>
    private static Recognition Recognise(Sheet sheet, IReadOnlyList<TableShape> shapes, int rowsSearched, string language)
    {
        var candidates = shapes
            .SelectMany(shape => sheet.Rows.Take(rowsSearched).Select((row, index) => Match(sheet, shape, row, index, language)))
            .Where(c => c.Table.ColumnIndexes.Count > 0)
            .ToList();

        // The header naming most of a table's columns, weak synonyms ("Timeline", "Description") counting half.
        var complete = candidates
            .Where(c => c.Table.Shape.IsComplete(c.Table.ColumnIndexes))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Table.HeaderIndex)
            .Select(c => c.Table)
            .FirstOrDefault();
        if (complete is not null)
        {
            return Found(complete, guessed: []);
        }

        // A header row naming two of a table's required columns is taken for that table with the rest missing.
        var partial = candidates
            .Select(c => c.Table)
            .Where(c => c.ColumnIndexes.Keys.Count(k => k.Required || c.Shape.OneOf.Contains(k)) >= 2)
            .OrderByDescending(c => c.ColumnIndexes.Count)
            .ThenBy(c => c.HeaderIndex)
            .FirstOrDefault();
        if (partial is not null)
        {
            return ColumnGuess.Complete(partial) is { } guessed
                ? Found(guessed.Table, guessed.Notes)
                : new Recognition(null, partial.HeaderIndex, Missing(partial));
        }

        var expected = string.Join("; ", shapes.Select(s => $"{s.Name}: {s.ColumnNames}"));
        return new Recognition(null, null, Diagnostic.Warning(
            sheet.Location,
            "This sheet was not recognised as any kind of plan table and was skipped.",
            $"a header row with one of these sets of columns — {expected}"));
    }

    /// <summary>A table found, its header's private columns blanked, with which column was taken for what.</summary>
    private static Recognition Found(FoundTable table, IReadOnlyList<Diagnostic> guessed)
    {
        var header = table.Sheet.Rows[table.HeaderIndex];
        var taken = string.Join(", ", table.ColumnIndexes.OrderBy(c => c.Value).Select(c => $"{c.Key.Name} = {CellAddress.ColumnName(c.Value)} (\"{table.Sheet.Cell(header, c.Value).Text.Trim()}\")"));
        return new Recognition(table with { Sheet = PrivateContent.Remove(table.Sheet, row => row.Number == header.Number) }, table.HeaderIndex, null)
        {
            Notes = [.. guessed, Diagnostic.Info(table.Sheet.At(header.Number, table.ColumnIndexes.Values.Min()), $"Read as {Article(table.Shape.Name)} table: {taken}.")],
        };
    }

    /// <summary>"a Calendar", "an Improvement plan".</summary>
    private static string Article(string name) => ("AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;

    /// <summary>The error for a header row that names some of a table's required columns: which are missing, what the row says, and what could be meant.</summary>
    private static Diagnostic Missing(FoundTable partial)
    {
        var sheet = partial.Sheet;
        var row = sheet.Rows[partial.HeaderIndex];
        var missing = partial.Shape.Missing(partial.ColumnIndexes);
        var found = string.Join(", ", partial.ColumnIndexes.Keys.Select(c => c.Name));
        var noun = missing.Count == 1 ? "column" : "columns";
        var cells = row.Cells.Where(c => !c.IsBlank).ToList();
        var unknown = cells.Where(c => !partial.ColumnIndexes.Values.Any(i => sheet.Cell(row, i) == c)).Select(c => $"\"{c.Text.Trim()}\" ({c.Location.Cell})").ToList();
        var reads = string.Join(" | ", cells.Select(c => c.Text.Trim()));
        var hint = unknown.Count > 0
            ? $" Its other headers, {string.Join(", ", unknown)}, are not words PlanPress knows for {string.Join(" or ", missing)}: rename the one that is."
            : string.Empty;
        return Diagnostic.Error(
            cells[0].Location,
            $"This looks like {Article(partial.Shape.Name)} table (found {found}), but the required {noun} {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} missing from its header row, which reads: {reads}.{hint}",
            $"a header row naming {partial.Shape.Described}");
    }

    /// <summary>
    /// A row's cells as headers, worked out once for the many tables a row is tried for (a form's
    /// rows are each tried for every table of the form, several times): each cell's column and words,
    /// leaving out blank cells and the columns a coordinator marks private ("Notes (private)",
    /// "Private contact"), which are never read, so never published. Headers naming a language
    /// ("Task (es)") come last: they are a column's translation beside it, not the column, unless it
    /// stands alone.
    /// </summary>
    private static (int Column, HeaderText Header)[] HeaderCells(SheetRow row) => Headers.GetValue(row, ReadHeaderCells);

    /// <remarks>Loops, not LINQ: LINQ's iterators over these tuples are compiled at run time, on every build.</remarks>
    private static (int Column, HeaderText Header)[] ReadHeaderCells(SheetRow row)
    {
        var named = new List<(int Column, HeaderText Header)>(row.Cells.Count);
        var translations = new List<(int Column, HeaderText Header)>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var text = row.Cells[i].Text;
            if (text.Length > 0 && !PrivateContent.IsPrivateHeader(text))
            {
                (TextCells.LanguageHeader(text) is null ? named : translations).Add((i, HeaderText.Of(text)));
            }
        }

        return [.. named, .. translations];
    }

    /// <summary>A row taken for a table's header, and how strongly it names the table's columns (a usual header 2, a weak synonym 1).</summary>
    /// <remarks>A class, not a tuple: the queries over the candidates then run on code compiled ahead of time.</remarks>
    private sealed record Candidate(FoundTable Table, int Score);

    /// <summary>The shape's columns a row names, and how strongly.</summary>
    private static Candidate Match(Sheet sheet, TableShape shape, SheetRow row, int index, string language)
    {
        var indexes = new Dictionary<Column, int>();
        var score = 0;
        foreach (var (i, header) in HeaderCells(row))
        {
            Column? best = null;
            var strength = 0;
            foreach (var column in shape.Columns.Where(c => !indexes.ContainsKey(c)))
            {
                if (column.Strength(header, language) is var s && s > strength)
                {
                    (best, strength) = (column, s);
                }
            }

            if (best is not null)
            {
                indexes[best] = i;
                score += strength;
            }
        }

        return new Candidate(new FoundTable(sheet, shape, index, indexes), score);
    }
}
