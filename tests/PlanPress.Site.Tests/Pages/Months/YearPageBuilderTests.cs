using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages.Months;

public sealed class YearPageBuilderTests
{
    [Fact]
    public void Every_month_in_order_with_its_phases_and_what_is_due()
    {
        var year = SmallPlan.Only<YearPage>(new YearPageBuilder());

        Assert.Equal("year.html", year.Path);
        Assert.Equal(["2023-10", "2023-11", "2023-12"], year.Months.Select(m => m.Key));
        Assert.Equal(["Needs assessment"], year.Months[0].Phases);
        Assert.Equal(["Survey sent to families"], SmallPlan.Ids(year.Months[0].Benchmarks, b => string.Concat(b.Text.Select(s => s.Text))).Distinct());
    }
}
