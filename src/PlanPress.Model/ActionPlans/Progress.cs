namespace PlanPress.Model.ActionPlans;

/// <summary>How many benchmarks are in each status, and how many of them are overdue on the as-of date.</summary>
public sealed record Progress(int NotStarted, int InProgress, int Met, int NotMet, int Overdue)
{
    public int Total => NotStarted + InProgress + Met + NotMet;

    public static Progress Of(IEnumerable<Benchmark> benchmarks, DateOnly asOf)
    {
        var list = benchmarks.ToList();
        return new Progress(
            list.Count(b => b.Status == Status.NotStarted),
            list.Count(b => b.Status == Status.InProgress),
            list.Count(b => b.Status == Status.Met),
            list.Count(b => b.Status == Status.NotMet),
            list.Count(b => b.IsOverdue(asOf)));
    }
}
