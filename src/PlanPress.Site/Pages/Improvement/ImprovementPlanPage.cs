namespace PlanPress.Site.Pages;

/// <summary>A goal in the list of goals: its link and its targets.</summary>
/// <param name="Statement">What the goal is, as the plan words it: the list says it beside the goal's number.</param>
public sealed record GoalSummary(Link Goal, string Statement, IReadOnlyList<string> Targets);

/// <summary>The improvement plan: every goal and its targets.</summary>
public sealed class ImprovementPlanPage : PageModel
{
    public override string Template => "ImprovementPlan.cshtml";

    public required IReadOnlyList<GoalSummary> Goals { get; init; }
}
