namespace PlanPress.Site.Pages;

/// <summary>A role or a person: who they are, what they do month by month, and the benchmarks they are responsible for.</summary>
public sealed class RolePage : PageModel
{
    public override string Template => "Role.cshtml";

    public required string Responsibilities { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>For a role, the people who hold it; for a person, their roles.</summary>
    public required IReadOnlyList<Link> Related { get; init; }

    public required string RelatedLabel { get; init; }

    public required IReadOnlyList<MonthSummary> Months { get; init; }

    /// <summary>Activities carried out over several months, listed once with their span rather than in every month.</summary>
    public required IReadOnlyList<ActivityItem> Spanning { get; init; }

    public required IReadOnlyList<BenchmarkItem> Benchmarks { get; init; }

    public required IReadOnlyList<ActivityItem> Recurring { get; init; }

    public required IReadOnlyList<ActivityItem> AsNeeded { get; init; }

    public required IReadOnlyList<ActivityItem> TimingNotSet { get; init; }

    /// <summary>Their calendar tasks to be decided ("TBD") and ongoing ones, as the year page lists them.</summary>
    public IReadOnlyList<TaskItem> ToBeDecided { get; init; } = [];

    public IReadOnlyList<TaskItem> Ongoing { get; init; } = [];

    /// <summary>The role's own calendar feed; null for a person.</summary>
    public required string? CalendarPath { get; init; }
}
