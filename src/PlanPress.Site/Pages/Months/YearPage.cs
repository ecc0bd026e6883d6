namespace PlanPress.Site.Pages;

/// <summary>The whole year at once: every month with its phase and tasks.</summary>
public sealed class YearPage : PageModel
{
    public override string Template => "Year.cshtml";

    public required IReadOnlyList<MonthSummary> Months { get; init; }

    /// <summary>The calendar's tasks with no month yet ("TBD"), by who does them.</summary>
    public IReadOnlyList<Group<TaskItem>> ToBeDecided { get; init; } = [];

    /// <summary>The calendar's tasks that go on rather than fall in a month ("ongoing").</summary>
    public IReadOnlyList<Group<TaskItem>> Ongoing { get; init; } = [];
}
