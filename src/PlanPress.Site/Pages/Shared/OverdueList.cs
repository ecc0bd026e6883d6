namespace PlanPress.Site.Pages;

/// <summary>The benchmarks overdue on the as-of date (<see cref="Count"/> of them), grouped by who is responsible.</summary>
public sealed record OverdueList(int Count, IReadOnlyList<Group<BenchmarkItem>> Groups)
{
    public static readonly OverdueList None = new(0, []);
}
