using System.Globalization;
using PlanPress.Model;

namespace PlanPress.Import.Tables;

/// <summary>
/// Start and end date columns, as the usual US improvement plan and many calendars keep a step's
/// dates ("Begin" | "Complete By"): read as one date phrase, "start – end", where there is no
/// single timeline cell.
/// </summary>
public static class DateColumns
{
    public static readonly string[] Start = ["Start", "Start Date", "Begin", "Begin Date", "Beginning", "Starts", "Date Started", "Start Month", "Begins", "Initiation Date"];

    public static readonly string[] End = ["End", "End Date", "Complete By", "Completed By", "Completion Date", "Finish", "Finish Date", "Date Completed", "Target Completion", "Target Completion Date", "Ends", "To Be Completed By"];

    /// <summary>The timeline cell when it has words; else the start and end cells read as one range, at the start's place; else whichever is filled.</summary>
    public static SourceCell Timeline(SourceCell timeline, SourceCell start, SourceCell end) =>
        !timeline.IsBlank ? timeline
        : start.IsBlank ? end
        : end.IsBlank ? start
        : new SourceCell($"{Text(start)} – {Text(end)}", start.Location);

    /// <summary>A date cell as an unambiguous day (2025-09-01), words as written.</summary>
    private static string Text(SourceCell cell) =>
        cell.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : cell.Text.Trim();
}
