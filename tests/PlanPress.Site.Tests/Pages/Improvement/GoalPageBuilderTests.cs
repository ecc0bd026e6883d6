using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages.Improvement;

public sealed class GoalPageBuilderTests
{
    [Fact]
    public void The_improvement_plan_then_a_page_per_goal_with_its_targets_and_activities()
    {
        var pages = new GoalPageBuilder().Build(SmallPlan.Context()).ToList();

        Assert.Equal(["improvement-plan.html", "goals/1.html"], pages.Select(p => p.Path));
        var plan = Assert.IsType<ImprovementPlanPage>(pages[0]);
        Assert.Equal(["1A. Mentors are trained"], Assert.Single(plan.Goals).Targets);
        var goal = Assert.IsType<GoalPage>(pages[1]);
        var target = Assert.Single(goal.Targets);
        Assert.Equal(["1A1", "1A2"], target.Activities.Select(a => a.Id));
        Assert.Equal(["recurring", "by November 2023"], target.Activities.Select(a => a.When));
        Assert.Equal(["each week by Friday, 4 pm", "month 2, year 1"], target.Activities.Select(a => a.TimelineText));
    }
}
