using System.Globalization;
using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Improvement;
using PlanPress.Model.Pages;
using PlanPress.Model.Pairs;
using PlanPress.Model.Resources;
using PlanPress.Model.Roles;
using PlanPress.Site.Pages;

namespace PlanPress.Site;

/// <summary>Builds the view model of every page of the site from the resolved plan.</summary>
public sealed class SitePages
{
    public const string ActionPlanPath = "action-plan.html";
    public const string ImprovementPlanPath = "improvement-plan.html";
    public const string ResourcesPath = "resources.html";
    public const string RolesPath = "roles.html";
    public const string NotFoundPath = "404.html";
    public const string SearchPath = "search.html";
    public const string BookletPath = "booklet.html";
    public const string MapPath = "map.html";

    private readonly Plan _plan;
    private readonly PlanIndex _index;
    private readonly CultureInfo _culture;
    private readonly SiteInfo _site;
    private readonly DateOnly _asOf;
    private readonly YearMonth _asOfMonth;
    private readonly GlossaryMarkup _glossary;
    private readonly Translations _t;

    // The same on every month's sheet: built once for all the months and booklets.
    private readonly Lazy<List<ActivityItem>> _recurring;
    private readonly Lazy<List<ActivityItem>> _asNeeded;
    private readonly Lazy<OverdueList> _overdue;
    private readonly Lazy<List<(string Id, Recurrence Recurrence)>> _weekly;

    public SitePages(Plan plan, DateOnly asOf, Translations text)
    {
        _plan = plan;
        _index = new PlanIndex(plan);
        _t = text;
        _culture = plan.Settings.Culture;
        _asOf = asOf;
        _asOfMonth = YearMonth.From(asOf);
        _glossary = new GlossaryMarkup(plan.Glossary);
        _recurring = new(() => Activities(TimingKind.Recurring, plan.Activities));
        _asNeeded = new(() => Activities(TimingKind.AsNeeded, plan.Activities));
        _weekly = new(() => plan.Activities
            .Where(a => a.Timing.Recurrence?.Frequency == Frequency.Weekly)
            .Select(a => (a.Id, a.Timing.Recurrence!))
            .ToList());
        _overdue = new(() =>
        {
            var overdue = plan.Benchmarks.Where(b => b.IsOverdue(asOf)).OrderBy(b => b.Due).ToList();
            return new OverdueList(overdue.Count, Groups(overdue, b => b.Responsible, Item));
        });
        _site = new SiteInfo(
            plan.Settings.Title,
            plan.Settings.Organisation,
            plan.Settings.Timeframe,
            plan.Settings.Language,
            plan.Months.Select(MonthLink).ToList(),
            plan.Roles.Select(RoleLink).ToList(),
            plan.Months.Contains(_asOfMonth) ? MonthLink(_asOfMonth) : null,
            Navigation(),
            About(),
            Feeds.CalendarFeed.PlanPath,
            text,
            asOf,
            LongDate(asOf))
        {
            Description = plan.Settings.Description,
        };
    }

    public static string MonthPath(YearMonth month) => $"months/{month}.html";

    public static string RolePath(Role role) => $"roles/{role.Slug}.html";

    public static string PersonPath(Person person) => $"people/{person.Slug}.html";

    public static string InitiativePath(Initiative initiative) => $"initiatives/{initiative.Slug}.html";

    public static string GoalPath(Goal goal) => $"goals/{goal.Id.ToLowerInvariant()}.html";

    public static string ArticlePath(NarrativePage page) => $"pages/{page.Slug}.html";

    public IEnumerable<PageModel> All()
    {
        yield return Home();
        yield return Year();
        for (var i = 0; i < _plan.Months.Count; i++)
        {
            yield return Month(i);
        }

        yield return RolesIndex();
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

        if (_plan.Goals.Count > 0)
        {
            yield return ImprovementPlan();
            foreach (var goal in _plan.Goals)
            {
                yield return GoalPage(goal);
            }
        }

        if (_plan.Resources.Count > 0)
        {
            yield return Resources();
        }

        if (_plan.Glossary.Count > 0)
        {
            yield return Glossary();
        }

        foreach (var page in _plan.Pages)
        {
            yield return Article(page);
        }

        yield return Booklet();
        yield return Map();
        yield return Search();
        yield return NotFound();
    }

