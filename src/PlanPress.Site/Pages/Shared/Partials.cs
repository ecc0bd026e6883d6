namespace PlanPress.Site.Pages;

/// <summary>The model of the task-groups partial: the groups, the page they sit on, and the level of their headings.</summary>
/// <param name="Checklist">Whether each item carries the marks and write-in blanks of a month's checklist.</param>
public sealed record TaskGroupsPartial(PageModel Page, IReadOnlyList<Group<TaskItem>> Groups, int HeadingLevel, bool Checklist = false)
{
    /// <summary>Whether each group's heading is left out: one group on a page that already says whose tasks they are.</summary>
    public bool Headless { get; init; }
}

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

/// <summary>The model of the checklist-sheet partial.</summary>
/// <param name="Heading">The sheet's heading level: 1 on a month page, 2 in a booklet.</param>
public sealed record SheetPartial(PageModel Page, ChecklistSheet Sheet, int Heading);

/// <summary>Days of changes under headings of <paramref name="HeadingLevel"/>, each change linked to its item; the group headings are left out on a page that is the group (an initiative's own history).</summary>
public sealed record ChangeDaysPartial(PageModel Page, IReadOnlyList<ChangeDay> Days, int HeadingLevel, bool Groups = true);

/// <summary>One change in a list: the item (linked while it is in the plan; a removed item's words are not kept) and what became of it, led by its day on the home page.</summary>
public sealed record ChangeLinePartial(PageModel Page, ChangeLine Line, bool When);

/// <summary>The History section of an initiative's or a goal's page: its own changes.</summary>
public sealed record HistoryPartial(PageModel Page, IReadOnlyList<ChangeDay> Days);
