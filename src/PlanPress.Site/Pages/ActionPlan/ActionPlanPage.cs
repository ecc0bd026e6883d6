using PlanPress.Model.ActionPlans;

namespace PlanPress.Site.Pages;

/// <summary>All initiatives of the action plan with their progress.</summary>
public sealed class ActionPlanPage : PageModel
{
    public override string Template => "ActionPlan.cshtml";

    public required IReadOnlyList<ProgressRow> Progress { get; init; }

    /// <summary>Each initiative with its strategic objective.</summary>
    public required IReadOnlyList<LinkWithNote> Initiatives { get; init; }
}
