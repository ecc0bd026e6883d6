using System.Globalization;
using PlanPress.Model.Text;

namespace PlanPress.Model.History;

/// <summary>The plan's items as the history tracks them, in the plan's order.</summary>
public static class PlanState
{
    public const string Status = "status";
    public const string Due = "due";
    public const string Month = "month";
    public const string Who = "who";
    public const string People = "people";

    public static List<TrackedItem> Of(Plan plan)
    {
        var items = new List<TrackedItem>();
        foreach (var initiative in plan.Initiatives)
        {
            items.AddRange(initiative.Benchmarks.Select(b => new TrackedItem(
                $"benchmark:{initiative.Slug}:{Fold.Words(b.Text)}",
                TrackedKind.Benchmark,
                b.Text,
                InitiativeGroup(initiative),
                initiative.Name,
                b.Id,
                Facts((Status, b.Status.ToString()), (Due, b.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? b.DateText), (Who, b.Responsible.Text)))));
        }

        foreach (var goal in plan.Goals)
        {
            items.AddRange(goal.Activities.Select(a => new TrackedItem(
                $"activity:{goal.Id}:{Fold.Words(a.Statement)}",
                TrackedKind.Activity,
                a.Statement,
                GoalGroup(goal),
                goal.Id,
                a.Id,
                Facts((Month, a.TimelineText), (Who, a.Responsible.Text)))));
        }

        items.AddRange(plan.Tasks.Select(t => new TrackedItem(
            $"task:{t.Month}:{Fold.Words(t.Text)}",
            TrackedKind.Task,
            t.Text,
            "month:" + t.Month,
            t.Month.ToString(),
            t.Id,
            Facts((Month, t.Month.ToString()), (Who, t.Who.Text)))));
        items.AddRange(plan.Roles.Select(r => new TrackedItem(
            "role:" + r.Slug,
            TrackedKind.Role,
            r.Name,
            "roles",
            string.Empty,
            r.Slug,
            Facts((People, string.Join(", ", r.People))))));

        // The same words twice in one place are one item to the history: the first is kept.
        return items.DistinctBy(i => i.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Where an initiative's benchmarks belong in the history: "initiative:slug".</summary>
    public static string InitiativeGroup(ActionPlans.Initiative initiative) => "initiative:" + initiative.Slug;

    /// <summary>Where a goal's activities belong in the history: "goal:1".</summary>
    public static string GoalGroup(Improvement.Goal goal) => "goal:" + goal.Id;

    private static Dictionary<string, string> Facts(params (string Name, string Value)[] facts) =>
        facts.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
