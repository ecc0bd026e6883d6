using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;

namespace PlanPress.Model.Calendar;

/// <summary>One task of the mentoring calendar, placed in its month and linked to its roles and people.</summary>
/// <param name="Id">"task-2023-10-2": numbered within its month, so it stays put when another month's tasks change.</param>
public sealed record CalendarTask(
    string Id,
    YearMonth Month,
    string Phase,
    string Text,
    Assignment Who,
    string Notes,
    SourceLocation Source)
{
    /// <summary>
    /// When in its month, or across months, the row's date named it ("Oct 6–10", "Fall 2025"); null
    /// for a whole month. A task spanning months is on each month's page, one task per month. For a
    /// task with no time yet ("TBD", "ongoing") it is the span's kind, and the task is in <see cref="Plan.Undated"/>.
    /// </summary>
    public DateSpan? When { get; init; }
}

/// <summary>A phase of the program (needs assessment, recruitment, …) and the months it spans.</summary>
public sealed record Phase(string Name, string Slug, YearMonth First, YearMonth Last)
{
    public bool Covers(YearMonth month) => First <= month && month <= Last;
}
