using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Improvement;
using PlanPress.Model.Roles;

namespace PlanPress.Model.Tests.Improvement;

public sealed class ImprovementResolverTests
{
    private static readonly SiteSettings Settings = new("Plan", "District", "2023–2024", new YearMonth(2023, 10), "en", string.Empty);

    private static readonly RoleResolver Who = new(RoleResolver.ReadRoles(
    [
        new RoleRow(Cell("Program Coordinator", "A2"), Cell("Mentor Program Director", "B2"), Cell("", "C2"), Cell("", "D2")),
        new RoleRow(Cell("Mentor", "A3"), Cell("", "B3"), Cell("", "C3"), Cell("", "D3")),
    ]).Roles);

    private static SourceCell Cell(string text, string cell) => new(text, new SourceLocation("plan.xlsx", "Improvement", cell));

    private static ImprovementRow Row(int row, string statement, string timeline = "", string who = "", string id = "", string conclusion = "") =>
        new(Cell(id, $"A{row}"), Cell(statement, $"B{row}"), Cell(timeline, $"C{row}"), Cell(who, $"D{row}"), Cell(conclusion, $"E{row}"));

    private static (IReadOnlyList<Goal> Goals, List<Diagnostic> Diagnostics) Resolve(params ImprovementRow[] rows)
    {
        var diagnostics = new List<Diagnostic>();
        return (ImprovementResolver.Resolve(rows, Who, Settings, diagnostics), diagnostics);
    }

    [Fact]
    public void The_hierarchy_comes_from_numbers_written_at_the_start_of_statements()
    {
        var (goals, diagnostics) = Resolve(
            Row(2, "Improvement Goal #1> All proteges will reach the Consequence stage of the CBAM* (Data conclusion #6)"),
            Row(3, "Improvement Target #1A: All Proteges at Mechanical Management by the end of month 6 year 1", "by the end of month 6 year 1"),
            Row(4, "1A1. Train Mentors to use CBAM Stages", "month 1, year1", "Mentor Program Director"),
            Row(5, "1A2. MoM** follows up with each mentor", "month 2, year 1", "Mentor Program Director"),
            Row(6, "Improvement Target #1B: Routine Management by end of the first year", "end of the first year"),
            Row(7, "1B1. Present a summary graph", "once each of the 3rd and 4th quarters of the program year", "Mentor Program Director"));

        Assert.Empty(diagnostics);
        var goal = Assert.Single(goals);
        Assert.Equal("1", goal.Id);
        Assert.Equal("All proteges will reach the Consequence stage of the CBAM", goal.Statement);
        Assert.Equal("Data conclusion #6", goal.DataConclusion);
        Assert.Equal(["1A", "1B"], goal.Targets.Select(t => t.Id));
        Assert.Equal(["1A1", "1A2"], goal.Targets[0].Activities.Select(a => a.Id));
        Assert.Equal("MoM follows up with each mentor", goal.Targets[0].Activities[1].Statement);
        Assert.Equal(new YearMonth(2023, 10), goal.Targets[0].Activities[0].Timing.Month);
        Assert.Equal("Program Coordinator", Assert.Single(goal.Targets[0].Activities[0].Responsible.Roles).Name);
        Assert.Equal([new YearMonth(2024, 6), new YearMonth(2024, 9)], goal.Targets[1].Activities[0].Timing.Months);
    }

    [Fact]
    public void An_id_column_is_read_too_in_any_case()
    {
        var (goals, diagnostics) = Resolve(
            Row(2, "Every protégé has a growth plan", id: "Goal 2"),
            Row(3, "All protégés score 70%", id: "2a"),
            Row(4, "Complete the self-assessment", "month 2, year 1", "Mentor", id: "2A1"));

        Assert.Empty(diagnostics);
        Assert.Equal("2A1", goals[0].Targets[0].Activities[0].Id);
    }

    [Fact]
    public void A_repeated_number_is_an_error_at_the_second()
    {
        var (_, diagnostics) = Resolve(Row(2, "1. Goal"), Row(3, "1A. Target"), Row(4, "1A1. First", "month 1, year 1"), Row(5, "1A1. Again", "month 2, year 1"));

        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, "B5"), (error.Severity, error.Location.Cell));
        Assert.Contains("1A1 is already used at plan.xlsx [Improvement] B4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_without_its_target_and_a_target_without_its_goal_are_errors()
    {
        var (_, diagnostics) = Resolve(Row(2, "1. Goal"), Row(3, "1B1. Orphan activity", "month 1, year 1"), Row(4, "3A. Orphan target"));

        Assert.Equal(
            ["error B3: The activity 1B1 has no target 1B.", "error B4: The target 3A has no goal 3.", "warning B2: The goal 1 has no targets under it."],
            diagnostics.Select(d => $"{d.Severity.ToString().ToLowerInvariant()} {d.Location.Cell}: {d.Message}"));
    }

    [Fact]
    public void A_statement_without_a_number_is_an_error_saying_what_is_expected()
    {
        var (_, diagnostics) = Resolve(Row(2, "Train the mentors"));

        var error = Assert.Single(diagnostics);
        Assert.Equal("B2", error.Location.Cell);
        Assert.Contains("1A1", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_timeline_wording_is_a_warning_and_the_activity_has_timing_not_set()
    {
        var (others, warnings) = Resolve(Row(2, "1. Goal"), Row(3, "1A. Target"), Row(4, "1A1. Someday", "around the spring fair"));
        Assert.Equal(TimingKind.NotSet, others[0].Activities.Single().Timing.Kind);
        Assert.Equal((Severity.Warning, "C4"), (warnings.Single().Severity, warnings.Single().Location.Cell));
    }

    [Fact]
    public void A_timeline_to_be_decided_is_a_note_not_a_warning_and_the_activity_has_timing_not_set()
    {
        var (others, diagnostics) = Resolve(Row(2, "1. Goal"), Row(3, "1A. Target"), Row(4, "1A1. Someday", "TBD"));
        Assert.Equal(TimingKind.NotSet, others[0].Activities.Single().Timing.Kind);
        Assert.Equal((Severity.Note, "C4"), (diagnostics.Single().Severity, diagnostics.Single().Location.Cell));
    }

    [Fact]
    public void A_goal_numbered_in_words_is_that_goal()
    {
        var (goals, diagnostics) = Resolve(Row(2, "Goal One: Read"), Row(3, "1A. Target"), Row(4, "1A1. Step", "month 1, year 1"), Row(5, "Goal Two: Attend"), Row(6, "2A. Target"), Row(7, "2A1. Step", "month 2, year 1"));

        Assert.Equal(["1 Read", "2 Attend"], goals.Select(g => $"{g.Id} {g.Statement}"));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_dotted_number_in_the_ID_column_is_the_items_id()
    {
        var (goals, diagnostics) = Resolve(Row(2, "Read", id: "1"), Row(3, "Phonics", id: "1.1"), Row(4, "Train teachers", "month 1, year 1", id: "1.1.1"));

        Assert.Equal("1A1 Train teachers", goals.Single().Targets.Single().Activities.Select(a => $"{a.Id} {a.Statement}").Single());
        Assert.Empty(diagnostics);
    }
}
