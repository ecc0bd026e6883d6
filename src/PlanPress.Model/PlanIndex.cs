using PlanPress.Model.ActionPlans;
using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Improvement;
using PlanPress.Model.Roles;

namespace PlanPress.Model;

/// <summary>What one role or person does: their tasks, benchmarks and activities, in the plan's order.</summary>
public sealed record Work(IReadOnlyList<CalendarTask> Tasks, IReadOnlyList<Benchmark> Benchmarks, IReadOnlyList<Activity> Activities)
{
    public static readonly Work None = new([], [], []);
}

/// <summary>
/// The plan indexed once, by month, role, person, initiative and goal, so that each page is built
/// from its own slice and no page scans the whole plan: the cost of a build grows with the plan,
/// not with its square.
/// </summary>
public sealed class PlanIndex
{
    private readonly Dictionary<YearMonth, List<CalendarTask>> _tasks = [];
    private readonly Dictionary<YearMonth, List<Benchmark>> _benchmarks = [];
    private readonly Dictionary<YearMonth, List<Activity>> _activities = [];
    private readonly Dictionary<Benchmark, Initiative> _initiatives = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Activity, Goal> _goals = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, (List<CalendarTask> Tasks, List<Benchmark> Benchmarks, List<Activity> Activities)> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<CalendarTask> Tasks, List<Benchmark> Benchmarks, List<Activity> Activities)> _people = new(StringComparer.Ordinal);

    public PlanIndex(Plan plan)
    {
        foreach (var task in plan.Tasks)
        {
            Add(_tasks, task.Month, task);
            foreach (var (tasks, _, _) in WorkOf(task.Who))
            {
                tasks.Add(task);
            }
        }

        foreach (var initiative in plan.Initiatives)
        {
            foreach (var benchmark in initiative.Benchmarks)
            {
                _initiatives.TryAdd(benchmark, initiative);
                if (benchmark.Month is { } month)
                {
                    Add(_benchmarks, month, benchmark);
                }

                foreach (var (_, benchmarks, _) in WorkOf(benchmark.Responsible))
                {
                    benchmarks.Add(benchmark);
                }
            }
        }

        foreach (var goal in plan.Goals)
        {
            foreach (var activity in goal.Activities)
            {
                _goals.TryAdd(activity, goal);
                foreach (var month in MonthsDue(activity))
                {
                    Add(_activities, month, activity);
                }

                foreach (var (_, _, activities) in WorkOf(activity.Responsible))
                {
                    activities.Add(activity);
                }
            }
        }
    }

    public IReadOnlyList<CalendarTask> TasksIn(YearMonth month) => _tasks.GetValueOrDefault(month) ?? [];

    public IReadOnlyList<Benchmark> BenchmarksDueIn(YearMonth month) => _benchmarks.GetValueOrDefault(month) ?? [];

    /// <summary>Activities due in a month (recurring and as-needed ones are in every month, and listed apart).</summary>
    public IReadOnlyList<Activity> ActivitiesDueIn(YearMonth month) => _activities.GetValueOrDefault(month) ?? [];

    /// <summary>The months an activity is due or runs in, each once; none for recurring and as-needed ones, which are listed apart.</summary>
    public static IEnumerable<YearMonth> MonthsDue(Activity activity) =>
        activity.Timing.Kind is TimingKind.Due or TimingKind.During ? activity.Timing.Months.Distinct() : [];

    public Initiative InitiativeOf(Benchmark benchmark) => _initiatives[benchmark];

    public Goal GoalOf(Activity activity) => _goals[activity];

    public Work Of(Role role) => _roles.TryGetValue(role.Slug, out var work) ? new Work(work.Tasks, work.Benchmarks, work.Activities) : Work.None;

    public Work Of(Person person) => _people.TryGetValue(person.Slug, out var work) ? new Work(work.Tasks, work.Benchmarks, work.Activities) : Work.None;

    /// <summary>The lists of each role and person an assignment names, each once.</summary>
    private IEnumerable<(List<CalendarTask> Tasks, List<Benchmark> Benchmarks, List<Activity> Activities)> WorkOf(Assignment who) =>
        who.Roles.Select(r => r.Slug).Distinct(StringComparer.Ordinal).Select(slug => Lists(_roles, slug))
            .Concat(who.People.Select(p => p.Slug).Distinct(StringComparer.Ordinal).Select(slug => Lists(_people, slug)));

    private static (List<CalendarTask>, List<Benchmark>, List<Activity>) Lists(
        Dictionary<string, (List<CalendarTask>, List<Benchmark>, List<Activity>)> index, string slug) =>
        index.TryGetValue(slug, out var lists) ? lists : index[slug] = ([], [], []);

    private static void Add<T>(Dictionary<YearMonth, List<T>> index, YearMonth month, T item) =>
        (index.TryGetValue(month, out var list) ? list : index[month] = []).Add(item);
}
