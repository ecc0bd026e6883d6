using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages.ActionPlan;

public sealed class InitiativePageBuilderTests
{
    [Fact]
    public void The_action_plan_then_a_page_per_initiative()
    {
        var pages = new InitiativePageBuilder().Build(SmallPlan.Context()).ToList();

        Assert.Equal(["action-plan.html", "initiatives/launch-the-mentoring-program.html"], pages.Select(p => p.Path));
        var plan = Assert.IsType<ActionPlanPage>(pages[0]);
        Assert.Equal(["Launch the mentoring program", "Whole plan"], plan.Progress.Select(r => r.Label));
    }

    [Fact]
    public void Each_due_date_is_shown_as_it_was_meant_a_day_a_month_or_a_day_with_the_wording()
    {
        var initiative = Assert.IsType<InitiativePage>(new InitiativePageBuilder().Build(SmallPlan.Context()).Last());

        Assert.Equal(["October 31, 2023", "November 2023", "June 30, 2021"], initiative.Process.Select(b => b.DateShown));
        // Q2 of a program that starts in October ends in March.
        Assert.Equal("March 31, 2024 (“by end of Q2”)", Assert.Single(initiative.EarlyEvidence).DateShown);
        Assert.Equal("2024-03-31", initiative.EarlyEvidence.Single().DueIso);
    }

    [Fact]
    public void A_benchmark_is_overdue_once_its_day_has_passed_unless_it_is_met()
    {
        var initiative = Assert.IsType<InitiativePage>(new InitiativePageBuilder().Build(SmallPlan.Context()).Last());

        Assert.Equal([false, true, true], initiative.Process.Select(b => b.Overdue));
        Assert.Equal(["met", "in-progress", "in-progress"], initiative.Process.Select(b => b.Status.Key));
    }
}
