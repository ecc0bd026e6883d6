using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Calendar;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import;

/// <summary>
/// The mentoring calendar: one row per task with its month, phase, task, who and notes. A month or
/// phase cell left blank, or merged down over its rows, means the same as the row above.
/// </summary>
public sealed class CalendarSheet : ISheetReader
{
    public static readonly Column Month = new("Month", true, ["Month", "When", "Date", "Month/Year", "Month and Year", "Scheduled", "Schedule"])
    {
        Weak = ["Timeline", "Time Line", "Timeframe", "Time Frame", "Due", "Due Date", "Date Due", "Deadline", "Target Date", "By When", "Completion Date", "Period", .. DateColumns.Start],
        Guess = CellGuess.Month,
    };

    public static readonly Column Phase = new("Phase", false, ["Phase", "Stage", "Focus", "Focus Area", "Strand", "Program Phase", "Phase/Stage"]) { Translatable = true };

    public static readonly Column Task = new("Task", true, ["Task", "Tasks", "What", "Activity", "Activities", "Action Step", "Action Steps", "Action", "Actions", "Action Item", "Action Items", "Task Description", "To Do", "To-Do", "Checklist Item", "What to Do"])
    {
        Weak = ["Item", "Items", "Step", "Steps", "Description", "Event", "Events"],
        Guess = CellGuess.Text,
        Translatable = true,
    };

    public static readonly Column Who = new("Who", true, ["Who", "Role", "Roles", "Responsible", "Person Responsible", "Persons Responsible", "People Responsible", "Responsible Person", "Responsible Party", "Responsibility", "Owner", "Owners", "Led By", "Assigned To", "Assignee", "Point Person", "Point of Contact", "Staff Responsible", "By Whom", "Accountable"])
    {
        Weak = ["Lead", "Leads", "Person"],
        Guess = CellGuess.Name,
    };

    public static readonly Column Notes = new("Notes", false, ["Notes", "Note", "Comments", "Comment", "Remarks", "Details", "Notes/Comments", "Additional Notes"]) { Translatable = true };

    /// <summary>A last day beside the month or start date ("End Date"): the task spans from one to the other. A date alone ("Complete By") is the month's.</summary>
    public static readonly Column End = new("End", false, ["End", "End Date", "Ends", "Finish Date", "Until"]);

    public static readonly TableShape Shape = new("Calendar", [Month, Phase, Task, Who, Notes, End]);

    TableShape? ISheetReader.Shape => Shape;

    void ISheetReader.Read(Sheet sheet, FoundTable? table, SiteSettings settings, SheetRows into)
    {
        var (rows, problems) = Read(table!, settings.Culture);
        into.Calendar.AddRange(rows);
        into.Diagnostics.AddRange(problems);
    }


    /// <param name="culture">The plan's language, in which a month-only row ("octubre de 2023") is a month, not a section.</param>
    public static (IReadOnlyList<CalendarRow> Rows, IReadOnlyList<Diagnostic> Diagnostics) Read(FoundTable table, System.Globalization.CultureInfo culture)
    {
        var rows = new List<CalendarRow>();
        var diagnostics = new List<Diagnostic>();
        SourceCell? month = null;
        SourceCell? phase = null;
        (SourceLocation Location, int Tasks)? withoutMonth = null;
        foreach (var row in table.RowsWithPrivate)
        {
            // A row whose only words are in the month column and name no single month ("Spring term",
            // merged across the table) heads a phase: the tasks under it are in it. Its words still date
            // the tasks under it that have no month of their own ("Fall 2025").
            if (!row.IsPrivate && Section(table, row, culture) is { } section)
            {
                (phase, month) = (section, section);
                diagnostics.Add(Diagnostic.Note(section.Location, $"Read \"{section.Text.Trim()}\" as the phase of the tasks under it: a row of its own that names no single month.", "a Phase column, if it is not a phase"));
                continue;
            }

            // A private row's month still carries down to the rows under it, as it does in the spreadsheet.
            var monthCell = DateColumns.Timeline(SourceCell.Blank(table.Cell(row, Month).Location), table.Cell(row, Month), table.Cell(row, End));
            var phaseCell = table.Cell(row, Phase);
            month = monthCell.IsBlank ? month : monthCell;
            phase = phaseCell.IsBlank ? phase : phaseCell;
            if (row.IsPrivate)
            {
                continue;
            }

            var task = table.Cell(row, Task);
            if (task.IsBlank)
            {
                var who = table.Cell(row, Who);
                var notes = table.Cell(row, Notes);
                if (!who.IsBlank || !notes.IsBlank)
                {
                    diagnostics.Add(Diagnostic.Warning(task.Location, "This row has no task text and was skipped.", "the task in the Task column"));
                }

                continue;
            }

            if (month is null)
            {
                // Every task under the first without a month lacks one for the same reason: said once, with how many.
                withoutMonth = withoutMonth is { } first ? first with { Tasks = first.Tasks + 1 } : (monthCell.Location, 1);
                continue;
            }

            rows.Add(new CalendarRow(month, phase ?? phaseCell, task, table.Cell(row, Who), table.Cell(row, Notes)));
        }

        if (withoutMonth is { } none)
        {
            var more = none.Tasks > 1 ? $" The {none.Tasks - 1:N0} tasks under it up to the first month have none either." : string.Empty;
            diagnostics.Insert(0, Diagnostic.Error(none.Location, "This task has no month, and there is no month above it." + more, "the month in the Month column of the first task"));
        }

        return (rows, diagnostics);
    }

    /// <summary>The month cell of a section row: the only filled cell of the row, no date, and words that name no time within one month ("Month 3", "Week of Oct 6" are months).</summary>
    private static SourceCell? Section(FoundTable table, SheetRow row, System.Globalization.CultureInfo culture)
    {
        var filled = table.ColumnIndexes.Values.Select(i => table.Sheet.Cell(row, i)).Where(c => !c.IsBlank).ToList();
        var anyYear = new Model.Dates.YearMonth(2000, 1);
        return filled is [{ Date: null } only] && only.Location == table.Cell(row, Month).Location
            && Model.Dates.MonthText.Read(only, culture, anyYear, anyYear).Month is null
            && !(Model.Dates.DatePhrase.Read(only.Text, culture, anyYear) is { Kind: Model.Dates.SpanKind.Dated } month && month.First == month.Last)
            ? only
            : null;
    }
}
