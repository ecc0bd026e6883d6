using System.Globalization;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Improvement;
using PlanPress.Model.Roles;

namespace PlanPress.Site.Pages;

/// <summary>
/// The plan's tasks, benchmarks and activities as every page shows them: their text with glossary
/// terms marked, dates in the plan's language, who is responsible linked, grouped by role; the
/// months' summaries, what is overdue and the progress rows.
/// </summary>
public sealed class ItemViews
{
    private readonly PageContext _context;
    private readonly GlossaryMarkup _glossary;

    // The same on every month's sheet: built once for all the months and booklets.
    private readonly Lazy<List<ActivityItem>> _recurring;
    private readonly Lazy<List<ActivityItem>> _asNeeded;
    private readonly Lazy<List<TaskItem>> _ongoing;
    private readonly Lazy<OverdueList> _overdue;

    public ItemViews(PageContext context)
    {
        _context = context;
        _glossary = new GlossaryMarkup(context.Plan.Glossary, context.Paths);
        _recurring = new(() => Activities(TimingKind.Recurring, context.Plan.Activities));
        _asNeeded = new(() => Activities(TimingKind.AsNeeded, context.Plan.Activities));
        _ongoing = new(() => context.Plan.UndatedOf(SpanKind.Ongoing).Select(Item).ToList());
        _overdue = new(() =>
        {
            var overdue = context.Plan.Benchmarks.Where(b => b.IsOverdue(context.AsOf)).OrderBy(b => b.Due).ToList();
            var months = context.Plan.Months;
            bool Before(Benchmark b) => months.Count > 0 && b.Due < months[0].FirstDay;
            return new OverdueList(
                overdue.Where(b => !Before(b)).Select(Item).ToList(),
                overdue.Where(Before).Select(Item).ToList(),
                months.Count > 0 ? context.T["overdue-before-plan", months[0].Name(context.Culture)] : string.Empty);
        });
    }

    private Translations T => _context.T;

    private CultureInfo Culture => _context.Culture;

    /// <summary>The plan's recurring duties, on every month's sheet.</summary>
    public List<ActivityItem> Recurring => _recurring.Value;

    /// <summary>The plan's as-needed duties, on every month's sheet.</summary>
    public List<ActivityItem> AsNeeded => _asNeeded.Value;

    /// <summary>The calendar's ongoing tasks ("Log your meetings"), on every month's sheet.</summary>
    public List<TaskItem> Ongoing => _ongoing.Value;

    /// <summary>The benchmarks overdue on the as-of date, by who is responsible.</summary>
    public OverdueList Overdue => _overdue.Value;

    /// <summary>A text with its glossary terms marked.</summary>
    public IReadOnlyList<TextSegment> Segments(string text) => _glossary.Segments(text);

    /// <summary>A month with its phases, and its tasks, benchmarks and activities by who does them.</summary>
    public MonthSummary Summary(YearMonth month) => new(
        month.ToString(),
        _context.MonthLink(month),
        _context.PhaseNames(month),
        Groups(_context.Index.TasksIn(month), t => t.Who, Item),
        Groups(_context.Index.BenchmarksDueIn(month), b => b.Responsible, Item),
        Groups(_context.Index.ActivitiesDueIn(month), a => a.Responsible, Item));

    /// <summary>The activities of one timing kind (recurring, as needed …), as shown.</summary>
    public List<ActivityItem> Activities(TimingKind kind, IEnumerable<Activity> activities) =>
        activities.Where(a => a.Timing.Kind == kind).Select(Item).ToList();

    /// <summary>Progress per initiative, then the whole plan; empty without an action plan.</summary>
    public List<ProgressRow> ProgressRows()
    {
        var plan = _context.Plan;
        if (plan.Initiatives.Count == 0)
        {
            return [];
        }

        var rows = plan.Initiatives.Select(ProgressRow).ToList();
        rows.Add(new ProgressRow(
            T["whole-plan"],
            null,
            Progress.Of(plan.Benchmarks.Where(b => b.Kind == BenchmarkKind.Process), _context.AsOf),
            Progress.Of(plan.Benchmarks.Where(b => b.Kind == BenchmarkKind.EarlyEvidence), _context.AsOf)));
        return rows;
    }

    public ProgressRow ProgressRow(Initiative initiative) =>
        new(initiative.Name, _context.InitiativeLink(initiative), Progress.Of(initiative.Process, _context.AsOf), Progress.Of(initiative.EarlyEvidence, _context.AsOf));

    /// <summary>
    /// Items by role, in the order of the Roles sheet; then by person; then under names nothing
    /// matched; then items for no one in particular. An item for two roles is under both.
    /// </summary>
    public List<Group<TView>> Groups<TItem, TView>(IReadOnlyList<TItem> items, Func<TItem, Assignment> who, Func<TItem, TView> view)
    {
        // One pass over the items; the groups then follow the order of the Roles sheet and of the people.
        var byRole = new Dictionary<string, List<TItem>>(StringComparer.Ordinal);
        var byPerson = new Dictionary<string, List<TItem>>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<TItem>>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        var everyone = new List<TItem>();
        foreach (var item in items)
        {
            var assignment = who(item);
            foreach (var slug in assignment.Roles.Select(r => r.Slug).Distinct(StringComparer.Ordinal))
            {
                Add(byRole, slug, item);
            }

            foreach (var slug in assignment.People.Select(p => p.Slug).Distinct(StringComparer.Ordinal))
            {
                Add(byPerson, slug, item);
            }

            foreach (var name in assignment.Unknown.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!byName.ContainsKey(name))
                {
                    names.Add(name);
                }

                Add(byName, name, item);
            }

            if (assignment.IsEveryone)
            {
                everyone.Add(item);
            }
        }

