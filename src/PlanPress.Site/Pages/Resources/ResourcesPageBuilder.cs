using PlanPress.Model.Resources;

namespace PlanPress.Site.Pages;

/// <summary>Everything the plan needs, by kind (people, time, materials, funds) and by initiative. None without resources.</summary>
public sealed class ResourcesPageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        var plan = context.Plan;
        if (plan.Resources.Count == 0)
        {
            yield break;
        }

        var items = plan.Resources.Select(r => (Resource: r, Item: new ResourceItem(r.Name, KindName(context, r.Kind), context.Shown(r.Initiative), r.Notes))).ToList();
        yield return new ResourcesPage
        {
            Site = context.Site,
            Path = context.Paths.Resources,
            Heading = context.T["resources"],
            ByKind = items
                .GroupBy(i => i.Resource.Kind)
                .OrderBy(g => g.Key == ResourceKind.NotGiven ? int.MaxValue : (int)g.Key)
                .Select(g => new Group<ResourceItem>(KindName(context, g.Key), null, g.Select(i => i.Item).ToList()))
                .ToList(),
            ByInitiative = items
                .GroupBy(i => i.Resource.Initiative)
                .OrderBy(g => g.Key.Length == 0 ? 0 : 1)
                .Select(g => new Group<ResourceItem>(
                    g.Key.Length == 0 ? context.T["the-whole-plan"] : context.Shown(g.Key),
                    plan.Initiatives.FirstOrDefault(i => i.Name == g.Key) is { } initiative ? context.InitiativeLink(initiative) : null,
                    g.Select(i => i.Item).ToList()))
                .ToList(),
        };
    }

    private static string KindName(PageContext context, ResourceKind kind) => kind switch
    {
        ResourceKind.People => context.T["kind-people"],
        ResourceKind.Time => context.T["kind-time"],
        ResourceKind.Materials => context.T["kind-materials"],
        ResourceKind.Funds => context.T["kind-funds"],
        _ => context.T["kind-not-given"],
    };
}
