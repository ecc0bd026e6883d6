using PlanPress.Model.ActionPlans;

namespace PlanPress.Site.Pages;

/// <summary>A run of text: plain, or a glossary term with its definition (<see cref="Title"/>) and entry.</summary>
public sealed record TextSegment(string Text, string? Title, string? Path);

/// <summary>The model of the text partial: text with its glossary terms marked, on a page.</summary>
public sealed record TextPartial(PageModel Page, IReadOnlyList<TextSegment> Segments);

/// <summary>A task as a checklist item: its text, who does it, and notes already rendered as safe HTML.</summary>
public sealed record TaskItem(string Id, IReadOnlyList<TextSegment> Text, string Who, string NotesHtml);

/// <summary>An improvement plan activity as shown: its number, statement, timeline as written and as read, and who.</summary>
/// <param name="When">How the timeline was read: "by March 2024", "recurring", "as needed", "timing not set".</param>
public sealed record ActivityItem(
    string Id,
    IReadOnlyList<TextSegment> Statement,
    string TimelineText,
    string When,
    string Responsible,
    IReadOnlyList<Link> Who,
    Link Goal);

/// <summary>A status as shown: text always, with an icon that repeats it (never colour alone).</summary>
public sealed record StatusView(string Key, string Label, string Icon)
{
    public static StatusView Of(Status status, Translations text) => status switch
    {
        Status.Met => new("met", text["status-met"], "✓"),
        Status.InProgress => new("in-progress", text["status-in-progress"], "◐"),
        Status.NotMet => new("not-met", text["status-not-met"], "✗"),
        _ => new("not-started", text["status-not-started"], "○"),
    };
}

/// <summary>A benchmark as shown: who, when (as written, with the date it was read as), status and whether it is overdue.</summary>
/// <param name="DateShown">The date as the plan wrote it, or "date not set".</param>
/// <param name="DueIso">The day it was read as (yyyy-MM-dd), for a &lt;time&gt; element; null when not set.</param>
public sealed record BenchmarkItem(
    string Id,
    string Kind,
    IReadOnlyList<TextSegment> Text,
    string Responsible,
    IReadOnlyList<Link> Who,
    string DateShown,
    string? DueIso,
    StatusView Status,
    bool Overdue,
    string OverdueLabel,
    Link Initiative);

/// <summary>The benchmarks overdue on the as-of date (<see cref="Count"/> of them), grouped by who is responsible.</summary>
public sealed record OverdueList(int Count, IReadOnlyList<Group<BenchmarkItem>> Groups)
{
    public static readonly OverdueList None = new(0, []);
}

/// <summary>Items under one heading: a role or person (linked to their page), a name nothing matched, or everyone.</summary>
public sealed record Group<TItem>(string Heading, Link? Link, IReadOnlyList<TItem> Items);

/// <summary>A month in a list of months: its link, phases, tasks, and the benchmarks and activities due in it.</summary>
public sealed record MonthSummary(
    Link Month,
    IReadOnlyList<string> Phases,
    IReadOnlyList<Group<TaskItem>> Tasks,
    IReadOnlyList<Group<BenchmarkItem>> Benchmarks,
    IReadOnlyList<Group<ActivityItem>> Activities);

/// <summary>Benchmark counts for an initiative (or the whole plan), process and early evidence apart.</summary>
public sealed record ProgressRow(string Label, Link? Link, Progress Process, Progress EarlyEvidence);

/// <summary>The model of the task-groups partial: the groups, the page they sit on, and the level of their headings.</summary>
/// <param name="Checklist">Whether each item carries the marks and write-in blanks of a month's checklist.</param>
public sealed record TaskGroupsPartial(PageModel Page, IReadOnlyList<Group<TaskItem>> Groups, int HeadingLevel, bool Checklist = false);

/// <summary>The model of the benchmark-list partial: benchmarks grouped by who is responsible.</summary>
/// <param name="Status">Whether each shows its status; not on a pair's booklet, where the dates are theirs and the status the program's.</param>
public sealed record BenchmarkGroupsPartial(PageModel Page, IReadOnlyList<Group<BenchmarkItem>> Groups, int HeadingLevel, bool Status = true);

