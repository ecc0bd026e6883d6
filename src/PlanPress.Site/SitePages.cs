using System.Globalization;
using PlanPress.Model;
using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Roles;
using PlanPress.Site.Pages;

namespace PlanPress.Site;

/// <summary>Builds the view model of every page of the site from the resolved plan.</summary>
public sealed class SitePages
{
    private readonly Plan _plan;
    private readonly CultureInfo _culture;
    private readonly SiteInfo _site;
    private readonly YearMonth _asOf;
    private readonly Dictionary<CalendarTask, string> _taskIds = new(ReferenceEqualityComparer.Instance);

    public SitePages(Plan plan, DateOnly asOf)
    {
        _plan = plan;
        _culture = plan.Settings.Culture;
        _asOf = YearMonth.From(asOf);
        foreach (var month in plan.Tasks.GroupBy(t => t.Month))
        {
            // Numbered within the month, so an id stays put when another month's tasks change.
            foreach (var (task, index) in month.Select((t, i) => (t, i + 1)))
            {
                _taskIds[task] = $"task-{month.Key}-{index}";
            }
        }

        var months = plan.Months.Select(MonthLink).ToList();
        var roles = plan.Roles.Select(RoleLink).ToList();
        _site = new SiteInfo(
            plan.Settings.Title,
            plan.Settings.Organisation,
            plan.Settings.Timeframe,
            plan.Settings.Language,
            months,
            roles,
            plan.Months.Contains(_asOf) ? MonthLink(_asOf) : null);
    }

    public static string MonthPath(YearMonth month) => $"months/{month}.html";

    public static string RolePath(Role role) => $"roles/{role.Slug}.html";

    public IEnumerable<PageModel> All()
    {
        yield return Home();
        yield return Year();
        for (var i = 0; i < _plan.Months.Count; i++)
        {
            yield return Month(i);
        }

        foreach (var role in _plan.Roles)
        {
            yield return RolePage(role);
        }
    }

    private HomePage Home()
    {
        var first = _plan.Months.Count > 0 ? _plan.Months[0] : _asOf;
        var last = _plan.Months.Count > 0 ? _plan.Months[^1] : _asOf;
        return new HomePage
        {
            Site = _site,
            Path = "index.html",
            Heading = _plan.Settings.Title,
            MonthAbbreviations = _plan.Months.Select(m => _culture.DateTimeFormat.GetAbbreviatedMonthName(m.Month)).ToList(),
            Phases = _plan.Phases
                .Select(p => new PhaseBar(p.Name, p.First.Name(_culture), p.Last.Name(_culture), p.First.MonthsSince(first) + 1, p.Last.MonthsSince(p.First) + 1))
                .ToList(),
            ThisMonth = _plan.Months.Contains(_asOf) ? Summary(_asOf, _plan.TasksIn(_asOf)) : null,
            OutsidePlan = _asOf < first
                ? $"The plan starts in {first.Name(_culture)}."
                : _asOf > last ? $"The plan ended in {last.Name(_culture)}." : null,
        };
    }

    private YearPage Year() => new()
    {
        Site = _site,
        Path = "year.html",
        Heading = "The year at a glance",
        Months = _plan.Months.Select(m => Summary(m, _plan.TasksIn(m))).ToList(),
    };

    private MonthPage Month(int index)
    {
        var month = _plan.Months[index];
        return new MonthPage
        {
            Site = _site,
            Path = MonthPath(month),
            Heading = month.Name(_culture),
            Month = Summary(month, _plan.TasksIn(month)),
            Previous = index > 0 ? MonthLink(_plan.Months[index - 1]) : null,
            Next = index < _plan.Months.Count - 1 ? MonthLink(_plan.Months[index + 1]) : null,
        };
    }

    private RolePage RolePage(Role role) => new()
    {
        Site = _site,
        Path = RolePath(role),
        Heading = role.Name,
        Responsibilities = role.Responsibilities,
        Aliases = role.Aliases,
        People = role.People,
        Months = _plan.Months
            .Select(m => (Month: m, Tasks: _plan.TasksIn(m).Where(t => t.Roles.Contains(role)).Select(Item).ToList()))
            .Where(m => m.Tasks.Count > 0)
            .Select(m => new MonthSummary(MonthLink(m.Month), PhaseNames(m.Month), [new TaskGroup(role.Name, RoleLink(role), m.Tasks)]))
            .ToList(),
    };

    private MonthSummary Summary(YearMonth month, IEnumerable<CalendarTask> tasks) =>
        new(MonthLink(month), PhaseNames(month), Groups(tasks.ToList()));

    private List<string> PhaseNames(YearMonth month) => _plan.PhasesIn(month).Select(p => p.Name).ToList();

    /// <summary>Tasks by role, in the order of the Roles sheet; then names no role matched; then tasks for no one in particular.</summary>
    private List<TaskGroup> Groups(IReadOnlyList<CalendarTask> tasks)
    {
        var groups = new List<TaskGroup>();
        foreach (var role in _plan.Roles)
        {
            var mine = tasks.Where(t => t.Roles.Contains(role)).Select(Item).ToList();
            if (mine.Count > 0)
            {
                groups.Add(new TaskGroup(role.Name, RoleLink(role), mine));
            }
        }

        foreach (var name in tasks.SelectMany(t => t.UnknownWho).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            groups.Add(new TaskGroup(name, null, tasks.Where(t => t.UnknownWho.Contains(name, StringComparer.OrdinalIgnoreCase)).Select(Item).ToList()));
        }

        var unassigned = tasks.Where(t => t.Roles.Count == 0 && t.UnknownWho.Count == 0).Select(Item).ToList();
        if (unassigned.Count > 0)
        {
            groups.Add(new TaskGroup("Everyone", null, unassigned));
        }

        return groups;
    }

    private TaskItem Item(CalendarTask task) => new(
        _taskIds[task],
        task.Text,
        task.Who,
        task.Roles.Select(RoleLink).ToList(),
        task.Phase,
        CellMarkdown.ToHtml(task.Notes));

    private Link MonthLink(YearMonth month) => new(month.Name(_culture), MonthPath(month));

    private static Link RoleLink(Role role) => new(role.Name, RolePath(role));
}
