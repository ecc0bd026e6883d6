using System.Text.RegularExpressions;
using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;

namespace PlanPress.Import;

/// <summary>
/// A calendar laid out as a grid, the "year at a glance": tasks down the side, the months of the
/// school year across the top ("Aug" … "Jun", "September", "Sep-25" or date cells), and a mark
/// (X, ✓, ●, a date, a short word) in each month the task happens; or the program's quarters
/// across the top (Q1–Q4, "Quarter 1", "1st Qtr"), a task marked in a quarter falling in its last
/// month. Each mark is a calendar row of that month, with the row's who, phase and notes.
/// </summary>
public sealed partial class GridCalendarSheet : ISheetReader
{
    private const int RowsSearched = 50;

    /// <summary>Past this a month cell holds a sentence, not a mark: said in a warning.</summary>
    private const int LongestMark = 25;

    /// <summary>A month or quarter column: the month a mark in it puts the task in.</summary>
    private sealed record Period(int Column, YearMonth Month, SourceCell Header);

    private sealed record Grid(int HeaderIndex, IReadOnlyList<Period> Periods, IReadOnlyDictionary<Column, int> Columns, IReadOnlyList<Diagnostic> Diagnostics);

    TableShape? ISheetReader.Shape => null;

    public bool Recognises(Sheet sheet, SiteSettings settings) => HeaderIndex(sheet, settings.Culture) is not null;

    public void Read(Sheet sheet, FoundTable? table, SiteSettings settings, SheetRows into)
    {
        var grid = Layout(sheet, HeaderIndex(sheet, settings.Culture)!.Value, settings);
        into.Diagnostics.AddRange(grid.Diagnostics);
        if (grid.Diagnostics.HasErrors())
        {
            return;
        }

        var header = sheet.Rows[grid.HeaderIndex];
        var cleaned = PrivateContent.Remove(sheet, row => row.Number == header.Number);
        SourceCell? phase = null;
        SourceCell Cell(SheetRow row, Column column) =>
            grid.Columns.TryGetValue(column, out var index) ? cleaned.Cell(row, index) : SourceCell.Blank(cleaned.At(row.Number, 0));
        foreach (var row in cleaned.Rows.Skip(grid.HeaderIndex + 1).Where(r => !r.IsBlank))
        {
            var phaseCell = Cell(row, CalendarSheet.Phase);
            phase = phaseCell.IsBlank ? phase : phaseCell;
            if (row.IsPrivate)
            {
                continue;
            }

            var task = Cell(row, CalendarSheet.Task);
            var marks = grid.Periods.Select(p => (Period: p, Mark: cleaned.Cell(row, p.Column))).Where(m => !m.Mark.IsBlank || m.Mark.Fault is not null).ToList();
            if (task.IsBlank)
            {
                if (marks.Count > 0)
                {
                    into.Diagnostics.Add(Diagnostic.Warning(task.Location, "This row has months marked but no task, and was skipped.", "the task in the Task column"));
                }

                continue;
            }

            // A row of one cell naming a part of the year ("Spring term", "Phase 2", merged across the grid), no month marked,
            // heads the phase of the tasks under it; a task whose marks were forgotten stays a task, with its warning.
            if (marks.Count == 0 && row.Cells.Count(c => !c.IsBlank) == 1 && IsSectionName(task.Text))
            {
                phase = task;
                into.Diagnostics.Add(Diagnostic.Note(task.Location, $"Read \"{Excerpt.Of(task.Text)}\" as the phase of the tasks under it: a row of its own with no month marked.", "a Phase column, if it is a task"));
                continue;
            }

            if (marks.Count == 0)
            {
                into.Diagnostics.Add(Diagnostic.Warning(task.Location, $"The task \"{Excerpt.Of(task.Text)}\" has no month marked, so it is on no month's page.", "a mark (X) under each month it happens in"));
                continue;
            }

            foreach (var (period, mark) in marks)
            {
                if (mark.FaultDiagnostic() is { } fault)
                {
                    into.Diagnostics.Add(fault);
                    continue;
                }

                if (mark.Date is null && mark.Text.Trim().Length > LongestMark)
                {
                    into.Diagnostics.Add(Diagnostic.Warning(mark.Location, $"This month cell holds \"{Excerpt.Of(mark.Text)}\", a sentence rather than a mark: it was read as a mark, and its text is not shown.", "a mark (X, ✓) in the month, and the words in the Notes column"));
                }

                var month = new SourceCell(period.Header.Text, mark.Location, period.Month.FirstDay.ToDateTime(TimeOnly.MinValue));
                into.Calendar.Add(new CalendarRow(month, phase ?? phaseCell, task, Cell(row, CalendarSheet.Who), Cell(row, CalendarSheet.Notes)));
            }
        }
    }

