namespace PlanPress.Site.Pages;

/// <summary>Builds the view models of one family of pages (the months, the roles and people …) from the resolved plan, without the theme.</summary>
public interface IPageBuilder
{
    /// <summary>The family's pages, in the order they are listed; none when the plan has nothing for them.</summary>
    IEnumerable<PageModel> Build(PageContext context);
}
