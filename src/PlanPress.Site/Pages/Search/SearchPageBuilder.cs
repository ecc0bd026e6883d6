namespace PlanPress.Site.Pages;

/// <summary>The two ways to find what you came for: the search page, and the page shown for an address that is not there.</summary>
public sealed class SearchPageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        yield return new SearchPage
        {
            Site = context.Site,
            Path = context.Paths.Search,
            Heading = context.T["search-the-plan"],
            IndexPath = context.Paths.SearchIndex,
        };

        // Served for any missing address, so its links start from base_url's path, not from where it is served.
        yield return new NotFoundPage
        {
            Site = context.Site,
            Path = context.Paths.NotFound,
            Heading = context.T["page-not-found"],
            RootPath = SitePaths.RootPath(context.Plan.Settings),
            Suggestions = [
                new(context.T["plan-at-a-glance"], context.Paths.Home),
                .. context.Site.CurrentMonth is { } month ? [new Link(context.T["this-month-link", month.Text], month.Path)] : Array.Empty<Link>(),
                new(context.T["the-year-at-a-glance"], context.Paths.Year),
            ],
        };
    }
}
