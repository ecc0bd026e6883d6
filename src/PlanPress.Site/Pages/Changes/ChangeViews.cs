using System.Globalization;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.History;

namespace PlanPress.Site.Pages;

/// <summary>One change as pages and the feed say it: the item (linked while it is in the plan) and what became of it.</summary>
/// <param name="Kind">"Benchmark", "Task", …, in the site's language.</param>
/// <param name="Title">The item's words now; empty when it is no longer in the plan (its words left with it).</param>
/// <param name="Path">The item on its page, or its page when the item is gone; null when neither is left.</param>
/// <param name="Summary">"Status: In progress → Met", "Who: now Mentor", "Added", "Removed".</param>
/// <param name="When">The day of the change, in words.</param>
/// <param name="What">What became of it, as a class name: "added", "status".</param>
/// <param name="Place">Its initiative, goal, month or list, by name: what names an item that is gone.</param>
public sealed record ChangeLine(string Kind, string Title, string? Path, string Summary, string When, string What, string Place);

/// <summary>A day's changes, grouped by the initiative, goal, month or list they belong to.</summary>
public sealed record ChangeDay(DateOnly Date, string Iso, string InWords, IReadOnlyList<Group<ChangeLine>> Groups)
{
    public int Count => Groups.Sum(g => g.Items.Count);
}

/// <summary>
/// The plan's history as pages show it: the changes by day, since when a benchmark's status holds,
/// and the statuses nobody has updated while their work is due. A change names its item by key:
/// its words and its link are the item's now (<see cref="ChangeLog.State"/>, this build's plan), so
/// nothing taken out of the plan is shown, and no link leads where the item no longer is. Empty
/// when no history is kept (serve, check), so pages then show none.
/// </summary>
public sealed class ChangeViews
{
    private readonly PageContext _context;
    private readonly Dictionary<string, DateOnly> _statusSince = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _added = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TrackedItem> _current;

    // Each benchmark's key in the history by its place (initiative and id), the same in every language's plan.
    private readonly Dictionary<(HistoryGroup Group, string Id), string> _keys;

