using System.Collections;
using PlanPress.Model;

namespace PlanPress.Import.Workbooks;

/// <summary>
/// A sheet's rows as they are read, a run of rows alike kept as its first: a "Done?" column filled
/// down a million rows past the table, or rows that are only formatted, cost one row of memory,
/// not a million. Each row of a run is made again, at its own number, when it is asked for.
/// </summary>
public sealed class RowStore : IReadOnlyList<SheetRow>
{
    private readonly List<SheetRow> _firsts = [];
    private readonly List<int> _starts = [];
    private readonly List<int> _lengths = [];

    public int Count { get; private set; }

    /// <summary>The rows kept apart, a run counting once: what the sheet costs in memory.</summary>
    public int Stored => _firsts.Count;

    /// <summary>Adds the next row, below the last: into the last run when it is the next row and alike.</summary>
    public void Add(SheetRow row)
    {
        if (_firsts.Count > 0 && row.Number == _firsts[^1].Number + _lengths[^1] && Alike(_firsts[^1], row))
        {
            _lengths[^1]++;
            Count++;
            return;
        }

        _firsts.Add(row);
        _starts.Add(Count);
        _lengths.Add(1);
        Count++;
    }

    /// <summary>
    /// The rows from <paramref name="start"/> on, each run of rows alike left out whole where
    /// <paramref name="skip"/> holds for its first (and so for every row of it): a million rows of a
    /// column filled down past a table cost one look, not a million rows made.
    /// </summary>
    public IEnumerable<SheetRow> From(int start, Func<SheetRow, bool> skip)
    {
        var run = Math.Max(0, _starts.BinarySearch(start) is var found && found >= 0 ? found : ~found - 1);
        for (; run < _firsts.Count; run++)
        {
            var first = _firsts[run];
            if (skip(first))
            {
                continue;
            }

            for (var offset = Math.Max(0, start - _starts[run]); offset < _lengths[run]; offset++)
            {
                yield return offset == 0 ? first : At(first, first.Number + offset);
            }
        }
    }

    public SheetRow this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var run = _starts.BinarySearch(index);
            run = run >= 0 ? run : ~run - 1;
            var first = _firsts[run];
            var offset = index - _starts[run];
            return offset == 0 ? first : At(first, first.Number + offset);
        }
    }

    public IEnumerator<SheetRow> GetEnumerator()
    {
        for (var run = 0; run < _firsts.Count; run++)
        {
            yield return _firsts[run];
            for (var offset = 1; offset < _lengths[run]; offset++)
            {
                yield return At(_firsts[run], _firsts[run].Number + offset);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The same cells, one row number to another: each cell's address moved with it.</summary>
    private static SheetRow At(SheetRow row, int number) =>
        new(number, row.Cells.Select((cell, column) => cell with { Location = cell.Location with { Cell = CellAddress.Of(number, column) } }).ToList()) { IsPrivate = row.IsPrivate };

    /// <summary>The same values (text, date, fault) in the same columns, and the same privacy.</summary>
    private static bool Alike(SheetRow a, SheetRow b)
    {
        if (a.Cells.Count != b.Cells.Count || a.IsPrivate != b.IsPrivate)
        {
            return false;
        }

        for (var i = 0; i < a.Cells.Count; i++)
        {
            if (!Same(a.Cells[i], b.Cells[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(SourceCell a, SourceCell b) =>
        a.Text == b.Text && a.Date == b.Date && a.Fault == b.Fault;
}
