using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Improvement;
using PlanPress.Model.Roles;

namespace PlanPress.Model.Tests;

/// <summary>The plan indexed once: each month's, role's and person's own slice, in the plan's order, and each item's initiative or goal.</summary>
public sealed class PlanIndexTests
{
    private static readonly SiteSettings Settings = new("Plan", "School", "2023–2024", new YearMonth(2023, 10), "en", string.Empty);

    private static SourceCell Cell(string text, string address) => new(text, new SourceLocation("plan.xlsx", "Plan", address));

    private static readonly Plan Plan = PlanResolver.Resolve(new PlanSource(
        Settings,
        [
            new(Cell("October 2023", "A2"), Cell(string.Empty, "B2"), Cell("Assess needs", "C2"), Cell("Coordinator", "D2"), Cell(string.Empty, "E2")),
            new(Cell("October 2023", "A3"), Cell(string.Empty, "B3"), Cell("Meet your protégé", "C3"), Cell("Mentor & J. Rivera", "D3"), Cell(string.Empty, "E3")),
            new(Cell("December 2023", "A4"), Cell(string.Empty, "B4"), Cell("Observe a lesson", "C4"), Cell("Mentor, Mentor", "D4"), Cell(string.Empty, "E4")),
        ],
        [
            new(Cell("Coordinator", "A1"), Cell(string.Empty, "B1"), Cell(string.Empty, "C1"), Cell("J. Rivera", "D1")),
            new(Cell("Mentor", "A2"), Cell(string.Empty, "B2"), Cell(string.Empty, "C2"), Cell(string.Empty, "D2")),
        ],
        [])
    {
        ImprovementRows =
        [
            new(Cell("1", "A10"), Cell("Every new teacher feels supported", "B10"), Cell(string.Empty, "C10"), Cell(string.Empty, "D10"), Cell(string.Empty, "E10")),
            new(Cell("1A", "A11"), Cell("Weekly meetings", "B11"), Cell(string.Empty, "C11"), Cell(string.Empty, "D11"), Cell(string.Empty, "E11")),
            new(Cell("1A1", "A12"), Cell("Mentors log meetings", "B12"), Cell("year 1", "C12"), Cell("Mentor", "D12"), Cell(string.Empty, "E12")),
            new(Cell("1A2", "A13"), Cell("Review the logs", "B13"), Cell("month 3, year 1", "C13"), Cell("J. Rivera", "D13"), Cell(string.Empty, "E13")),
        ],
    }).Plan;

    private static readonly PlanIndex Index = new(Plan);

    [Fact]
    public void Each_month_holds_its_tasks_and_the_activities_due_or_running_in_it()
    {
        Assert.Equal(["Assess needs", "Meet your protégé"], Index.TasksIn(new YearMonth(2023, 10)).Select(t => t.Text));
        Assert.Empty(Index.TasksIn(new YearMonth(2023, 11)));
        // "year 1" runs through every month of the first year; "month 3, year 1" is due in December 2023.
        Assert.Equal(["1A1"], Index.ActivitiesDueIn(new YearMonth(2023, 11)).Select(a => a.Id));
        Assert.Equal(["1A1", "1A2"], Index.ActivitiesDueIn(new YearMonth(2023, 12)).Select(a => a.Id));
    }

    [Fact]
    public void A_role_and_a_person_each_have_their_own_work_each_item_once()
    {
        var mentor = Index.Of(Plan.Roles.Single(r => r.Name == "Mentor"));
        // "Mentor, Mentor" names the role twice: the task is still the mentor's once.
        Assert.Equal(["Meet your protégé", "Observe a lesson"], mentor.Tasks.Select(t => t.Text));
        Assert.Equal(["1A1"], mentor.Activities.Select(a => a.Id));

        var rivera = Index.Of(Plan.People.Single(p => p.Name == "J. Rivera"));
        Assert.Equal(["Meet your protégé"], rivera.Tasks.Select(t => t.Text));
        Assert.Equal(["1A2"], rivera.Activities.Select(a => a.Id));
        Assert.Same(Plan.Goals[0], Index.GoalOf(rivera.Activities[0]));
    }
}
