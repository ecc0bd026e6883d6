using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages.Roles;

public sealed class RolePageBuilderTests
{
    private static List<PageModel> Pages() => new RolePageBuilder().Build(SmallPlan.Context()).ToList();

    [Fact]
    public void The_list_of_roles_and_people_comes_first_then_a_page_per_role_then_per_person()
    {
        Assert.Equal(
            ["roles.html", "roles/program-coordinator.html", "roles/mentor.html", "roles/protege.html", "people/j-rivera.html"],
            Pages().Select(p => p.Path));
        var list = Assert.IsType<RolesPage>(Pages()[0]);
        Assert.Equal("Runs the program.", list.Roles[0].Note);
        Assert.Equal(["J. Rivera"], list.People.Select(p => p.Text));
    }

    [Fact]
    public void A_roles_page_has_its_months_its_weekly_duties_its_benchmarks_and_its_calendar()
    {
        var mentor = Assert.IsType<RolePage>(Pages()[2]);

        Assert.Equal("Mentor", mentor.Heading);
        Assert.Equal(["October 2023", "November 2023"], mentor.Months.Select(m => m.Month.Text));
        Assert.Equal(["Meet your protégé"], SmallPlan.Ids(mentor.Months[0].Tasks, t => string.Concat(t.Text.Select(s => s.Text))));
        Assert.Equal(["1A1"], mentor.Recurring.Select(a => a.Id));
        Assert.Equal(["Attendance rises"], mentor.Benchmarks.Select(b => string.Concat(b.Text.Select(s => s.Text))));
        Assert.Equal("calendars/mentor.ics", mentor.CalendarPath);
    }

    [Fact]
    public void A_persons_page_links_their_roles_and_has_no_calendar_of_its_own()
    {
        var rivera = Assert.IsType<RolePage>(Pages()[^1]);

        Assert.Equal(["Program Coordinator"], rivera.Related.Select(r => r.Text));
        Assert.Null(rivera.CalendarPath);
    }
}
