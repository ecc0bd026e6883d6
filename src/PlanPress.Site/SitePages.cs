using System.Globalization;
using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Roles;
using PlanPress.Site.Pages;

namespace PlanPress.Site;

/// <summary>Builds the view model of every page of the site from the resolved plan.</summary>
public sealed class SitePages
{
    public const string ActionPlanPath = "action-plan.html";

    private readonly Plan _plan;
    private readonly CultureInfo _culture;
    private readonly SiteInfo _site;
    private readonly DateOnly _asOf;
    private readonly YearMonth _asOfMonth;
    private readonly Dictionary<CalendarTask, string> _taskIds = new(ReferenceEqualityComparer.Instance);

    public SitePages(Plan plan, DateOnly asOf)
    {
        _plan = plan;
        _culture = plan.Settings.Culture;
        _asOf = asOf;
        _asOfMonth = YearMonth.From(asOf);
        foreach (var month in plan.Tasks.GroupBy(t => t.Month))
        {
            // Numbered within the month, so an id stays put when another month's tasks change.
            foreach (var (task, index) in month.Select((t, i) => (t, i + 1)))
            {
                _taskIds[task] = $"task-{month.Key}-{index}";
            }
        }

        _site = new SiteInfo(
            plan.Settings.Title,
            plan.Settings.Organisation,
            plan.Settings.Timeframe,
            plan.Settings.Language,
            plan.Months.Select(MonthLink).ToList(),
            plan.Roles.Select(RoleLink).ToList(),
            plan.Months.Contains(_asOfMonth) ? MonthLink(_asOfMonth) : null,
            plan.Initiatives.Count > 0);
    }

    public static string MonthPath(YearMonth month) => $"months/{month}.html";

    public static string RolePath(Role role) => $"roles/{role.Slug}.html";

    public static string PersonPath(Person person) => $"people/{person.Slug}.html";

    public static string InitiativePath(Initiative initiative) => $"initiatives/{initiative.Slug}.html";

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

        foreach (var person in _plan.People)
        {
            yield return PersonPage(person);
        }

