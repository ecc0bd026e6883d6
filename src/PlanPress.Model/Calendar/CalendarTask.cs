using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;

namespace PlanPress.Model.Calendar;

/// <summary>One task of the mentoring calendar, placed in its month and linked to its roles.</summary>
/// <param name="Who">The who text as written, shown beside the task.</param>
/// <param name="UnknownWho">Parts of <paramref name="Who"/> that named no known role.</param>
public sealed record CalendarTask(
    YearMonth Month,
    string Phase,
    string Text,
    string Who,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<string> UnknownWho,
    string Notes,
    SourceLocation Source);

/// <summary>A phase of the program (needs assessment, recruitment, …) and the months it spans.</summary>
public sealed record Phase(string Name, string Slug, YearMonth First, YearMonth Last)
{
    public bool Covers(YearMonth month) => First <= month && month <= Last;
}
