using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages.Search;

public sealed class SearchPageBuilderTests
{
    [Fact]
    public void The_search_page_reads_the_index_and_the_not_found_page_links_from_the_sites_own_path()
    {
        var pages = new SearchPageBuilder().Build(SmallPlan.Context()).ToList();

        var search = Assert.IsType<SearchPage>(pages[0]);
        Assert.Equal(("search.html", "search-index.js"), (search.Path, search.IndexPath));
        var notFound = Assert.IsType<NotFoundPage>(pages[1]);
        Assert.Equal("404.html", notFound.Path);
        Assert.Equal("/plan/", notFound.RootPath);
        Assert.Equal("/plan/year.html", notFound.Url(notFound.Paths.Year));
    }
}
