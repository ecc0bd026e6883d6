using PlanPress.Model;
using PlanPress.Model.History;
using PlanPress.Site.Pages;

namespace PlanPress.Site;

/// <summary>Every page of a plan's site, built by one builder per family of pages, in the order they are listed.</summary>
public static class SitePages
{
    /// <summary>The site's page builders: adding a kind of page is adding a builder here.</summary>
    public static readonly IReadOnlyList<IPageBuilder> Builders =
    [
        new HomePageBuilder(),
        new YearPageBuilder(),
        new MonthPageBuilder(),
        new RolePageBuilder(),
        new InitiativePageBuilder(),
        new GoalPageBuilder(),
        new ResourcesPageBuilder(),
        new GlossaryPageBuilder(),
        new ArticlePageBuilder(),
        new BookletPageBuilder(),
        new MapPageBuilder(),
        new SearchPageBuilder(),
        new ChangesPageBuilder(),
        new AccessibilityPageBuilder(),
    ];

    /// <summary>The view model of every page of the site.</summary>
    public static IEnumerable<PageModel> All(PageContext context) => Builders.SelectMany(b => b.Build(context));

    /// <summary>The mentor pairs' personal booklets: never part of the site.</summary>
    public static IEnumerable<PageModel> PairBooklets(PageContext context) => new PairBookletBuilder().Build(context);

    /// <summary>The context every builder of a plan's site shares: at the root of the site, or where a portal places it.</summary>
    public static PageContext For(Plan plan, DateOnly asOf, Translations text, PlanPlacement? placement = null, ChangeLog? history = null) =>
        placement is null ? new(plan, asOf, text, SitePaths.Root, history: history) : new(plan, asOf, text, placement.Paths, placement.Portal, history);
}