/// <summary>What is overdue, on the home page and the current month's.</summary>
public sealed record OverduePartial(PageModel Page, OverdueList List);

/// <summary>The model of the benchmark-table partial: one kind of benchmark in a table.</summary>
public sealed record BenchmarkTablePartial(PageModel Page, string Caption, IReadOnlyList<BenchmarkItem> Items, bool ShowInitiative);

/// <summary>The model of the activity-list partial.</summary>
/// <param name="IdPrefix">Set on a checklist, where the same activity may recur on several sheets of a booklet: it makes each item's id its own.</param>
/// <param name="Weeks">On a checklist, the week boxes of weekly duties, by activity id.</param>
public sealed record ActivitiesPartial(PageModel Page, IReadOnlyList<ActivityItem> Items, string? IdPrefix = null, IReadOnlyDictionary<string, WeekBoxes>? Weeks = null);

/// <summary>The model of the checklist-marks partial: the id of the item whose marks and blanks these are, and for a weekly duty its week boxes.</summary>
public sealed record MarksPartial(PageModel Page, string ItemId, WeekBoxes? Weeks = null);

/// <summary>One month's checklist sheet: what the month page shows and what the booklet prints once per month.</summary>
/// <param name="Activities">The improvement activities due in the month, each once (who is responsible is said beside it).</param>
public sealed record ChecklistSheet(MonthSummary Month, IReadOnlyList<ActivityItem> Activities, IReadOnlyList<ActivityItem> Recurring, IReadOnlyList<ActivityItem> AsNeeded, PairView? Pair)
{
    /// <summary>On a pair's booklet: the steps, milestones and check-ins of their action plan that fall in this month.</summary>
    public IReadOnlyList<PlanStep> PairPlan { get; init; } = [];

    /// <summary>On the last sheet of a pair's booklet: the criteria they agreed to judge the mentoring by.</summary>
    public IReadOnlyList<string> Evaluation { get; init; } = [];

    /// <summary>For each weekly recurring duty (by activity id), a box per week of the month in place of the date blank.</summary>
    public IReadOnlyDictionary<string, WeekBoxes> Weeks { get; init; } = new Dictionary<string, WeekBoxes>();

    /// <summary>On a pair's booklet: the month's work of other roles and people, listed short, without marks.</summary>
    public IReadOnlyList<Group<OtherItem>> Others { get; init; } = [];
}

/// <summary>Someone else's task, activity or benchmark on a pair's sheet: its text, and when it is due unless that is just the sheet's month.</summary>
public sealed record OtherItem(string Id, IReadOnlyList<TextSegment> Text, string? When);

/// <summary>One week's box of a weekly duty: the day as a date ("2024-03-01"), short on paper ("Fri 1") and in full for a screen reader.</summary>
public sealed record WeekBox(string Iso, string OnPaper, string Spoken);

/// <summary>A weekly duty's boxes in a month, and whether its wording gives the time (then there is no time blank).</summary>
public sealed record WeekBoxes(IReadOnlyList<WeekBox> Days, bool TimeGiven);

/// <summary>An entry of a pair's action plan on a month's sheet: what kind it is ("Milestone"), its text and its time as written.</summary>
public sealed record PlanStep(string Kind, string Text, string When);

/// <summary>A mentor pair whose names are filled in on a personal booklet.</summary>
public sealed record PairView(string Mentor, string Protege, string Group);

/// <summary>The model of the checklist-sheet partial.</summary>
/// <param name="Heading">The sheet's heading level: 1 on a month page, 2 in a booklet.</param>
public sealed record SheetPartial(PageModel Page, ChecklistSheet Sheet, int Heading);

/// <summary>The model of the progress partial.</summary>
public sealed record ProgressPartial(PageModel Page, IReadOnlyList<ProgressRow> Rows);
