using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages.Home;

public sealed class HomePageBuilderTests
{
    [Fact]
    public void This_month_is_the_month_of_the_as_of_date_with_its_tasks_by_role()
    {
        var home = SmallPlan.Only<HomePage>(new HomePageBuilder());

        Assert.Equal("index.html", home.Path);
        Assert.Equal("Mentoring Plan", home.Heading);
        Assert.NotNull(home.ThisMonth);
        Assert.Equal("December 2023", home.ThisMonth.Month.Text);
        Assert.Equal("months/2023-12.html", home.ThisMonth.Month.Path);
        var group = Assert.Single(home.ThisMonth.Tasks);
        Assert.Equal("Program Coordinator", group.Heading);
        Assert.Equal("Write the term's report", string.Concat(Assert.Single(group.Items).Text.Select(s => s.Text)));
        Assert.Null(home.OutsidePlan);
    }

    [Fact]
    public void Overdue_counts_the_benchmarks_due_before_the_as_of_date_and_not_met()
    {
        var home = SmallPlan.Only<HomePage>(new HomePageBuilder());

        // Met on October 31 is not overdue; "Nov 2023", in progress, is, and so is one from 2021.
        Assert.Equal(2, home.Overdue.Count);
        Assert.Equal(["Matching report written"], home.Overdue.Items.Select(b => string.Concat(b.Text.Select(s => s.Text))));
    }

    [Fact]
    public void A_benchmark_due_before_the_plans_first_month_is_listed_apart_under_its_own_heading()
    {
        var home = SmallPlan.Only<HomePage>(new HomePageBuilder());

        // The audit, due in June 2021, is left from an earlier plan: overdue, but not this plan's own work.
        Assert.Equal(["Old plan's reading audit"], home.Overdue.BeforePlan.Select(b => string.Concat(b.Text.Select(s => s.Text))));
        Assert.Equal("Due before the plan began (October 2023)", home.Overdue.BeforePlanHeading);
        Assert.Equal(home.Overdue.Items.Count + home.Overdue.BeforePlan.Count, home.Overdue.Count);
    }

    [Fact]
    public void Before_the_plan_starts_the_home_page_says_when_it_does_instead_of_this_month()
    {
        var home = SmallPlan.Only<HomePage>(new HomePageBuilder(), SmallPlan.Context(new DateOnly(2023, 8, 1)));

        Assert.Null(home.ThisMonth);
        Assert.Contains("October 2023", home.OutsidePlan, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_phase_is_a_bar_across_the_months_it_spans()
    {
        var home = SmallPlan.Only<HomePage>(new HomePageBuilder());

        Assert.Equal(["Oct", "Nov", "Dec"], home.MonthAbbreviations);
        Assert.Equal(
            [new PhaseBar("Needs assessment", "October 2023", "October 2023", 1, 1), new PhaseBar("Matching", "November 2023", "December 2023", 2, 2)],
            home.Phases);
    }
}
