using PlanPress.Model.ActionPlans;
using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Roles;

namespace PlanPress.Model;

/// <summary>The resolved plan: every month of the program, its phases, roles, people, tasks and initiatives.</summary>
public sealed record Plan(
    SiteSettings Settings,
    IReadOnlyList<YearMonth> Months,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Person> People,
    IReadOnlyList<CalendarTask> Tasks,
    IReadOnlyList<Initiative> Initiatives)
{
    public IEnumerable<Benchmark> Benchmarks => Initiatives.SelectMany(i => i.Benchmarks);

    public IEnumerable<CalendarTask> TasksIn(YearMonth month) => Tasks.Where(t => t.Month == month);

    public IEnumerable<Benchmark> BenchmarksDueIn(YearMonth month) => Benchmarks.Where(b => b.Month == month);

    public Initiative InitiativeOf(Benchmark benchmark) => Initiatives.First(i => i.Benchmarks.Contains(benchmark));

    public IEnumerable<Phase> PhasesIn(YearMonth month) => Phases.Where(p => p.Covers(month));
}

/// <summary>Everything read from the content folder, not yet resolved.</summary>
public sealed record PlanSource(
    SiteSettings Settings,
    IReadOnlyList<CalendarRow> CalendarRows,
    IReadOnlyList<RoleRow> RoleRows,
    IReadOnlyList<InitiativeSource> Initiatives);
