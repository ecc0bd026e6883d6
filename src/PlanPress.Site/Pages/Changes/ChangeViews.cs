using System.Globalization;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.History;

namespace PlanPress.Site.Pages;

/// <summary>One change as pages and the feed say it: the item (linked while it is in the plan) and what became of it.</summary>
/// <param name="Kind">"Benchmark", "Task", …, in the site's language.</param>
/// <param name="Path">The item on its page, or its page when the item is gone; null when neither is left.</param>
/// <param name="Summary">"Status: In progress → Met", "Added", "Removed".</param>
/// <param name="When">The day of the change, in words.</param>
public sealed record ChangeLine(string Kind, string Title, string? Path, string Summary, string When, Change Change);

/// <summary>A day's changes, grouped by the initiative, goal, month or list they belong to.</summary>
public sealed record ChangeDay(DateOnly Date, string Iso, string InWords, IReadOnlyList<Group<ChangeLine>> Groups)
{
    public int Count => Groups.Sum(g => g.Items.Count);
}

/// <summary>
/// The plan's history as pages show it: the changes by day, since when a benchmark's status holds,
/// and the statuses nobody has updated while their work is due. Empty when no history is kept
/// (serve, check), so pages then show none.
/// </summary>
public sealed class ChangeViews
{
    private readonly PageContext _context;
    private readonly Dictionary<string, DateOnly> _statusSince = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _added = new(StringComparer.Ordinal);
    private readonly HashSet<string> _current;

    // Each benchmark's key in the history by its place (initiative and id), the same in every language's plan.
    private readonly Dictionary<(string Group, string Id), string> _keys;

    public ChangeViews(PageContext context, ChangeLog? log)
    {
        _context = context;
        Log = log;
        _current = (log?.State ?? []).Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        _keys = (log?.State ?? []).Where(i => i.Kind == TrackedKind.Benchmark).DistinctBy(i => (i.Group, i.ItemId)).ToDictionary(i => (i.Group, i.ItemId), i => i.Key);
        foreach (var change in log?.Changes ?? [])
        {
            // Newest first: the first status change met is the last one made.
            var since = change.What switch
            {
                PlanState.Status => _statusSince,
                Change.Added => _added,
                _ => null,
            };
            since?.TryAdd(change.Key, change.Date);
        }
    }

    /// <summary>The history, or null when none is kept.</summary>
    public ChangeLog? Log { get; }

    /// <summary>The first day the history was kept, in words.</summary>
    public string? Started => Log is { } log ? _context.Dates.InWords(log.Started) : null;

    /// <summary>"since March 3, 2024" when the history saw the benchmark's status change to what it is; else null (it may have held for longer).</summary>
    public string? Since(Benchmark benchmark) =>
        Key(benchmark) is { } key && _statusSince.TryGetValue(key, out var day) ? _context.T["status-since", _context.Dates.InWords(day)] : null;

    /// <summary>
    /// "No update since …" for a benchmark still not started or in progress, due by the as-of month,
    /// whose status has not changed for longer than the plan allows (site.yml's stale_after): since
    /// its last status change, since it was added, or since the history began.
    /// </summary>
    public string? NoUpdate(Benchmark benchmark)
    {
        if (Log is not { } log || benchmark.Status is Status.Met or Status.NotMet || benchmark.Month is not { } due || due > _context.AsOfMonth)
        {
            return null;
        }

        var key = Key(benchmark) ?? string.Empty;
        var since = _statusSince.TryGetValue(key, out var changed) ? changed : _added.TryGetValue(key, out var added) ? added : log.Started;
        return _context.AsOf.DayNumber - since.DayNumber > _context.Plan.Settings.StaleAfterDays ? _context.T["no-update-since", _context.Dates.InWords(since)] : null;
    }

