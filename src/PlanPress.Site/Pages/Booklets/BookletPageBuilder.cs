namespace PlanPress.Site.Pages;

/// <summary>The year's booklet: every month's checklist sheet in one page, each printed on a sheet of its own.</summary>
public sealed class BookletPageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        yield return new BookletPage
        {
            Site = context.Site,
            Path = context.Paths.Booklet,
            Heading = context.T["booklet-heading"],
            Sheets = context.Plan.Months.Select(context.Sheets.Sheet).ToList(),
        };
    }
}
