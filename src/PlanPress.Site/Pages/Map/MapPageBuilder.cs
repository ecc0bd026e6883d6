namespace PlanPress.Site.Pages;

/// <summary>The blank Mentoring Action Plan worksheet a pair fills in together at the start.</summary>
public sealed class MapPageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        yield return new MapPage
        {
            Site = context.Site,
            Path = context.Paths.Map,
            Heading = context.T["map-heading"],
            Sections = MapSections.Of(context.T, pair: null),
        };
    }
}
