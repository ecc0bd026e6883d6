using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;

namespace PlanPress.Model.Improvement;

/// <summary>An activity (1A3): a step toward a target, with its timeline and who is responsible.</summary>
/// <param name="TimelineText">The timeline as written, shown wherever the activity is.</param>
public sealed record Activity(string Id, string Statement, string TimelineText, Timing Timing, Assignment Responsible, SourceLocation Source)
{
    /// <summary>Its status, when the plan keeps one (the usual US improvement plan's Progress column); null otherwise.</summary>
    public ActionPlans.Status? Status { get; init; }

    /// <summary>What will show it was done or worked, as written; empty when not given.</summary>
    public string Evidence { get; init; } = string.Empty;

    /// <summary>What it needs (funding, materials), as written; empty when not given.</summary>
    public string Resources { get; init; } = string.Empty;

    /// <summary>Not started and past the day it was to be done by.</summary>
    public bool IsOverdue(DateOnly asOf) => Status == ActionPlans.Status.NotStarted && Timing.Due is { } due && due < asOf;
}

/// <summary>An improvement target (1A): an objective under a goal, reached through its activities.</summary>
public sealed record Target(string Id, string Statement, string TimelineText, Timing Timing, IReadOnlyList<Activity> Activities, SourceLocation Source);

/// <summary>An improvement goal (1), the data conclusion it answers, and its targets.</summary>
public sealed record Goal(string Id, string Statement, string DataConclusion, IReadOnlyList<Target> Targets, SourceLocation Source)
{
    /// <summary>Why the goal was chosen, where the plan writes it under the goal ("Rationale: …"); empty otherwise.</summary>
    public string Rationale { get; init; } = string.Empty;

    public IEnumerable<Activity> Activities => Targets.SelectMany(t => t.Activities);
}
