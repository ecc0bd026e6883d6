using PlanPress.Site.Pages;
using PlanPress.Site.Tests.Pages;

namespace PlanPress.Site.Tests;

public sealed class SitePathsTests
{
    [Fact]
    public void Under_a_portal_every_page_of_a_plan_is_in_its_folder_and_links_stay_in_it_but_the_shared_assets()
    {
        var context = SmallPlan.Context(paths: new SitePaths("riverside/"));
        var month = new MonthPageBuilder().Build(context).Cast<MonthPage>().First();

        Assert.Equal("riverside/months/2023-10.html", month.Path);
        Assert.Equal("../year.html", month.Url(context.Paths.Year));
        Assert.Equal("../../assets/site.css", month.Url(context.Paths.Asset("site.css")));
        Assert.All(SitePages.All(context), p => Assert.StartsWith("riverside/", p.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_prefix_is_a_folder()
    {
        Assert.Throws<ArgumentException>(() => new SitePaths("riverside"));
    }

    [Fact]
    public void Search_and_not_found_are_not_listed_for_search_engines_every_other_page_is()
    {
        var paths = SitePaths.Root;

        Assert.False(paths.IsListed(paths.Search));
        Assert.False(paths.IsListed(paths.NotFound));
        Assert.False(paths.IsListed(paths.Calendar));
        Assert.True(paths.IsListed(paths.Year));
    }
}
