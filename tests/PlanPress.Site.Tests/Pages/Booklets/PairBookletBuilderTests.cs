using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages.Booklets;

public sealed class PairBookletBuilderTests
{
    private static BookletPage Booklet() => SmallPlan.Only<BookletPage>(new PairBookletBuilder());

    [Fact]
    public void A_pairs_booklet_starts_at_their_own_month_with_their_names_filled_in()
    {
        var booklet = Booklet();

        Assert.Equal("dana-whitfield-marco-alvarez.html", booklet.Path);
        Assert.Equal(["November 2023", "December 2023", "January 2024"], booklet.Sheets.Select(s => s.Month.Month.Text));
        Assert.All(booklet.Sheets, s => Assert.Equal(new PairView("Dana Whitfield", "Marco Alvarez", string.Empty), s.Pair));
        Assert.Equal("https://example.github.io/plan/", booklet.LinkBase);
    }

    [Fact]
    public void Their_roles_items_are_checklist_items_and_the_others_work_is_listed_short()
    {
        var first = Booklet().Sheets[0];

        // The program's first month (October) is their first month: the mentor's task is theirs,
        // the coordinator's is someone else's.
        Assert.Equal(["Mentor"], first.Month.Tasks.Select(g => g.Heading));
        Assert.Equal(["Program Coordinator"], first.Others.Select(g => g.Heading));
    }

    [Fact]
    public void A_date_is_moved_by_as_many_months_as_they_started_after_the_program()
    {
        var booklet = Booklet();

        // "Survey sent to families", due October 31, 2023, is the coordinator's: on their first sheet, a month later.
        var survey = booklet.Sheets[0].Others.SelectMany(g => g.Items).Single(i => string.Concat(i.Text.Select(s => s.Text)) == "Survey sent to families");
        Assert.Equal("due November 30, 2023", survey.When);
    }
}