        var plan = _context.Plan;
        var groups = new List<Group<TView>>();
        groups.AddRange(plan.Roles.Where(r => byRole.ContainsKey(r.Slug)).Select(r => new Group<TView>(r.Name, _context.RoleLink(r), byRole[r.Slug].Select(view).ToList())));
        groups.AddRange(plan.People.Where(p => byPerson.ContainsKey(p.Slug)).Select(p => new Group<TView>(p.Name, _context.PersonLink(p), byPerson[p.Slug].Select(view).ToList())));
        groups.AddRange(names.Select(n => new Group<TView>(n, null, byName[n].Select(view).ToList())));
        if (everyone.Count > 0)
        {
            groups.Add(new Group<TView>(T["everyone"], null, everyone.Select(view).ToList()));
        }

        return groups;

        static void Add(Dictionary<string, List<TItem>> index, string key, TItem item) =>
            (index.TryGetValue(key, out var list) ? list : index[key] = []).Add(item);
    }

    public TaskItem Item(CalendarTask task) =>
        new(task.Id, Segments(task.Text), task.Who.Text, SafeMarkdown.ToHtml(task.Notes), task.When is { Kind: SpanKind.Dated } span ? _context.Dates.Span(span) : string.Empty);

    public BenchmarkItem Item(Benchmark benchmark) => ShiftedItem(benchmark, shift: 0);

    /// <summary>A benchmark as shown, its due date moved by <paramref name="shift"/> months (on a pair's booklet).</summary>
    public BenchmarkItem ShiftedItem(Benchmark benchmark, int shift) => new(
        benchmark.Id,
        benchmark.Kind == BenchmarkKind.Process ? T["process"] : T["early-evidence"],
        Segments(benchmark.Text),
        benchmark.Responsible.Text,
        WhoLinks(benchmark.Responsible),
        DateShown(benchmark, shift),
        Shifted(benchmark.Due, shift)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StatusView.Of(benchmark.Status, T),
        benchmark.IsOverdue(_context.AsOf),
        T["overdue"],
        _context.InitiativeLink(_context.Index.InitiativeOf(benchmark)))
    {
        // On a pair's booklet the dates are the pair's, not the plan's: no history there.
        Since = shift == 0 ? _context.Changes.Since(benchmark) : null,
        NoUpdate = shift == 0 ? _context.Changes.NoUpdate(benchmark) : null,
    };

    public ActivityItem Item(Activity activity) => ShiftedItem(activity, shift: 0);

    /// <summary>An activity as shown, the months it was read as moved by <paramref name="shift"/> (on a pair's booklet).</summary>
    public ActivityItem ShiftedItem(Activity activity, int shift) => new(
        activity.Id,
        Segments(activity.Statement),
        activity.TimelineText,
        When(activity.Timing, shift),
        activity.Responsible.Text,
        WhoLinks(activity.Responsible),
        _context.GoalLink(_context.Index.GoalOf(activity)),
        activity.Timing.Kind == TimingKind.Recurring)
    {
        Status = activity.Status is { } status ? StatusView.Of(status, T) : null,
        Overdue = activity.IsOverdue(_context.AsOf),
        Evidence = activity.Evidence,
        Resources = activity.Resources,
    };

    /// <summary>An activity's number and statement, as one line of text.</summary>
    public IReadOnlyList<TextSegment> ActivityText(Activity activity) =>
        [new TextSegment(activity.Id + " ", null, null), .. Segments(activity.Statement)];

    private List<Link> WhoLinks(Assignment who) =>
        who.Roles.Select(_context.RoleLink).Concat(who.People.Select(_context.PersonLink)).ToList();

    /// <summary>How a timeline was read, said beside the wording it was read from.</summary>
    public string When(Timing timing, int shift = 0) => timing.Kind switch
    {
        TimingKind.Recurring => T["recurring"],
        TimingKind.AsNeeded => T["as-needed-lower"],
        TimingKind.During => T["from-to", timing.Months[0].AddMonths(shift).Name(Culture), timing.Months[^1].AddMonths(shift).Name(Culture)],
        TimingKind.Due => T["by-month", string.Join(T["and"], timing.Months.Select(m => m.AddMonths(shift).Name(Culture)))],
        _ => T["timing-not-set-lower"],
    };

    /// <summary>The due date as pages show it (<see cref="DateWords.DateShown"/>).</summary>
    public string DateShown(Benchmark benchmark, int shift) => _context.Dates.DateShown(benchmark, shift);

    private static DateOnly? Shifted(DateOnly? day, int months) => day is { } d ? DateWords.Shifted(d, months) : null;
}
