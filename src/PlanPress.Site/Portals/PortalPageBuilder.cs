using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Site.Feeds;
using PlanPress.Site.Pages;

namespace PlanPress.Site.Portals;

/// <summary>
/// The portal's own pages, from its plans' roll-ups alone: the home with every plan's progress and
/// its filters (a page per level and per region, so that they work without script), the plans'
/// overdue benchmarks, this month across the plans, how each plan's build went, search and 404.
/// </summary>
public sealed class PortalPageBuilder
{
    private readonly SiteSettings _settings;
    private readonly DateOnly _asOf;
    private readonly Translations _t;
    private readonly IReadOnlyList<PortalEntry> _entries;
    private readonly DateWords _dates;

    /// <summary>The plans that have pages (a plan left out has none), in the portal's order.</summary>
    private readonly List<PlanRollUp> _published;

    /// <summary>Why each plan's pages are not today's, by its slug; null for a plan updated on this build.</summary>
    private readonly Dictionary<string, string?> _problems;

    public PortalPageBuilder(SiteSettings settings, DateOnly asOf, Translations text, IReadOnlyList<PortalEntry> entries)
    {
        _settings = settings;
        _asOf = asOf;
        _t = text;
        _entries = entries;
        _dates = new DateWords(settings.Culture, text);
        _published = entries.Select(e => e.RollUp).OfType<PlanRollUp>().ToList();
        _problems = entries.ToDictionary(e => e.Slug, Problem, StringComparer.Ordinal);
        var month = YearMonth.From(asOf);
        Site = new SiteInfo(
            settings.Title,
            settings.Organisation,
            settings.Timeframe,
            settings.Language,
            [],
            [],
            new Link(month.Title(settings.Culture), PortalPaths.ThisMonth),
            [new(text["portal-overdue"], PortalPaths.Overdue), new(text["portal-status"], PortalPaths.Status)],
            [],
            SitePaths.Root,
            text,
            asOf,
            _dates.InWords(asOf))
        {
            Description = settings.Description,
        };
    }

    /// <summary>What every portal page knows of the site.</summary>
    public SiteInfo Site { get; }

    /// <summary>The paths of every page <see cref="Build"/> gives, known before any plan is built (a plan's pages may link to them).</summary>
    public static IEnumerable<string> PagePaths(IEnumerable<PlanListing> listings)
    {
        var all = listings.ToList();
        return new[] { PortalPaths.Home, PortalPaths.ThisMonth, PortalPaths.Overdue, PortalPaths.Status, SitePaths.Root.Accessibility, SitePaths.Root.Search, SitePaths.Root.NotFound }
            .Concat(all.Select(l => l.Level).Where(l => l.Length > 0).Select(PortalPaths.Level))
            .Concat(all.Select(l => l.Region).Where(r => r.Length > 0).Select(PortalPaths.Region))
            .Distinct(StringComparer.Ordinal);
    }

    public IEnumerable<PageModel> Build()
    {
        var kinds = FilterKinds().ToList();
        var filters = kinds.Where(k => k.Choices.Count > 1).Select(k => new PortalFilter(k.Label, k.Choices.Select(c => new Link(c, k.Path(c))).ToList())).ToList();
        yield return Home(PortalPaths.Home, _settings.Title, _published, filters, allPlans: null);
        foreach (var (label, choices, path, pick) in kinds)
        {
            foreach (var choice in choices)
            {
                yield return Home(path(choice), _t["portal-filtered", label, choice], _published.Where(p => pick(p) == choice), filters, new Link(_t["portal-all-plans"], PortalPaths.Home));
            }
        }

        yield return ThisMonth();
        yield return Overdue();
        yield return Status();
        yield return AccessibilityPageBuilder.For(Site, SitePaths.Root.Accessibility, _settings.AccessibilityContact);
        yield return new SearchPage
        {
            Site = Site,
            Path = SitePaths.Root.Search,
            Heading = _t["portal-search"],
            Shards = SearchShards.Folder,
        };
        yield return new NotFoundPage
        {
            Site = Site,
            Path = SitePaths.Root.NotFound,
            Heading = _t["page-not-found"],
            RootPath = SitePaths.RootPath(_settings),
            Suggestions = [new(_t["portal-all-plans"], PortalPaths.Home), new(_t["this-month-link", Site.CurrentMonth!.Text], PortalPaths.ThisMonth), new(_t["portal-overdue"], PortalPaths.Overdue)],
        };
    }