        if (_plan.Initiatives.Count > 0)
        {
            yield return ActionPlan();
            foreach (var initiative in _plan.Initiatives)
            {
                yield return InitiativePage(initiative);
            }
        }
    }

    private HomePage Home()
    {
        var first = _plan.Months.Count > 0 ? _plan.Months[0] : _asOfMonth;
        var last = _plan.Months.Count > 0 ? _plan.Months[^1] : _asOfMonth;
        return new HomePage
        {
            Site = _site,
            Path = "index.html",
            Heading = _plan.Settings.Title,
            MonthAbbreviations = _plan.Months.Select(m => _culture.DateTimeFormat.GetAbbreviatedMonthName(m.Month)).ToList(),
            Phases = _plan.Phases
                .Select(p => new PhaseBar(p.Name, p.First.Name(_culture), p.Last.Name(_culture), p.First.MonthsSince(first) + 1, p.Last.MonthsSince(p.First) + 1))
                .ToList(),
            ThisMonth = _plan.Months.Contains(_asOfMonth) ? Summary(_asOfMonth) : null,
            OutsidePlan = _asOfMonth < first
                ? $"The plan starts in {first.Name(_culture)}."
                : _asOfMonth > last ? $"The plan ended in {last.Name(_culture)}." : null,
            Progress = ProgressRows(),
        };
    }

    private YearPage Year() => new()
    {
        Site = _site,
        Path = "year.html",
        Heading = "The year at a glance",
        Months = _plan.Months.Select(Summary).ToList(),
    };

    private MonthPage Month(int index)
    {
        var month = _plan.Months[index];
        return new MonthPage
        {
            Site = _site,
            Path = MonthPath(month),
            Heading = month.Name(_culture),
            Month = Summary(month),
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
        Related = _plan.People.Where(p => p.Roles.Contains(role)).Select(PersonLink).ToList(),
        RelatedLabel = "People",
        Months = MonthsOf(a => a.Names(role), role.Name, RoleLink(role)),
        Benchmarks = _plan.Benchmarks.Where(b => b.Responsible.Names(role)).Select(Item).ToList(),
    };

    private RolePage PersonPage(Person person) => new()
    {
        Site = _site,
        Path = PersonPath(person),
        Heading = person.Name,
        Responsibilities = string.Empty,
        Aliases = [],
        Related = person.Roles.Select(RoleLink).ToList(),
        RelatedLabel = "Roles",
        Months = MonthsOf(a => a.Names(person), person.Name, PersonLink(person)),
        Benchmarks = _plan.Benchmarks.Where(b => b.Responsible.Names(person)).Select(Item).ToList(),
    };

    /// <summary>The months in which someone has tasks, each with just their tasks.</summary>
    private List<MonthSummary> MonthsOf(Func<Assignment, bool> mine, string heading, Link link) =>
        _plan.Months
            .Select(m => (Month: m, Tasks: _plan.TasksIn(m).Where(t => mine(t.Who)).Select(Item).ToList()))
            .Where(m => m.Tasks.Count > 0)
            .Select(m => new MonthSummary(MonthLink(m.Month), PhaseNames(m.Month), [new Group<TaskItem>(heading, link, m.Tasks)], []))
            .ToList();

    private ActionPlanPage ActionPlan() => new()
    {
        Site = _site,
        Path = ActionPlanPath,
        Heading = "Action plan",
        Progress = ProgressRows(),
        Initiatives = _plan.Initiatives.Select(i => new InitiativeSummary(InitiativeLink(i), i.Objective)).ToList(),
    };

    private InitiativePage InitiativePage(Initiative initiative) => new()
    {
        Site = _site,
        Path = InitiativePath(initiative),
        Heading = initiative.Name,
        Title = initiative.Title,
        Objective = initiative.Objective,
        Implementation = initiative.Implementation,
        KeyTerms = initiative.KeyTerms,
        Process = initiative.Process.Select(Item).ToList(),
        EarlyEvidence = initiative.EarlyEvidence.Select(Item).ToList(),
        Resources = initiative.Resources,
        Progress = ProgressRow(initiative),
    };

    private List<ProgressRow> ProgressRows()
    {
        if (_plan.Initiatives.Count == 0)
        {
            return [];
        }

        var rows = _plan.Initiatives.Select(ProgressRow).ToList();
        rows.Add(new ProgressRow(
            "Whole plan",
            null,
            Progress.Of(_plan.Benchmarks.Where(b => b.Kind == BenchmarkKind.Process), _asOf),
            Progress.Of(_plan.Benchmarks.Where(b => b.Kind == BenchmarkKind.EarlyEvidence), _asOf)));
        return rows;
    }

    private ProgressRow ProgressRow(Initiative initiative) =>
        new(initiative.Name, InitiativeLink(initiative), Progress.Of(initiative.Process, _asOf), Progress.Of(initiative.EarlyEvidence, _asOf));

    private MonthSummary Summary(YearMonth month) => new(
        MonthLink(month),
        PhaseNames(month),
        Groups(_plan.TasksIn(month).ToList(), t => t.Who, Item),
        Groups(_plan.BenchmarksDueIn(month).ToList(), b => b.Responsible, Item));

    private List<string> PhaseNames(YearMonth month) => _plan.PhasesIn(month).Select(p => p.Name).ToList();

    /// <summary>
    /// Items by role, in the order of the Roles sheet; then by person; then under names nothing
    /// matched; then items for no one in particular. An item for two roles is under both.
    /// </summary>
    private List<Group<TView>> Groups<T, TView>(IReadOnlyList<T> items, Func<T, Assignment> who, Func<T, TView> view)
    {
        var groups = new List<Group<TView>>();
        foreach (var role in _plan.Roles)
        {
            Add(role.Name, RoleLink(role), items.Where(i => who(i).Names(role)));
        }

        foreach (var person in _plan.People)
        {
            Add(person.Name, PersonLink(person), items.Where(i => who(i).Names(person)));
        }

        foreach (var name in items.SelectMany(i => who(i).Unknown).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Add(name, null, items.Where(i => who(i).Unknown.Contains(name, StringComparer.OrdinalIgnoreCase)));
        }

        Add("Everyone", null, items.Where(i => who(i) is { Roles.Count: 0, People.Count: 0, Unknown.Count: 0 }));
        return groups;

        void Add(string heading, Link? link, IEnumerable<T> mine)
        {
            var views = mine.Select(view).ToList();
            if (views.Count > 0)
            {
                groups.Add(new Group<TView>(heading, link, views));
            }
        }
    }

    private TaskItem Item(CalendarTask task) => new(_taskIds[task], task.Text, task.Who.Text, task.Phase, CellMarkdown.ToHtml(task.Notes));

    private BenchmarkItem Item(Benchmark benchmark) => new(
        benchmark.Id,
        benchmark.Kind == BenchmarkKind.Process ? "Process" : "Early evidence of change",
        benchmark.Text,
        benchmark.Responsible.Text,
        benchmark.Responsible.Roles.Select(RoleLink).Concat(benchmark.Responsible.People.Select(PersonLink)).ToList(),
        DateShown(benchmark),
        benchmark.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StatusView.Of(benchmark.Status),
        benchmark.IsOverdue(_asOf),
        InitiativeLink(_plan.InitiativeOf(benchmark)));

    /// <summary>The date as the plan wrote it; a real date cell in the plan's language; "date not set" when there is neither.</summary>
    private string DateShown(Benchmark benchmark) => benchmark switch
    {
        { DateText.Length: > 0, Due: not null } => benchmark.DateText,
        { DateText.Length: > 0 } => $"date not set (\"{benchmark.DateText}\")",
        { Due: { } due } => due.ToString(_culture.DateTimeFormat.LongDatePattern.Replace("dddd, ", string.Empty, StringComparison.Ordinal), _culture),
        _ => "date not set",
    };

    private Link MonthLink(YearMonth month) => new(month.Name(_culture), MonthPath(month));

    private static Link RoleLink(Role role) => new(role.Name, RolePath(role));

    private static Link PersonLink(Person person) => new(person.Name, PersonPath(person));

    private static Link InitiativeLink(Initiative initiative) => new(initiative.Name, InitiativePath(initiative));
}
