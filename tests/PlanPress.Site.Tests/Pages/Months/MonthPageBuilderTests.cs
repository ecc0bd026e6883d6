using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages.Months;

public sealed class MonthPageBuilderTests
{
    private static List<MonthPage> Months(DateOnly? asOf = null) =>
        new MonthPageBuilder().Build(SmallPlan.Context(asOf)).Cast<MonthPage>().ToList();

    [Fact]
    public void A_page_per_month_each_linked_to_the_months_before_and_after()
    {
        var months = Months();

        Assert.Equal(["months/2023-10.html", "months/2023-11.html", "months/2023-12.html"], months.Select(m => m.Path));
        Assert.Equal(["October 2023", "November 2023", "December 2023"], months.Select(m => m.Heading));
        Assert.Null(months[0].Previous);
        Assert.Equal("months/2023-11.html", months[0].Next?.Path);
        Assert.Equal("months/2023-11.html", months[2].Previous?.Path);
        Assert.Null(months[2].Next);
    }

    [Fact]
    public void A_task_for_two_roles_is_under_each_on_the_sheet()
    {
        var november = Months()[1].Sheet;

        Assert.Equal(["Mentor", "Protégé"], november.Month.Tasks.Select(g => g.Heading));
        Assert.Equal("2023-11", november.Month.Key);
    }

    [Fact]
    public void A_weekly_duty_gets_a_box_for_each_of_its_days_in_the_month()
    {
        var october = Months()[0].Sheet;

        var log = Assert.Single(october.Recurring);
        Assert.Equal("1A1", log.Id);
        var weeks = october.Weeks["1A1"];
        Assert.Equal(["2023-10-06", "2023-10-13", "2023-10-20", "2023-10-27"], weeks.Days.Select(d => d.Iso));
        Assert.Equal("Fri 6", weeks.Days[0].OnPaper);
        Assert.True(weeks.TimeGiven);
    }

    [Fact]
    public void An_activity_due_in_a_month_is_on_that_months_sheet_only()
    {
        var months = Months();

        // "month 2, year 1" of a program starting in October 2023 is November 2023.
        Assert.Empty(months[0].Sheet.Activities);
        Assert.Equal(["1A2"], months[1].Sheet.Activities.Select(a => a.Id));
        Assert.Equal("by November 2023", months[1].Sheet.Activities[0].When);
    }

    [Fact]
    public void What_is_overdue_is_on_the_current_months_page_only()
    {
        var months = Months();

        Assert.Equal([0, 0, 2], months.Select(m => m.Overdue.Count));
    }
}
