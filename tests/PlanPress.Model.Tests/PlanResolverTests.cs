using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;

namespace PlanPress.Model.Tests;

public sealed class PlanResolverTests
{
    private static readonly SiteSettings Settings = new("Plan", "School", "2023–2024", new YearMonth(2023, 10), "en", string.Empty);

    private static SourceCell Cell(string text, string address) => new(text, new SourceLocation("calendar.xlsx", "Calendar", address));

    private static CalendarRow Task(int row, string month, string phase, string task, string who, string notes = "") =>
        new(Cell(month, $"A{row}"), Cell(phase, $"B{row}"), Cell(task, $"C{row}"), Cell(who, $"D{row}"), Cell(notes, $"E{row}"));

    private static RoleRow Role(string name, string aliases) =>
        new(Cell(name, "A1"), Cell(aliases, "B1"), Cell(string.Empty, "C1"), Cell(string.Empty, "D1"));

    private static readonly RoleRow[] Roles = [Role("Coordinator", "Program Coordinator"), Role("Mentor", "Tutor"), Role("Protégé", "Mentee, Protege")];

    [Fact]
    public void Tasks_land_in_their_months_and_every_month_between_first_and_last_is_in_the_plan()
    {
        var source = new PlanSource(Settings,
        [
            Task(2, "October 2023", "Needs assessment", "Assess needs", "Coordinator"),
            Task(3, "December 2023", "Recruitment", "Recruit mentors", "Coordinator"),
        ], Roles, []);

        var plan = PlanResolver.Resolve(source).Plan;

        Assert.Equal([new YearMonth(2023, 10), new YearMonth(2023, 11), new YearMonth(2023, 12)], plan.Months);
        Assert.Equal("Assess needs", Assert.Single(new PlanIndex(plan).TasksIn(new YearMonth(2023, 10))).Text);
        Assert.Empty(new PlanIndex(plan).TasksIn(new YearMonth(2023, 11)));
    }

    [Fact]
    public void A_phase_spans_from_its_first_to_its_last_month()
    {
        var source = new PlanSource(Settings,
        [
            Task(2, "Oct 2023", "Needs assessment", "Assess needs", "Coordinator"),
            Task(3, "Nov 2023", "Recruitment", "Recruit", "Coordinator"),
            Task(4, "Jan 2024", "Recruitment", "Train", "Mentor"),
        ], Roles, []);

        var phases = PlanResolver.Resolve(source).Plan.Phases;

        Assert.Equal(["Needs assessment", "Recruitment"], phases.Select(p => p.Name));
        Assert.Equal((new YearMonth(2023, 11), new YearMonth(2024, 1)), (phases[1].First, phases[1].Last));
    }

    [Fact]
    public void Protege_spellings_land_on_the_one_role_the_roles_sheet_names()
    {
        var source = new PlanSource(Settings,
        [
            Task(2, "Oct 2023", "", "Meet", "Protégé"),
            Task(3, "Oct 2023", "", "Reflect", "Protege"),
            Task(4, "Oct 2023", "", "Plan", "Mentee"),
        ], Roles, []);

        var resolution = PlanResolver.Resolve(source);

        Assert.Empty(resolution.Diagnostics);
        Assert.All(resolution.Plan.Tasks, t => Assert.Equal("Protégé", Assert.Single(t.Who.Roles).Name));
    }

    [Fact]
    public void An_unreadable_month_is_an_error_at_its_cell_with_what_was_expected_and_a_suggestion()
    {
        var source = new PlanSource(Settings, [Task(14, "Octobr 2023", "", "Assess needs", "Coordinator")], Roles, []);

        var error = Assert.Single(PlanResolver.Resolve(source).Diagnostics);

        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("calendar.xlsx [Calendar] A14", error.Location.ToString());
        Assert.Equal("October 2023", error.Suggestion);
        Assert.Contains("Octobr 2023", error.Message, StringComparison.Ordinal);
        Assert.Equal(MonthText.Expected, error.Expected);
    }

    [Fact]
    public void An_unknown_role_is_a_warning_with_the_closest_role_and_the_task_is_kept()
    {
        var source = new PlanSource(Settings, [Task(5, "Oct 2023", "", "Observe", "Mentr")], Roles, []);

        var resolution = PlanResolver.Resolve(source);

        var warning = Assert.Single(resolution.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("D5", warning.Location.Cell);
        Assert.Equal("Mentor", warning.Suggestion);
        var task = Assert.Single(resolution.Plan.Tasks);
        Assert.Equal(["Mentr"], task.Who.Unknown);
    }

    [Fact]
    public void Without_a_roles_sheet_each_name_in_the_who_column_is_a_role()
    {
        var source = new PlanSource(Settings,
        [
            Task(2, "Oct 2023", "", "Assess", "Coordinator & Mentors"),
            Task(3, "Oct 2023", "", "Train", "Mentor"),
        ], [], []);

        var resolution = PlanResolver.Resolve(source);

        Assert.Empty(resolution.Diagnostics);
        Assert.Equal(["Coordinator", "Mentors"], resolution.Plan.Roles.Select(r => r.Name));
        Assert.Equal("Mentors", Assert.Single(resolution.Plan.Tasks[1].Who.Roles).Name);
    }

    [Fact]
    public void The_diagnostic_prints_as_one_line_with_location_severity_expectation_and_suggestion()
    {
        var diagnostic = Diagnostic.Error(new SourceLocation("content/calendar.xlsx", "Calendar", "B14"), "The month \"Octobr\" cannot be read.", "a month such as \"October 2023\"", "October");

        Assert.Equal(
            "content/calendar.xlsx [Calendar] B14: error: The month \"Octobr\" cannot be read. Expected a month such as \"October 2023\". Did you mean \"October\"?",
            diagnostic.ToString());
    }
}
