namespace PlanPress.Site.Pages;

/// <summary>A goal in the list of goals: its link and its targets.</summary>
public sealed record GoalSummary(Link Goal, IReadOnlyList<string> Targets);

/// <summary>The improvement plan: every goal and its targets.</summary>
public sealed class ImprovementPlanPage : PageModel
{
    public override string Template => "ImprovementPlan.cshtml";

    public required IReadOnlyList<GoalSummary> Goals { get; init; }
}
