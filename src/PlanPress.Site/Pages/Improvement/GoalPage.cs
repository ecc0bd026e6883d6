namespace PlanPress.Site.Pages;

/// <summary>An improvement target with its activities.</summary>
public sealed record TargetView(string Id, IReadOnlyList<TextSegment> Statement, string TimelineText, IReadOnlyList<ActivityItem> Activities);

/// <summary>One improvement goal: its statement, the data conclusion it answers, its targets and their activities.</summary>
public sealed class GoalPage : PageModel
{
    public override string Template => "Goal.cshtml";

    public required string Id { get; init; }

    public required IReadOnlyList<TextSegment> Statement { get; init; }

    public required string DataConclusion { get; init; }

    /// <summary>Why the goal was chosen, as the plan writes it under the goal; empty when it does not.</summary>
    public string Rationale { get; init; } = string.Empty;

    public required IReadOnlyList<TargetView> Targets { get; init; }

    /// <summary>What changed here, newest day first, when the history is kept; empty otherwise.</summary>
    public IReadOnlyList<ChangeDay> History { get; init; } = [];
}