    /// <summary>The first row (of the top <see cref="RowsSearched"/>) with three months, or two quarters, across it; null when none has.</summary>
    private static int? HeaderIndex(Sheet sheet, System.Globalization.CultureInfo culture)
    {
        for (var i = 0; i < Math.Min(sheet.Rows.Count, RowsSearched); i++)
        {
            var cells = sheet.Rows[i].Cells;
            if (cells.Count(c => IsMonth(c, culture)) >= 3 || cells.Count(c => Quarter(c.Text) is not null) >= 2)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The grid's month or quarter columns, each read as its month, and its task, who, phase and notes columns.</summary>
    private static Grid Layout(Sheet sheet, int headerIndex, SiteSettings settings)
    {
        var header = sheet.Rows[headerIndex];
        var diagnostics = new List<Diagnostic>();
        var periods = Periods(header, settings, diagnostics);
        var columns = new Dictionary<Column, int>();
        var others = header.Cells.Select((cell, index) => (cell, index))
            .Where(c => !c.cell.IsBlank && periods.All(p => p.Column != c.index) && !PrivateContent.IsPrivateHeader(c.cell.Text))
            .ToList();
        foreach (var column in new[] { CalendarSheet.Task, CalendarSheet.Who, CalendarSheet.Phase, CalendarSheet.Notes })
        {
            if (others.FirstOrDefault(c => !columns.ContainsValue(c.index) && column.Matches(HeaderText.Of(c.cell.Text))) is { cell: not null } found)
            {
                columns[column] = found.index;
            }
        }

        if (!columns.ContainsKey(CalendarSheet.Task))
        {
            // The task column is taken from what its cells hold, left of the months: said in a note.
            var left = Enumerable.Range(0, periods.Count > 0 ? periods.Min(p => p.Column) : 0).Where(i => !columns.ContainsValue(i));
            if (ColumnGuess.Take(sheet, headerIndex, left, CalendarSheet.Task) is not { } task)
            {
                diagnostics.Add(Diagnostic.Error(header.Cells.First(c => !c.IsBlank).Location, "This sheet has months across its top but no column of tasks beside them.", $"a column headed {CalendarSheet.Task.Described}, left of the months"));
                return new Grid(headerIndex, periods, columns, diagnostics);
            }

            columns[CalendarSheet.Task] = task.Index;
            diagnostics.Add(task.Note);
        }

        var taken = string.Join(", ", columns.OrderBy(c => c.Value).Select(c => $"{c.Key.Name} = {CellAddress.ColumnName(c.Value)}"));
        diagnostics.Add(Diagnostic.Info(header.Cells.First(c => !c.IsBlank).Location, $"Read as a grid calendar: {taken}; {string.Join(", ", periods.Select(p => $"{p.Month} = {CellAddress.ColumnName(p.Column)}"))}."));
        return new Grid(headerIndex, periods, columns, diagnostics);
    }

    /// <summary>
    /// The month of each month or quarter header: a month with its year as written; a month without
    /// one as the next such month after the column before it, the first the one nearest the program's
    /// start; a quarter as its last month, counted from the program's start.
    /// </summary>
    private static List<Period> Periods(SheetRow header, SiteSettings settings, List<Diagnostic> diagnostics)
    {
        var culture = settings.Culture;
        var start = settings.ProgramStart;
        var months = header.Cells.Where(c => IsMonth(c, culture)).ToList();
        var periods = new List<Period>();
        if (months.Count >= 3)
        {
            YearMonth? previous = null;
            foreach (var cell in months)
            {
                var read = MonthText.Read(cell, culture, null, null).Month
                    ?? (previous is { } before ? MonthText.Read(cell, culture, null, before.AddMonths(1)).Month : Nearest(cell, culture, start));
                if (read is not { } month)
                {
                    diagnostics.Add(Diagnostic.Error(cell.Location, $"The month \"{cell.Text.Trim()}\" has no year, and site.yml has no program_start to count the school year from.", "program_start in site.yml (program_start: September 2025), or the months written with their years (Sep-25)"));
                    return [];
                }

                periods.Add(new Period(ColumnOf(cell), month, cell));
                previous = month;
            }

            return periods;
        }

        foreach (var cell in header.Cells.Where(c => Quarter(c.Text) is not null))
        {
            if (start is not { } first)
            {
                diagnostics.Add(Diagnostic.Error(cell.Location, $"The quarter \"{cell.Text.Trim()}\" is counted from the program's start, and site.yml has no program_start.", "program_start in site.yml (program_start: September 2025)"));
                return [];
            }

            // A school year's quarter ends within it (its fourth in May or June), as the timelines' quarters do.
            periods.Add(new Period(ColumnOf(cell), new Model.Dates.ProgramYear(first).EndOf(Quarter(cell.Text)!.Value, 4), cell));
        }

        return periods;
    }

    /// <summary>A month named without its year, in the year that puts it nearest the program's start (August before a September start, not eleven months after it).</summary>
    private static YearMonth? Nearest(SourceCell cell, System.Globalization.CultureInfo culture, YearMonth? start) =>
        start is { } first && MonthText.Read(cell, culture, null, first.AddMonths(-5)).Month is { } month ? month : null;

    private static int ColumnOf(SourceCell cell) => CellAddress.ColumnOf(cell.Location.Cell!);

    /// <summary>A header that names a month: a date cell, a month with its year ("Sep-25", "September 2025"), or a month's name ("Aug", "septiembre").</summary>
    private static bool IsMonth(SourceCell cell, System.Globalization.CultureInfo culture) =>
        cell.Date is not null
        || (cell.Text.Length is > 0 and <= 20 && (MonthText.MonthOfName(cell.Text, culture) is not null || (YearWritten().IsMatch(cell.Text) && MonthText.Read(cell, culture, null, null).Month is not null)));

    /// <summary>The quarter a header names ("Q2", "Quarter 2", "2nd Qtr", "Qtr 2"), 1–4; null for any other text.</summary>
    private static int? Quarter(string text) =>
        QuarterHeader().Match(Fold.Words(text)) is { Success: true } match ? match.Groups["n"].Value[0] - '0' : null;

    [GeneratedRegex(@"\d{2,4}")]
    private static partial Regex YearWritten();

    [GeneratedRegex(@"^(?:q\s*(?<n>[1-4])|quarter\s*(?<n>[1-4])|qtr\s*(?<n>[1-4])|(?<n>[1-4])(?:st|nd|rd|th)?\s*(?:qtr|quarter))$")]
    private static partial Regex QuarterHeader();

    /// <summary>A few words naming a part of the year or of the program: "Spring term", "Phase 2: Matching", "Primer trimestre".</summary>
    private static bool IsSectionName(string text) =>
        Model.Text.Fold.Words(text).Split(' ') is { Length: <= 5 } words && words.Any(SectionWords.Contains);

    private static readonly HashSet<string> SectionWords = new(StringComparer.Ordinal)
    {
        "term", "semester", "trimester", "quarter", "phase", "stage", "fall", "autumn", "spring", "winter", "summer", "unit", "period",
        "fase", "etapa", "trimestre", "semestre", "otono", "invierno", "primavera", "verano", "periodo", "bloque",
    };
}
