using PlanPress.Model.ActionPlans;

namespace PlanPress.Site.Pages;

/// <summary>A month's checklist: its phase, its tasks grouped by role, each with a checkbox, and the benchmarks due.</summary>
public sealed class MonthPage : PageModel
{
    public override string Template => "Month.cshtml";

    public required MonthSummary Month { get; init; }

    public required Link? Previous { get; init; }

    public required Link? Next { get; init; }
}

/// <summary>The whole year at once: every month with its phase and tasks.</summary>
public sealed class YearPage : PageModel
{
    public override string Template => "Year.cshtml";

    public required IReadOnlyList<MonthSummary> Months { get; init; }
}

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

    public required IReadOnlyList<BenchmarkItem> Benchmarks { get; init; }
}

/// <summary>All initiatives of the action plan with their progress.</summary>
public sealed class ActionPlanPage : PageModel
{
    public override string Template => "ActionPlan.cshtml";

    public required IReadOnlyList<ProgressRow> Progress { get; init; }

    public required IReadOnlyList<InitiativeSummary> Initiatives { get; init; }
}

/// <summary>An initiative in the list of initiatives: its link and its strategic objective.</summary>
public sealed record InitiativeSummary(Link Initiative, string Objective);

/// <summary>One strategic initiative: objective, implementation, key terms, both benchmark tables, resources.</summary>
public sealed class InitiativePage : PageModel
{
    public override string Template => "Initiative.cshtml";

    public required string Title { get; init; }

    public required string Objective { get; init; }

    public required string Implementation { get; init; }

    public required IReadOnlyList<KeyTerm> KeyTerms { get; init; }

    public required IReadOnlyList<BenchmarkItem> Process { get; init; }

    public required IReadOnlyList<BenchmarkItem> EarlyEvidence { get; init; }

    public required IReadOnlyList<Resource> Resources { get; init; }

    public required ProgressRow Progress { get; init; }
}
