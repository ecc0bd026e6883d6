using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Roles;

namespace PlanPress.Model;

/// <summary>The resolved plan: every month of the program, its phases, roles and tasks.</summary>
public sealed record Plan(
    SiteSettings Settings,
    IReadOnlyList<YearMonth> Months,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<CalendarTask> Tasks)
{
    public IEnumerable<CalendarTask> TasksIn(YearMonth month) => Tasks.Where(t => t.Month == month);

    public IEnumerable<Phase> PhasesIn(YearMonth month) => Phases.Where(p => p.Covers(month));
}

/// <summary>Everything read from the content folder, not yet resolved.</summary>
public sealed record PlanSource(
    SiteSettings Settings,
    IReadOnlyList<CalendarRow> CalendarRows,
    IReadOnlyList<RoleRow> RoleRows);