    private IEnumerable<(string Label, List<string> Choices, Func<string, string> Path, Func<PlanRollUp, string> Pick)> FilterKinds()
    {
        List<string> Distinct(Func<PlanRollUp, string> pick) => _published.Select(pick).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture).ToList();
        yield return (_t["portal-level"], Distinct(p => p.Level), PortalPaths.Level, p => p.Level);
        yield return (_t["portal-region"], Distinct(p => p.Region), PortalPaths.Region, p => p.Region);
    }

    private PortalHomePage Home(string path, string heading, IEnumerable<PlanRollUp> plans, List<PortalFilter> filters, Link? allPlans)
    {
        var listed = plans.ToList();
        var failed = _problems.Values.Count(p => p is not null);
        return new PortalHomePage
        {
            Site = Site,
            Path = path,
            Heading = heading,
            Filters = filters,
            AllPlans = allPlans,
            Plans = listed.Select(p => new PortalRow(new Link(p.Name, p.Home), p.Level, p.Region, p.Contact, p.Process, p.EarlyEvidence, p.Overdue.Count, _problems[p.Slug])).ToList(),
            Total = new ProgressRow(_t["portal-all-plans"], null, Sum(listed.Select(p => p.Process)), Sum(listed.Select(p => p.EarlyEvidence))),
            Problems = failed > 0 ? new Link(_t.Plural("portal-problems", failed), PortalPaths.Status) : null,
        };
    }

    private static Progress Sum(IEnumerable<Progress> all) => all.Aggregate(
        new Progress(0, 0, 0, 0, 0),
        (a, b) => new Progress(a.NotStarted + b.NotStarted, a.InProgress + b.InProgress, a.Met + b.Met, a.NotMet + b.NotMet, a.Overdue + b.Overdue));

    private string? Problem(PortalEntry entry) => entry.State switch
    {
        PlanState.NotUpdated => _t.Plural("portal-not-updated", entry.Errors, entry.RollUp is { } r ? _dates.InWords(r.AsOf) : string.Empty),
        PlanState.LeftOut => _t.Plural("portal-left-out", entry.Errors),
        _ => null,
    };

    private PortalItem Item(RolledItem item) =>
        new(new Link(item.Text, item.Url), item.BeforePlan ? _t["portal-due-before-plan", _dates.InWords(item.Due)] : _t["portal-due", _dates.InWords(item.Due)], item.Who);

    private PortalListPage Overdue() => new()
    {
        Site = Site,
        Path = PortalPaths.Overdue,
        Heading = _t["portal-overdue"],
        Intro = _t["overdue-intro", _dates.InWords(_asOf)],
        Groups = _published.Where(p => p.Overdue.Count > 0)
            .Select(p => new PortalGroup(new Link(p.Name, p.Home), _t.Plural("overdue-heading", p.Overdue.Count), p.Overdue.OrderBy(i => i.BeforePlan).Select(Item).ToList()))
            .ToList(),
        Empty = _t["portal-nothing-overdue"],
    };

    private PortalListPage ThisMonth()
    {
        var month = YearMonth.From(_asOf);
        return new PortalListPage
        {
            Site = Site,
            Path = PortalPaths.ThisMonth,
            Heading = _t["this-month-link", month.Title(_settings.Culture)],
            Intro = _t["portal-this-month-intro"],
            Groups = _published.Where(p => p.ThisMonth is not null)
                .Select(p => new PortalGroup(
                    new Link(p.Name, p.ThisMonth!.Url),
                    string.Join(" · ", p.ThisMonth.Phases.Append(_t.Plural("portal-tasks", p.ThisMonth.Tasks))),
                    p.ThisMonth.Due.Select(Item).ToList()))
                .ToList(),
            Empty = _t["portal-no-month"],
        };
    }

    private PortalStatusPage Status() => new()
    {
        Site = Site,
        Path = PortalPaths.Status,
        Heading = _t["portal-status"],
        Plans = _entries.Select(e => new PortalStatusRow(
            e.Name,
            e.RollUp is { } r ? new Link(e.Name, r.Home) : null,
            e.Folder,
            _problems[e.Slug] ?? _t["portal-updated"],
            e.State != PlanState.Updated)).ToList(),
    };
}