    /// <summary>The changes <paramref name="shown"/> (all when not given), newest day first.</summary>
    public List<ChangeDay> Days(Func<Change, bool>? shown = null) =>
        (Log?.Changes ?? [])
            .Where(shown ?? (_ => true))
            .GroupBy(c => c.Date)
            .OrderByDescending(d => d.Key)
            .Select(d => new ChangeDay(d.Key, d.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), _context.Dates.InWords(d.Key), d
                .GroupBy(c => c.Group, StringComparer.Ordinal)
                .Select(g => new Group<ChangeLine>(GroupName(g.First()), GroupLink(g.Key), g.Select(Line).ToList()))
                .ToList()))
            .ToList();

    /// <summary>The newest changes, at most <paramref name="count"/>, for the home page.</summary>
    public List<ChangeLine> Recent(int count) => Days().SelectMany(d => d.Groups.SelectMany(g => g.Items)).Take(count).ToList();

    /// <summary>Whether a change is to one of the initiative's benchmarks.</summary>
    public static Func<Change, bool> Of(Initiative initiative) => c => c.Group == PlanState.InitiativeGroup(initiative);

    public static Func<Change, bool> Of(Model.Improvement.Goal goal) => c => c.Group == PlanState.GoalGroup(goal);

    private string? Key(Benchmark benchmark) =>
        _keys.GetValueOrDefault((PlanState.InitiativeGroup(_context.Index.InitiativeOf(benchmark)), benchmark.Id));

    private ChangeLine Line(Change change)
    {
        var group = GroupLink(change.Group)?.Path;
        var path = group is null ? null : _current.Contains(change.Key) && change.What != Change.Removed ? ItemLink(change, group) : group;
        return new ChangeLine(_context.T["change-kind-" + change.Kind.ToString().ToLowerInvariant()], change.Title, path, Summary(change), _context.Dates.InWords(change.Date), change);
    }

    /// <summary>The item on its page: a benchmark's or activity's row, a task's month, a role's own page.</summary>
    private string ItemLink(Change change, string group) => change.Kind switch
    {
        TrackedKind.Activity => $"{group}#activity-{change.ItemId}",
        TrackedKind.Benchmark => $"{group}#{change.ItemId}",
        TrackedKind.Role when _context.Plan.Roles.FirstOrDefault(r => r.Slug == change.ItemId) is { } role => _context.Paths.Role(role),
        _ => group,
    };

    private string Summary(Change change) => change.What switch
    {
        Change.Added or Change.Removed or Change.Reworded => _context.T["change-" + change.What],
        var fact => _context.T["change-fact", _context.T["change-" + fact], Value(fact, change.Old), Value(fact, change.New)],
    };

    /// <summary>A fact's value in the site's language: a status by its label, a day or month in words, a name as written.</summary>
    private string Value(string fact, string value)
    {
        if (value.Length == 0)
        {
            return _context.T["change-none"];
        }

        if (fact == PlanState.Status && Enum.TryParse<Status>(value, out var status))
        {
            return StatusView.Of(status, _context.T).Label;
        }

        if (fact == PlanState.Due && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return _context.Dates.InWords(day);
        }

        return fact == PlanState.Month && YearMonth.FromKey(value) is { } month ? month.Name(_context.Culture) : value;
    }

    /// <summary>The page a group is on while it is in the plan: an initiative, a goal, a month, the roles.</summary>
    private Link? GroupLink(string group)
    {
        var (kind, id) = (group.Split(':')[0], group.Contains(':', StringComparison.Ordinal) ? group[(group.IndexOf(':', StringComparison.Ordinal) + 1)..] : string.Empty);
        var plan = _context.Plan;
        return kind switch
        {
            "initiative" => plan.Initiatives.FirstOrDefault(i => i.Slug == id) is { } initiative ? _context.InitiativeLink(initiative) : null,
            "goal" => plan.Goals.FirstOrDefault(g => g.Id == id) is { } goal ? _context.GoalLink(goal) : null,
            "month" => YearMonth.FromKey(id) is { } month && plan.Months.Contains(month) ? _context.MonthLink(month) : null,
            "roles" => new Link(_context.T["who-does-what"], _context.Paths.Roles),
            _ => null,
        };
    }

    private string GroupName(Change change) => GroupLink(change.Group)?.Text ?? change.Group.Split(':')[0] switch
    {
        "goal" => _context.T["goal-heading", change.GroupName],
        "month" when YearMonth.FromKey(change.GroupName) is { } month => month.Title(_context.Culture),
        _ => change.GroupName,
    };
}
