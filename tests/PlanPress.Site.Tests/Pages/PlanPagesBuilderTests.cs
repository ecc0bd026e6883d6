using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages;

/// <summary>The pages about the plan rather than its work: resources, glossary, its own pages, the year's booklet.</summary>
public sealed class PlanPagesBuilderTests
{
    [Fact]
    public void Resources_are_grouped_by_kind_and_by_the_initiative_they_support()
    {
        var resources = SmallPlan.Only<ResourcesPage>(new ResourcesPageBuilder());

        Assert.Equal("resources.html", resources.Path);
        Assert.Equal(["Time"], resources.ByKind.Select(g => g.Heading));
        var byInitiative = Assert.Single(resources.ByInitiative);
        Assert.Equal("initiatives/launch-the-mentoring-program.html", byInitiative.Link?.Path);
    }

    [Fact]
    public void The_glossary_lists_every_term_and_a_term_in_a_task_links_to_its_entry()
    {
        var context = SmallPlan.Context();
        var glossary = SmallPlan.Only<GlossaryPage>(new GlossaryPageBuilder(), context);

        Assert.Equal(("glossary.html", "CBAM"), (glossary.Path, Assert.Single(glossary.Entries).Term));
        var task = context.Items.Item(context.Plan.Tasks[0]);
        Assert.Equal("glossary.html#cbam", task.Text.Single(s => s.Text == "CBAM").Path);
    }

    [Fact]
    public void A_page_of_the_plan_is_its_markdown_as_html()
    {
        var page = SmallPlan.Only<ArticlePage>(new ArticlePageBuilder());

        Assert.Equal(("pages/barriers.html", "Barriers"), (page.Path, page.Heading));
        Assert.Contains("<strong>families</strong>", page.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_years_booklet_has_a_sheet_per_month()
    {
        var booklet = SmallPlan.Only<BookletPage>(new BookletPageBuilder());

        Assert.Equal("booklet.html", booklet.Path);
        Assert.Equal(["2023-10", "2023-11", "2023-12"], booklet.Sheets.Select(s => s.Month.Key));
        Assert.Null(booklet.LinkBase);
    }

    [Fact]
    public void The_site_lists_each_familys_pages_once_in_the_order_of_its_builders()
    {
        var paths = SitePages.All(SmallPlan.Context()).Select(p => p.Path).ToList();

        Assert.Equal(paths.Distinct().Count(), paths.Count);
        Assert.Equal(["index.html", "year.html", "months/2023-10.html"], paths.Take(3));
        Assert.Equal(["search.html", "404.html", "accessibility.html"], paths.TakeLast(3));
    }
}