    public ChangeViews(PageContext context, ChangeLog? log)
    {
        _context = context;
        Log = log;
        _current = (log?.State ?? []).ToDictionary(i => i.Key, StringComparer.Ordinal);
        _keys = (log?.State ?? []).Where(i => i.Kind == TrackedKind.Benchmark).DistinctBy(i => (i.Group, i.Id)).ToDictionary(i => (i.Group, i.Id), i => i.Key);
        foreach (var change in log?.Changes ?? [])
        {
            // Newest first: the first status change met is the last one made.
            var since = change.What switch
            {
                ChangeWhat.Status => _statusSince,
                ChangeWhat.Added => _added,
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
        if (Log is not { } log || !CanGoStale(benchmark) || benchmark.Month > _context.AsOfMonth)
        {
            return null;
        }

        var since = UnchangedSince(benchmark, log);
        return _context.AsOf.DayNumber - since.DayNumber > _context.Plan.Settings.StaleAfterDays ? _context.T["no-update-since", _context.Dates.InWords(since)] : null;
    }

    /// <summary>The days on which a benchmark not yet met or missed would first say "No update since …": none without a history.</summary>
    public IEnumerable<DateOnly> StaleDays() =>
        Log is not { } log
            ? []
            : _context.Plan.Benchmarks
                .Where(CanGoStale)
                .Select(b => UnchangedSince(b, log).AddDays(_context.Plan.Settings.StaleAfterDays + 1));

    /// <summary>Whether a benchmark's status can go without an update: it is still open (neither met nor missed) and falls in a month.</summary>
    private static bool CanGoStale(Benchmark benchmark) => benchmark.Status is not (Status.Met or Status.NotMet) && benchmark.Month is not null;

    /// <summary>Since when a benchmark's status has held as far as the history knows: its last status change, its addition, or the history's start.</summary>
    private DateOnly UnchangedSince(Benchmark benchmark, ChangeLog log)
    {
        var key = Key(benchmark) ?? string.Empty;
        return _statusSince.TryGetValue(key, out var changed) ? changed : _added.TryGetValue(key, out var added) ? added : log.Started;
    }

    /// <summary>The changes <paramref name="shown"/> (all when not given), newest day first.</summary>
    public List<ChangeDay> Days(Func<Change, bool>? shown = null) =>
        (Log?.Changes ?? [])
            .Where(shown ?? (_ => true))
            .GroupBy(c => c.Date)
            .OrderByDescending(d => d.Key)
            .Select(d => new ChangeDay(d.Key, d.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), _context.Dates.InWords(d.Key), d
                .GroupBy(c => c.Group)
                .Select(g => new Group<ChangeLine>(GroupName(g.Key), GroupLink(g.Key), g.Select(Line).ToList()))
                .ToList()))
            .ToList();

    /// <summary>The newest changes, at most <paramref name="count"/>, for the home page.</summary>
    public List<ChangeLine> Recent(int count) => Days().SelectMany(d => d.Groups.SelectMany(g => g.Items)).Take(count).ToList();

    /// <summary>Whether a change is to one of the initiative's benchmarks.</summary>
    public static Func<Change, bool> Of(Initiative initiative) => c => c.Group == HistoryGroup.Of(initiative);

    public static Func<Change, bool> Of(Model.Improvement.Goal goal) => c => c.Group == HistoryGroup.Of(goal);

    private string? Key(Benchmark benchmark) =>
        _keys.GetValueOrDefault((HistoryGroup.Of(_context.Index.InitiativeOf(benchmark)), benchmark.Id));

    private ChangeLine Line(Change change)
    {
        var item = _current.GetValueOrDefault(change.Key);
        var group = GroupLink(change.Group)?.Path;
        var path = group is null ? null : item is not null && change.What != ChangeWhat.Removed ? ItemLink(item, group) : group;
        var what = change.What.ToString().ToLowerInvariant();
        return new ChangeLine(_context.T["change-kind-" + change.Kind.ToString().ToLowerInvariant()], item?.Title ?? string.Empty, path, Summary(change, item), _context.Dates.InWords(change.Date), what, GroupName(change.Group));
    }

    /// <summary>The item on its page now: a benchmark's or activity's row, a task's month, a role's own page.</summary>
    private string ItemLink(TrackedItem item, string group) => item.Kind switch
    {
        TrackedKind.Activity => $"{group}#activity-{item.Id}",
        TrackedKind.Benchmark => $"{group}#{item.Id}",
        TrackedKind.Role when _context.Plan.Roles.FirstOrDefault(r => r.Slug == item.Id) is { } role => _context.Paths.Role(role),
        _ => group,
    };

    /// <summary>What became of the item: a status, day or month from its old to its new value; a fact in words by what it is now.</summary>
    private string Summary(Change change, TrackedItem? item)
    {
        var t = _context.T;
        var fact = change.What switch
        {
            ChangeWhat.Timeline => "change-month",
            var what => "change-" + what.ToString().ToLowerInvariant(),
        };
        if (change.What is ChangeWhat.Added or ChangeWhat.Removed or ChangeWhat.Reworded)
        {
            return t[fact];
        }

        if (change.Old is not null || change.New is not null)
        {
            return t["change-fact", t[fact], Value(change.Old), Value(change.New)];
        }

        var now = item is null ? string.Empty : change.What switch
        {
            ChangeWhat.Due => item.Facts.DueText,
            ChangeWhat.Timeline => item.Facts.Timeline,
            ChangeWhat.Who => item.Facts.Who,
            ChangeWhat.People => item.Facts.People,
            _ => string.Empty,
        };
        return now.Length > 0 ? t["change-fact-now", t[fact], now] : t["change-fact-changed", t[fact]];
    }

    /// <summary>A fact's value in the site's language: a status by its label, a day or month in words.</summary>
    private string Value(FactValue? value) => value switch
    {
        { Status: { } status } => StatusView.Of(status, _context.T).Label,
        { Day: { } day } => _context.Dates.InWords(day),
        { Month: { } month } => month.Name(_context.Culture),
        _ => _context.T["change-none"],
    };

    /// <summary>The page a group is on while it is in the plan: an initiative, a goal, a month, the roles.</summary>
    private Link? GroupLink(HistoryGroup group)
    {
        var plan = _context.Plan;
        return group.Kind switch
        {
            GroupKind.Initiative => plan.Initiatives.FirstOrDefault(i => i.Slug == group.Id) is { } initiative ? _context.InitiativeLink(initiative) : null,
            GroupKind.Goal => plan.Goals.FirstOrDefault(g => g.Id == group.Id) is { } goal ? _context.GoalLink(goal) : null,
            GroupKind.Month => group.Month is { } month && plan.Months.Contains(month) ? _context.MonthLink(month) : null,
            _ => new Link(_context.T["who-does-what"], _context.Paths.Roles),
        };
    }

    /// <summary>The group's name: its page's while it is in the plan; a month by its name, else its kind once it is gone.</summary>
    private string GroupName(HistoryGroup group) => GroupLink(group)?.Text ?? group switch
    {
        { Month: { } month } => month.Title(_context.Culture),
        { Kind: GroupKind.Goal, Id.Length: > 0 } => _context.T["goal-heading", group.Id],
        _ => _context.T["change-group-gone-" + group.Kind.ToString().ToLowerInvariant()],
    };
}
