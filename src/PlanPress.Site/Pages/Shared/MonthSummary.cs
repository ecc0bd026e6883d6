namespace PlanPress.Site.Pages;

/// <summary>A month in a list of months: its link, phases, tasks, and the benchmarks and activities due in it.</summary>
/// <param name="Key">The month as "2024-03", for the ids of its sheet and of what is on it.</param>
public sealed record MonthSummary(
    string Key,
    Link Month,
    IReadOnlyList<string> Phases,
    IReadOnlyList<Group<TaskItem>> Tasks,
    IReadOnlyList<Group<BenchmarkItem>> Benchmarks,
    IReadOnlyList<Group<ActivityItem>> Activities);
