using PlanPress.Model.Text;

namespace PlanPress.Model.History;

/// <summary>The plan's items as the history tracks them, in the plan's order.</summary>
public static class TrackedItems
{
    public static List<TrackedItem> Of(Plan plan)
    {
        var items = new List<TrackedItem>();
        foreach (var initiative in plan.Initiatives)
        {
            var group = HistoryGroup.Of(initiative);
            items.AddRange(initiative.Benchmarks.Select(b => Item(
                TrackedKind.Benchmark,
                group,
                b.Id,
                b.Text,
                new ItemFacts(Status: b.Status, Due: b.Due, DueText: b.Due is null ? b.DateText : string.Empty, Who: b.Responsible.Text))));
        }

        foreach (var goal in plan.Goals)
        {
            var group = HistoryGroup.Of(goal);
            items.AddRange(goal.Activities.Select(a => Item(TrackedKind.Activity, group, a.Id, a.Statement, new ItemFacts(Timeline: a.TimelineText, Who: a.Responsible.Text))));
        }

        items.AddRange(plan.Tasks.Select(t => Item(TrackedKind.Task, HistoryGroup.Of(t.Month), t.Id, t.Text, new ItemFacts(Month: t.Month, Who: t.Who.Text))));
        items.AddRange(plan.Roles.Select(r => Item(TrackedKind.Role, HistoryGroup.Roles, r.Slug, r.Name, new ItemFacts(People: string.Join(", ", r.People)))));

        // The same words twice in one place are one item to the history: the first is kept.
        return items.DistinctBy(i => i.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The plan's initiatives, goals, months and its roles: the places a change can be of.</summary>
    public static HashSet<HistoryGroup> Groups(Plan plan) =>
        [.. plan.Initiatives.Select(HistoryGroup.Of), .. plan.Goals.Select(HistoryGroup.Of), .. plan.Months.Select(HistoryGroup.Of), HistoryGroup.Roles];

    private static TrackedItem Item(TrackedKind kind, HistoryGroup group, string id, string text, ItemFacts facts) =>
        new(kind, group, TrackedItem.Digest(text), id, text, facts);
}