    private SearchPage Search() => new()
    {
        Site = _site,
        Path = SearchPath,
        Heading = _t["search-the-plan"],
        IndexPath = Feeds.SearchIndex.Path,
    };

    /// <summary>404.html: served for any missing address, so its links start from base_url's path, not from where it is served.</summary>
    private NotFoundPage NotFound() => new()
    {
        Site = _site,
        Path = NotFoundPath,
        Heading = _t["page-not-found"],
        RootPath = RootPath(_plan.Settings),
    };

    /// <summary>The path the site is published under ("/planpress/" for https://example.github.io/planpress/); null without a base_url.</summary>
    public static string? RootPath(SiteSettings settings) =>
        Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out var baseUrl) ? baseUrl.AbsolutePath.TrimEnd('/') + "/" : null;

    /// <summary>The site's main sections: the calendar, the plans and who does what (the site's title leads home).</summary>
    private List<Link> Navigation()
    {
        var links = new List<Link> { new(_t["year-overview"], "year.html") };
        if (_plan.Initiatives.Count > 0)
        {
            links.Add(new(_t["action-plan"], ActionPlanPath));
        }

        if (_plan.Goals.Count > 0)
        {
            links.Add(new(_t["improvement-plan"], ImprovementPlanPath));
        }

        links.Add(new(_t["who-does-what"], RolesPath));
        return links;
    }

    /// <summary>What is about the plan rather than its work: its resources, its terms and its own pages.</summary>
    private List<Link> About()
    {
        var links = new List<Link>();
        if (_plan.Resources.Count > 0)
        {
            links.Add(new(_t["resources"], ResourcesPath));
        }

        if (_plan.Glossary.Count > 0)
        {
            links.Add(new(_t["glossary"], GlossaryMarkup.GlossaryPath));
        }

        links.AddRange(_plan.Pages.Select(p => new Link(p.Title, ArticlePath(p))));
        return links;
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
                ? _t["plan-starts", first.Name(_culture)]
                : _asOfMonth > last ? _t["plan-ended", last.Name(_culture)] : null,
            Overdue = _overdue.Value,
            Progress = ProgressRows(),
        };
    }

    private YearPage Year() => new()
    {
        Site = _site,
        Path = "year.html",
        Heading = _t["the-year-at-a-glance"],
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
            Sheet = Sheet(month),
            Previous = index > 0 ? MonthLink(_plan.Months[index - 1]) : null,
            Next = index < _plan.Months.Count - 1 ? MonthLink(_plan.Months[index + 1]) : null,
            Overdue = month == _asOfMonth ? _overdue.Value : OverdueList.None,
        };
    }

    private ChecklistSheet Sheet(YearMonth month, PairView? pair = null) =>
        new(Summary(month), _index.ActivitiesDueIn(month).Select(Item).ToList(), _recurring.Value, _asNeeded.Value, pair) { Weeks = WeeksIn(month) };

    /// <summary>The weekly recurring duties' days in a month (their wording read once, in <see cref="_weekly"/>), a box for each on the checklist.</summary>
    private Dictionary<string, WeekBoxes> WeeksIn(YearMonth month)
    {
        var full = _culture.DateTimeFormat.LongDatePattern;
        return _weekly.Value
            .Select(a => (a.Id, a.Recurrence, Days: a.Recurrence.WeeksIn(month)))
            .Where(a => a.Days.Count > 0)
            .ToDictionary(
                a => a.Id,
                a => new WeekBoxes(
                    a.Days.Select(d => new WeekBox(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.ToString("ddd d", _culture), d.ToString(full, _culture))).ToList(),
                    a.Recurrence.Time is not null),
                StringComparer.Ordinal);
    }

    /// <summary>
    /// A booklet for each mentor pair, their names filled in and the calendar shifted to start at
    /// their own start month: the program's month 1 is their month 1. Their Mentoring Action Plan
    /// comes first, its steps, milestones and check-ins on their months, and its evaluation criteria
    /// on the last sheet. Kept apart from the site.
    /// </summary>
    public IEnumerable<PageModel> PairBooklets()
    {
        var theirRoles = PairRoles();
        var theirs = _plan.Activities.Where(a => IsTheirs(theirRoles, a.Responsible)).ToList();
        var duties = (Recurring: Activities(TimingKind.Recurring, theirs), AsNeeded: Activities(TimingKind.AsNeeded, theirs));
        return _plan.Pairs.Select(pair => new BookletPage
        {
            Site = _site,
            Path = $"{pair.Slug}.html",
            Heading = _t["booklet-of", pair.Mentor, pair.Protege],
            LinkBase = Uri.TryCreate(_plan.Settings.BaseUrl, UriKind.Absolute, out var baseUrl) ? baseUrl.AbsoluteUri : null,
            Map = pair.Map.Count > 0 ? MapSections(pair) : null,
            Sheets = _plan.Months.Select((_, i) => PairSheet(pair, theirRoles, duties, i)).ToList(),
        });
    }

    /// <summary>The slugs of the roles a pair holds; empty when the plan names none, and then every item is theirs.</summary>
    private HashSet<string> PairRoles() => _plan.PairRoles.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether an item is a pair's: for one of their roles or for everyone, or any item when no role is known as theirs.</summary>
    private static bool IsTheirs(HashSet<string> theirRoles, Assignment who) =>
        theirRoles.Count == 0 || who.IsEveryone || who.Roles.Any(r => theirRoles.Contains(r.Slug));

    /// <summary>
    /// A pair's sheet for the program's month <paramref name="index"/>: headed with their own month,
    /// every date moved by as many months as they started after the program, their roles' items
    /// with the marks and blanks, and the rest of that month's work in a short "others" list. Its
    /// benchmarks carry no status: that is the program's, on another date.
    /// </summary>
    /// <param name="duties">Their roles' recurring and as-needed duties, the same on every sheet.</param>
    private ChecklistSheet PairSheet(Pair pair, HashSet<string> theirRoles, (List<ActivityItem> Recurring, List<ActivityItem> AsNeeded) duties, int index)
    {
        var month = _plan.Months[index];
        var theirs = pair.Start.AddMonths(index);
        var shift = theirs.MonthsSince(month);
        bool IsTheirs(Assignment who) => SitePages.IsTheirs(theirRoles, who);

        // Their items under their own roles only: a task for "Coordinator & Mentors" sits under Mentor.
        Assignment Theirs(Assignment who) => theirRoles.Count == 0 ? who : who with { Roles = who.Roles.Where(r => theirRoles.Contains(r.Slug)).ToList(), People = [], Unknown = [] };
        var tasks = _index.TasksIn(month);
        var benchmarks = _index.BenchmarksDueIn(month);
        var activities = _index.ActivitiesDueIn(month);
        var summary = new MonthSummary(
            MonthLink(theirs),
            PhaseNames(month),
            Groups(tasks.Where(t => IsTheirs(t.Who)).ToList(), t => Theirs(t.Who), Item),
            Groups(benchmarks.Where(b => IsTheirs(b.Responsible)).ToList(), b => Theirs(b.Responsible), b => ShiftedItem(b, shift)),
            []);
        var others = tasks.Where(t => !IsTheirs(t.Who)).Select(t => (t.Who, Other: new OtherItem(t.Id, _glossary.Segments(t.Text), null)))
            .Concat(activities.Where(a => !IsTheirs(a.Responsible)).Select(a => (Who: a.Responsible, Other: new OtherItem(a.Id, ActivityText(a), a.Timing is { Kind: TimingKind.Due, Months.Count: 1 } ? null : When(a.Timing, shift)))))
            .Concat(benchmarks.Where(b => !IsTheirs(b.Responsible)).Select(b => (Who: b.Responsible, Other: new OtherItem(b.Id, _glossary.Segments(b.Text), _t["due"] + " " + DateShown(b, shift)))))
            .ToList();
        return new ChecklistSheet(
            summary,
            activities.Where(a => IsTheirs(a.Responsible)).Select(a => ShiftedItem(a, shift)).ToList(),
            duties.Recurring,
            duties.AsNeeded,
            new PairView(pair.Mentor, pair.Protege, pair.Group))
        {
            Weeks = WeeksIn(theirs),
            PairPlan = pair.Map.Where(e => e.Months.Contains(theirs)).Select(PlanStep).ToList(),
            Evaluation = index == _plan.Months.Count - 1 ? pair.Map.Where(e => e.Part == MapPart.SuccessIndicator).Select(e => e.Text).ToList() : [],
            Others = Listed(Groups(others, o => o.Who, o => o.Other)),
        };

        // An item for two other roles is listed once, under the first.
        static List<Group<OtherItem>> Listed(List<Group<OtherItem>> groups)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return groups
                .Select(g => g with { Items = g.Items.Where(i => seen.Add(i.Id)).ToList() })
                .Where(g => g.Items.Count > 0)
                .ToList();
        }
    }

    private BookletPage Booklet() => new()
    {
        Site = _site,
        Path = BookletPath,
        Heading = _t["booklet-heading"],
        Sheets = _plan.Months.Select(m => Sheet(m)).ToList(),
    };

    /// <summary>The blank Mentoring Action Plan worksheet.</summary>
    private MapPage Map() => new()
    {
        Site = _site,
        Path = MapPath,
        Heading = _t["map-heading"],
        Sections = MapSections(null),
    };

    /// <summary>The field of the Mentoring Action Plan each part of a pair's plan is written in.</summary>
    private static readonly Dictionary<MapPart, string> MapFields = new()
    {
        [MapPart.ShortTermGoal] = "short-term",
        [MapPart.LongTermGoal] = "long-term",
        [MapPart.Strength] = "current-skills",
        [MapPart.AreaToImprove] = "areas-to-improve",
        [MapPart.ActionStep] = "activities",
        [MapPart.Milestone] = "milestones",
        [MapPart.CheckIn] = "meetings",
        [MapPart.Tool] = "tools",
        [MapPart.Training] = "training",
        [MapPart.Network] = "networks",
        [MapPart.Support] = "support",
        [MapPart.FeedbackChannel] = "channels",
        [MapPart.FeedbackSchedule] = "schedule",
        [MapPart.SuccessIndicator] = "indicators",
        [MapPart.AnticipatedChange] = "changes",
        [MapPart.Adaptation] = "adaptation",
    };

    /// <summary>
    /// The Mentoring Action Plan's sections and fields in the template's order, in the site's
    /// language: blank, or with a pair's entries in their fields (and ruled lines left where they
    /// wrote nothing). The meetings and other-support fields are there only when filled in.
    /// </summary>
    private List<MapSection> MapSections(Pair? pair)
    {
        IReadOnlyList<MapValue> Values(string name) =>
            pair?.Map.Where(e => MapFields[e.Part] == name).Select(e => new MapValue(e.Text, e.When)).ToList() ?? [];
        MapField Lines(string name, int lines) => new(name, _t["map-" + name], lines) { Values = Values(name) };
        MapField Box(string name) => new(name, _t["map-" + name], 0);
        MapField[] IfFilled(string name) => Values(name).Count > 0 ? [Lines(name, 1)] : [];
        MapSection Section(string id, string number, params MapField[] fields) => new(id, number, _t["map-" + id], _t.Has("map-" + id + "-intro") ? _t["map-" + id + "-intro"] : null, fields);
        return
        [
            Section("goals", "I", Lines("short-term", 3), Lines("long-term", 3)),
            Section("strengths", "II", Lines("current-skills", 3), Lines("areas-to-improve", 3)),
            Section("action-steps", "III", Lines("activities", 4)),
            Section("timeline", "IV", Lines("milestones", 4)),
            Section("check-ins", "V", [.. IfFilled("meetings"), Box("monthly"), Box("quarterly"), Lines("other-interval", 1), Box("progress-review"), Box("challenges"), Box("plan-adjustment")]),
            Section("resources", "VI", [Lines("tools", 2), Lines("training", 2), Lines("networks", 2), .. IfFilled("support")]),
            Section("feedback", "VII", Lines("channels", 2), Lines("schedule", 1)),
            Section("evaluation", "VIII", Lines("indicators", 3)),
            Section("flexibility", "IX", Lines("changes", 2), Lines("adaptation", 2)),
            Section("questions", "X", Lines("q-skills", 2), Lines("q-knowledge", 2), Lines("q-partnerships", 2), Lines("q-success", 2), Lines("q-activities", 2), Lines("q-feasible", 2), Lines("q-apply", 2)),
            Section("focus", "XI", Box("expertise"), Box("relationships"), Box("navigating")),
        ];
    }

    /// <summary>An entry of a pair's plan on a month's sheet, named by its kind: "Action step", "Milestone", "Check-in", or its field.</summary>
    private PlanStep PlanStep(MapEntry entry) => new(
        entry.Part switch
        {
            MapPart.ActionStep => _t["map-action-step"],
            MapPart.Milestone => _t["map-milestone"],
            MapPart.CheckIn => _t["map-check-in"],
            _ => _t["map-" + MapFields[entry.Part]],
        },
        entry.Text,
        entry.When);

    private RolesPage RolesIndex() => new()
    {
        Site = _site,
        Path = RolesPath,
        Heading = _t["who-does-what"],
        Roles = _plan.Roles.Select(r => new LinkWithNote(RoleLink(r), r.Responsibilities)).ToList(),
        People = _plan.People.Select(PersonLink).ToList(),
    };

    private RolePage RolePage(Role role) => WhoPage(
        RoleLink(role),
        role.Responsibilities,
        role.Aliases,
        _plan.People.Where(p => p.Roles.Contains(role)).Select(PersonLink).ToList(),
        _t["people"],
        _index.Of(role),
        Feeds.CalendarFeed.HasEvents(_plan, _index.Of(role)) ? Feeds.CalendarFeed.RolePath(role) : null);

    private RolePage PersonPage(Person person) => WhoPage(
        PersonLink(person),
        string.Empty,
        [],
        person.Roles.Select(RoleLink).ToList(),
        _t["roles"],
        _index.Of(person),
        calendar: null);

    /// <summary>The page of a role or a person: what they do month by month, their duties and their benchmarks.</summary>
    private RolePage WhoPage(Link link, string responsibilities, IReadOnlyList<string> aliases, IReadOnlyList<Link> related, string relatedLabel, Work work, string? calendar) => new()
    {
        Site = _site,
        Path = link.Path,
        Heading = link.Text,
        Responsibilities = responsibilities,
        Aliases = aliases,
        Related = related,
        RelatedLabel = relatedLabel,
        Months = MonthsOf(work, link.Text, link),
        Spanning = work.Activities.Where(Spans).Select(Item).ToList(),
        Benchmarks = work.Benchmarks.Select(Item).ToList(),
        Recurring = Activities(TimingKind.Recurring, work.Activities),
        AsNeeded = Activities(TimingKind.AsNeeded, work.Activities),
        TimingNotSet = Activities(TimingKind.NotSet, work.Activities),
        CalendarPath = calendar,
    };

    /// <summary>
    /// The months in which someone has tasks or activities due, each with just theirs; an activity
    /// that runs over several months is listed once with its span instead (<see cref="Spans"/>).
    /// </summary>
    private List<MonthSummary> MonthsOf(Work work, string heading, Link link)
    {
        var tasks = work.Tasks.ToLookup(t => t.Month);
        var activities = work.Activities
            .Where(a => !Spans(a))
            .SelectMany(a => PlanIndex.MonthsDue(a).Select(m => (Month: m, Activity: a)))
            .ToLookup(p => p.Month, p => p.Activity);
        return _plan.Months
            .Where(m => tasks.Contains(m) || activities.Contains(m))
            .Select(m => (Month: m, Tasks: tasks[m].Select(Item).ToList(), Activities: activities[m].Select(Item).ToList()))
            .Select(m => new MonthSummary(
                MonthLink(m.Month),
                PhaseNames(m.Month),
                m.Tasks.Count > 0 ? [new Group<TaskItem>(heading, link, m.Tasks)] : [],
                [],
                m.Activities.Count > 0 ? [new Group<ActivityItem>(heading, link, m.Activities)] : []))
            .ToList();
    }

    /// <summary>An activity carried out over a span of months ("year 1"), not due in one.</summary>
    private static bool Spans(Activity activity) => activity.Timing.Kind == TimingKind.During && activity.Timing.Months.Distinct().Count() > 1;

    private List<ActivityItem> Activities(TimingKind kind, IEnumerable<Activity> activities) =>
        activities.Where(a => a.Timing.Kind == kind).Select(Item).ToList();

    private ActionPlanPage ActionPlan() => new()
    {
        Site = _site,
        Path = ActionPlanPath,
        Heading = _t["action-plan"],
        Progress = ProgressRows(),
        Initiatives = _plan.Initiatives.Select(i => new LinkWithNote(InitiativeLink(i), i.Objective)).ToList(),
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

    private ImprovementPlanPage ImprovementPlan() => new()
    {
        Site = _site,
        Path = ImprovementPlanPath,
        Heading = _t["improvement-plan"],
        Goals = _plan.Goals.Select(g => new GoalSummary(GoalLink(g), g.Targets.Select(t => $"{t.Id}. {t.Statement}").ToList())).ToList(),
    };

    private GoalPage GoalPage(Goal goal) => new()
    {
        Site = _site,
        Path = GoalPath(goal),
        Heading = _t["goal-heading", goal.Id],
        Id = goal.Id,
        Statement = _glossary.Segments(goal.Statement),
        DataConclusion = goal.DataConclusion,
        Targets = goal.Targets.Select(t => new TargetView(t.Id, _glossary.Segments(t.Statement), t.TimelineText, t.Activities.Select(Item).ToList())).ToList(),
    };

    private ResourcesPage Resources()
    {
        var items = _plan.Resources.Select(r => (Resource: r, Item: new ResourceItem(r.Name, KindName(r.Kind), r.Initiative, r.Notes))).ToList();
        return new ResourcesPage
        {
            Site = _site,
            Path = ResourcesPath,
            Heading = _t["resources"],
            ByKind = items
                .GroupBy(i => i.Resource.Kind)
                .OrderBy(g => g.Key == ResourceKind.NotGiven ? int.MaxValue : (int)g.Key)
                .Select(g => new Group<ResourceItem>(KindName(g.Key), null, g.Select(i => i.Item).ToList()))
                .ToList(),
            ByInitiative = items
                .GroupBy(i => i.Resource.Initiative)
                .OrderBy(g => g.Key.Length == 0 ? 0 : 1)
                .Select(g => new Group<ResourceItem>(
                    g.Key.Length == 0 ? _t["the-whole-plan"] : g.Key,
                    _plan.Initiatives.FirstOrDefault(i => i.Name == g.Key) is { } initiative ? InitiativeLink(initiative) : null,
                    g.Select(i => i.Item).ToList()))
                .ToList(),
        };
    }

    private GlossaryPage Glossary() => new()
    {
        Site = _site,
        Path = GlossaryMarkup.GlossaryPath,
        Heading = _t["glossary"],
        Entries = _plan.Glossary.Select(e => new GlossaryItem(e.Slug, e.Term, e.Definition)).ToList(),
    };

    private ArticlePage Article(NarrativePage page) => new()
    {
        Site = _site,
        Path = ArticlePath(page),
        Heading = page.Title,
        Summary = page.Summary,
        BodyHtml = SafeMarkdown.PageToHtml(page.Markdown),
    };

    private string KindName(ResourceKind kind) => kind switch
    {
        ResourceKind.People => _t["kind-people"],
        ResourceKind.Time => _t["kind-time"],
        ResourceKind.Materials => _t["kind-materials"],
        ResourceKind.Funds => _t["kind-funds"],
        _ => _t["kind-not-given"],
    };

    private List<ProgressRow> ProgressRows()
    {
        if (_plan.Initiatives.Count == 0)
        {
            return [];
        }

        var rows = _plan.Initiatives.Select(ProgressRow).ToList();
        rows.Add(new ProgressRow(
            _t["whole-plan"],
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
        Groups(_index.TasksIn(month), t => t.Who, Item),
        Groups(_index.BenchmarksDueIn(month), b => b.Responsible, Item),
        Groups(_index.ActivitiesDueIn(month), a => a.Responsible, Item));

    private List<string> PhaseNames(YearMonth month) => _plan.PhasesIn(month).Select(p => p.Name).ToList();

    /// <summary>
    /// Items by role, in the order of the Roles sheet; then by person; then under names nothing
    /// matched; then items for no one in particular. An item for two roles is under both.
    /// </summary>
    private List<Group<TView>> Groups<T, TView>(IReadOnlyList<T> items, Func<T, Assignment> who, Func<T, TView> view)
    {
        // One pass over the items; the groups then follow the order of the Roles sheet and of the people.
        var byRole = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var byPerson = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<T>>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        var everyone = new List<T>();
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

        var groups = new List<Group<TView>>();
        groups.AddRange(_plan.Roles.Where(r => byRole.ContainsKey(r.Slug)).Select(r => new Group<TView>(r.Name, RoleLink(r), byRole[r.Slug].Select(view).ToList())));
        groups.AddRange(_plan.People.Where(p => byPerson.ContainsKey(p.Slug)).Select(p => new Group<TView>(p.Name, PersonLink(p), byPerson[p.Slug].Select(view).ToList())));
        groups.AddRange(names.Select(n => new Group<TView>(n, null, byName[n].Select(view).ToList())));
        if (everyone.Count > 0)
        {
            groups.Add(new Group<TView>(_t["everyone"], null, everyone.Select(view).ToList()));
        }

        return groups;

        static void Add(Dictionary<string, List<T>> index, string key, T item) =>
            (index.TryGetValue(key, out var list) ? list : index[key] = []).Add(item);
    }

    private TaskItem Item(CalendarTask task) =>
        new(task.Id, _glossary.Segments(task.Text), task.Who.Text, SafeMarkdown.ToHtml(task.Notes));

    private BenchmarkItem Item(Benchmark benchmark) => ShiftedItem(benchmark, shift: 0);

    /// <summary>A benchmark as shown, its due date moved by <paramref name="shift"/> months (on a pair's booklet).</summary>
    private BenchmarkItem ShiftedItem(Benchmark benchmark, int shift) => new(
        benchmark.Id,
        benchmark.Kind == BenchmarkKind.Process ? _t["process"] : _t["early-evidence"],
        _glossary.Segments(benchmark.Text),
        benchmark.Responsible.Text,
        WhoLinks(benchmark.Responsible),
        DateShown(benchmark, shift),
        Shifted(benchmark.Due, shift)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StatusView.Of(benchmark.Status, _t),
        benchmark.IsOverdue(_asOf),
        _t["overdue"],
        InitiativeLink(_index.InitiativeOf(benchmark)));

    private ActivityItem Item(Activity activity) => ShiftedItem(activity, shift: 0);

    /// <summary>An activity as shown, the months it was read as moved by <paramref name="shift"/> (on a pair's booklet).</summary>
    private ActivityItem ShiftedItem(Activity activity, int shift) => new(
        activity.Id,
        _glossary.Segments(activity.Statement),
        activity.TimelineText,
        When(activity.Timing, shift),
        activity.Responsible.Text,
        WhoLinks(activity.Responsible),
        GoalLink(_index.GoalOf(activity)));

    private static List<Link> WhoLinks(Assignment who) =>
        who.Roles.Select(RoleLink).Concat(who.People.Select(PersonLink)).ToList();

    /// <summary>How a timeline was read, said beside the wording it was read from.</summary>
    private string When(Timing timing, int shift = 0) => timing.Kind switch
    {
        TimingKind.Recurring => _t["recurring"],
        TimingKind.AsNeeded => _t["as-needed-lower"],
        TimingKind.During => _t["from-to", timing.Months[0].AddMonths(shift).Name(_culture), timing.Months[^1].AddMonths(shift).Name(_culture)],
        TimingKind.Due => _t["by-month", string.Join(_t["and"], timing.Months.Select(m => m.AddMonths(shift).Name(_culture)))],
        _ => _t["timing-not-set-lower"],
    };

    /// <summary>
    /// The due date in one format in the plan's language, whatever the cell held: a day ("March 29,
    /// 2024") or, when the plan named only a month, the month ("February 2024"); wording that said
    /// more ("by end of Q2") follows as a note. "Date not set" when there is no date. Moved by
    /// <paramref name="shift"/> months on a pair's booklet, where the note, in the program's months, is left out.
    /// </summary>
    private string DateShown(Benchmark benchmark, int shift) => benchmark switch
    {
        { Due: { } due } when shift != 0 => benchmark.DueWritten == DateWritten.Month ? YearMonth.From(due).AddMonths(shift).Name(_culture) : LongDate(Shifted(due, shift)),
        { Due: { } due, DueWritten: DateWritten.Day } => LongDate(due),
        { Due: { } due, DueWritten: DateWritten.Month } => YearMonth.From(due).Name(_culture),
        { Due: { } due } => $"{LongDate(due)} (“{benchmark.DateText}”)",
        { DateText.Length: > 0 } => $"{_t["date-not-set"]} (“{benchmark.DateText}”)",
        _ => _t["date-not-set"],
    };

    /// <summary>A day moved by whole months, the last day of a month staying the last (October 31 → February 29).</summary>
    private static DateOnly Shifted(DateOnly day, int months) =>
        day.AddDays(1).Day == 1 ? day.AddDays(1).AddMonths(months).AddDays(-1) : day.AddMonths(months);

    private static DateOnly? Shifted(DateOnly? day, int months) => day is { } d ? Shifted(d, months) : null;

    /// <summary>An activity's number and statement, as one line of text.</summary>
    private IReadOnlyList<TextSegment> ActivityText(Activity activity) =>
        [new TextSegment(activity.Id + " ", null, null), .. _glossary.Segments(activity.Statement)];

    /// <summary>A date in words in the plan's language, without the weekday: "March 15, 2024", "15 de marzo de 2024".</summary>
    private string LongDate(DateOnly date) =>
        date.ToString(_culture.DateTimeFormat.LongDatePattern.Replace("dddd, ", string.Empty, StringComparison.Ordinal), _culture);

    private Link MonthLink(YearMonth month) => new(month.Name(_culture), MonthPath(month));

    private static Link RoleLink(Role role) => new(role.Name, RolePath(role));

    private static Link PersonLink(Person person) => new(person.Name, PersonPath(person));

    private static Link InitiativeLink(Initiative initiative) => new(initiative.Name, InitiativePath(initiative));

    private Link GoalLink(Goal goal) => new(_t["goal-heading", goal.Id], GoalPath(goal));
}
