namespace PlanPress.Site.Pages;

/// <summary>The improvement plan: its goals and targets, then a page per goal with its activities. None without an improvement plan.</summary>
public sealed class GoalPageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        var plan = context.Plan;
        if (plan.Goals.Count == 0)
        {
            yield break;
        }

        yield return new ImprovementPlanPage
        {
            Site = context.Site,
            Path = context.Paths.ImprovementPlan,
            Heading = context.T["improvement-plan"],
            Goals = plan.Goals.Select(g => new GoalSummary(context.GoalLink(g), g.Statement, g.Targets.Select(t => $"{t.Id}. {t.Statement}").ToList())).ToList(),
        };

        var items = context.Items;
        foreach (var goal in plan.Goals)
        {
            yield return new GoalPage
            {
                Site = context.Site,
                History = context.Changes.Days(ChangeViews.Of(goal)),
                Path = context.Paths.Goal(goal),
                Heading = context.T["goal-heading", goal.Id],
                Id = goal.Id,
                Statement = items.Segments(goal.Statement),
                DataConclusion = goal.DataConclusion,
                Rationale = goal.Rationale,
                Targets = goal.Targets.Select(t => new TargetView(t.Id, items.Segments(t.Statement), t.TimelineText, t.Activities.Select(items.Item).ToList())).ToList(),
            };
        }
    }
}
