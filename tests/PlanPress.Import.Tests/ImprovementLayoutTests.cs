using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Improvement;

namespace PlanPress.Import.Tests;

/// <summary>
/// Improvement plans in the layouts schools make them in, saved by LibreOffice, read and resolved
/// into the same goal → target → activity tree.
/// </summary>
public sealed class ImprovementLayoutTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (IReadOnlyList<Goal> Goals, IReadOnlyList<Diagnostic> Diagnostics) Resolve(string fixture)
    {
        _folder.Write("content/site.yml", "title: Plan\nprogram_start: October 2023\n");
        File.Copy(Repository.Fixture(fixture), _folder["content/improvement.xlsx"]);
        var imported = ContentFolder.Read(_folder["content"]);
        var resolved = PlanResolver.Resolve(imported.Source!);
        // Without a Roles sheet every name is unknown; that warning is not about the layout.
        return (resolved.Plan.Goals, [.. imported.Diagnostics, .. resolved.Diagnostics.Where(d => !d.Message.Contains("is not a known role or person", StringComparison.Ordinal))]);
    }

    private static string Tree(IReadOnlyList<Goal> goals) =>
        string.Join(" | ", goals.Select(g => $"{g.Id} {g.Statement} > " + string.Join(" ; ", g.Targets.Select(t => $"{t.Id} {t.Statement} ({t.TimelineText}) > " + string.Join(", ", t.Activities.Select(a => $"{a.Id} {a.Statement} [{a.TimelineText} / {a.Responsible.Text}]"))))));

    [Fact]
    public void Goals_in_one_column_and_their_targets_and_activities_in_the_next()
    {
        var (goals, diagnostics) = Resolve("improvement-split-by-level.xlsx");

        Assert.DoesNotContain(diagnostics, d => d.Severity != Severity.Info);
        Assert.Equal(
            "1 All proteges reach the Consequence stage of concern > 1A All proteges are at the Mechanical Management stage (by the end of month 6 year 1) > "
            + "1A1 Train mentors to use the CBAM stages [month 1, year 1 / Mentor Program Director], 1A2 Mentors mark weekly protege placement on the CBAM chart [each week by Friday, 4 pm / Every assigned Mentor]"
            + " | 2 All proteges score at least 70% on the SBPC > 2A Proteges complete the SBPC self-assessment (month 2, year 1) > 2A1 Work with the mentor on the self-assessment [month 2, year 1 / All Proteges & their Mentors]",
            Tree(goals));
    }

    [Fact]
    public void Objective_strategy_and_action_step_columns_with_nothing_numbered_are_numbered_by_their_place()
    {
        var (goals, diagnostics) = Resolve("improvement-level-columns.xlsx");

        Assert.DoesNotContain(diagnostics, d => d.Severity != Severity.Info);
        Assert.Equal(
            "1 Improve reading in grades K-5 > 1A Common reading strategies in every classroom (by end of Q2) > 1A1 Train teachers in the strategies [month 1, year 1 / Principal], 1A2 Observe each classroom [No later than end of 3rd quarter / Principal]"
            + " | 2 Support every new teacher > 2A A mentor for every new teacher (year 1) > 2A1 Match mentors and new teachers [month 1, year 1 / Mentor Program Director]",
            Tree(goals));
    }

    [Fact]
    public void An_id_column_with_a_description_a_deadline_and_a_lead()
    {
        var (goals, diagnostics) = Resolve("improvement-id-column.xlsx");

        Assert.DoesNotContain(diagnostics, d => d.Severity != Severity.Info);
        Assert.Equal(
            "1 All proteges reach the Consequence stage of concern > 1A All proteges are at the Mechanical Management stage (by the end of month 6 year 1) > 1A1 Train mentors to use the CBAM stages [month 1, year 1 / Mentor Program Director]",
            Tree(goals));
    }

    [Fact]
    public void A_sheet_that_looks_like_an_improvement_plan_but_whose_rows_cannot_be_read_is_one_error_at_its_header()
    {
        _folder.Write("content/site.yml", "title: Plan\nprogram_start: October 2023\n");
        new XlsxBuilder().Sheet("Plan",
            ["Our plan"],
            ["Goal", "Timeline", "Person Responsible"],
            [null, "month 1, year 1", "Coordinator"],
            [null, "month 2, year 1", "Coordinator"]).Save(_folder["content/plan.xlsx"]);

        var diagnostics = ContentFolder.Read(_folder["content"]).Diagnostics;

        var error = Assert.Single(diagnostics, d => d.Severity >= Severity.Warning);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("A2", error.Location.Cell);
        Assert.Contains("its header row has \"Goal\", \"Timeline\", \"Person Responsible\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("none of its rows could be read", error.Message, StringComparison.Ordinal);
        Assert.Contains("one of Statement", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_goal_without_targets_and_a_target_without_activities_are_warnings_on_their_cells()
    {
        _folder.Write("content/site.yml", "title: Plan\nprogram_start: October 2023\n");
        new XlsxBuilder().Sheet("Plan",
            ["Goal / Target / Activity", "Timeline", "Person Responsible"],
            ["1. Improve reading", null, null],
            ["1A. Common strategies", "by end of Q2", null],
            ["2. Support new teachers", null, null]).Save(_folder["content/plan.xlsx"]);

        var resolved = PlanResolver.Resolve(ContentFolder.Read(_folder["content"]).Source!);

        Assert.Contains(resolved.Diagnostics, d => d.Severity == Severity.Warning && d.Location.Cell == "A3" && d.Message == "The target 1A has no activities under it.");
        Assert.Contains(resolved.Diagnostics, d => d.Severity == Severity.Warning && d.Location.Cell == "A4" && d.Message == "The goal 2 has no targets under it.");
    }
}
