namespace PlanPress.Site.Pages;

/// <summary>
/// The benchmarks overdue on the as-of date, each once with everyone responsible for it, by due
/// date; those due before the plan's first month apart (<see cref="BeforePlan"/>), so a benchmark
/// left from an earlier plan is not taken for this plan's own work.
/// </summary>
public sealed record OverdueList(IReadOnlyList<BenchmarkItem> Items, IReadOnlyList<BenchmarkItem> BeforePlan, string BeforePlanHeading)
{
    public static readonly OverdueList None = new([], [], string.Empty);

    /// <summary>How many benchmarks are overdue: every one listed, each once.</summary>
    public int Count => Items.Count + BeforePlan.Count;
}
