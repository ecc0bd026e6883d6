using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;

namespace PlanPress.Model.Calendar;

/// <summary>One task of the mentoring calendar, placed in its month and linked to its roles and people.</summary>
public sealed record CalendarTask(
    YearMonth Month,
    string Phase,
    string Text,
    Assignment Who,
    string Notes,
    SourceLocation Source);

/// <summary>A phase of the program (needs assessment, recruitment, …) and the months it spans.</summary>
public sealed record Phase(string Name, string Slug, YearMonth First, YearMonth Last)
{
    public bool Covers(YearMonth month) => First <= month && month <= Last;
}
