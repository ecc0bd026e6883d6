namespace PlanPress.Site.Pages;

/// <summary>The action plan: its initiatives with their progress, then a page per initiative. None without an action plan.</summary>
public sealed class InitiativePageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        var plan = context.Plan;
        if (plan.Initiatives.Count == 0)
        {
            yield break;
        }

        var items = context.Items;
        yield return new ActionPlanPage
        {
            Site = context.Site,
            Path = context.Paths.ActionPlan,
            Heading = context.T["action-plan"],
            Progress = items.ProgressRows(),
            Initiatives = plan.Initiatives.Select(i => new LinkWithNote(context.InitiativeLink(i), i.Objective)).ToList(),
        };

        foreach (var initiative in plan.Initiatives)
        {
            yield return new InitiativePage
            {
                Site = context.Site,
                History = context.Changes.Days(ChangeViews.Of(initiative)),
                Path = context.Paths.Initiative(initiative),
                Heading = initiative.Name,
                Title = initiative.Title,
                Objective = initiative.Objective,
                Implementation = initiative.Implementation,
                KeyTerms = initiative.KeyTerms.Select(k => k with { Term = context.Shown(k.Term) }).ToList(),
                Process = initiative.Process.Select(items.Item).ToList(),
                EarlyEvidence = initiative.EarlyEvidence.Select(items.Item).ToList(),
                Resources = initiative.Resources,
                Progress = items.ProgressRow(initiative),
            };
        }
    }
}
