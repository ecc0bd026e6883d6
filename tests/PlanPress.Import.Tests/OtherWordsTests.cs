using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests;

/// <summary>A calendar and an action plan headed in other words, with extra columns and columns in another order, saved by LibreOffice.</summary>
public sealed class OtherWordsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private PlanResolution Resolve(string fixture)
    {
        _folder.Write("content/site.yml", "title: Plan\nprogram_start: October 2023\n");
        File.Copy(Repository.Fixture(fixture), _folder["content/" + fixture]);
        var imported = ContentFolder.Read(_folder["content"]);
        Assert.False(imported.Diagnostics.HasErrors(), string.Join("\n", imported.Diagnostics));
        return PlanResolver.Resolve(imported.Source!);
    }

    [Fact]
    public void A_calendar_headed_responsible_when_activity_stage_comments_with_a_budget_column()
    {
        var plan = Resolve("calendar-other-words.xlsx").Plan;

        Assert.Equal(
            ["2023-10 Carry out a needs assessment (Needs assessment; Program Coordinator; Survey families)", "2023-10 Answer the availability survey (Needs assessment; Mentors; )", "2023-11 Recruit mentors (Recruitment; Program Coordinator; )"],
            plan.Tasks.Select(t => $"{t.Month} {t.Text} ({t.Phase}; {t.Who.Text}; {t.Notes})"));
        Assert.DoesNotContain(plan.Tasks, t => t.Notes.Contains('$', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("calendar-who-what-when.xlsx")]
    [InlineData("calendar-who-what-when.ods")]
    public void A_calendar_headed_who_what_when_stage_comments_saved_by_LibreOffice(string fixture)
    {
        var plan = Resolve(fixture).Plan;

        Assert.Equal(
            ["2023-09 Carry out a needs assessment (Planning; Coordinator; Survey every family)", "2023-09 Answer the availability survey (Planning; Mentors; )", "2023-10 Recruit mentors (Recruitment; Coordinator; )", "2023-11 Meet your protégé (Matching; Mentors; )"],
            plan.Tasks.Select(t => $"{t.Month} {t.Text} ({t.Phase}; {t.Who.Text}; {t.Notes})"));
    }

    [Fact]
    public void A_column_under_a_header_PlanPress_does_not_know_is_taken_for_the_month_from_its_cells_and_said_in_a_note()
    {
        _folder.Write("content/site.yml", "title: Plan\nprogram_start: October 2023\n");
        File.Copy(Repository.Fixture("calendar-unknown-header.xlsx"), _folder["content/calendar.xlsx"]);

        var imported = ContentFolder.Read(_folder["content"]);

        var note = Assert.Single(imported.Diagnostics, d => d.Severity == Severity.Note);
        Assert.Equal("A1", note.Location.Cell);
        Assert.Equal("The column headed \"Mes\" was taken for Month, as its cells hold months (A2: \"Oct 2023\").", note.Message);
        var plan = PlanResolver.Resolve(imported.Source!).Plan;
        Assert.Equal(["2023-10", "2023-10", "2023-11"], plan.Tasks.Select(t => t.Month.ToString()));
    }

    [Fact]
    public void An_action_plan_whose_benchmark_columns_come_in_another_order_and_other_words()
    {
        var resolution = Resolve("pfs-other-order.xlsx");

        var initiative = Assert.Single(resolution.Plan.Initiatives);
        Assert.Equal("Common reading strategies in grades K-5", initiative.Name);
        Assert.Equal(
            ["Process Identify common reading strategies M. Edwards 2024-03-04 Met", "Process Train every K-5 teacher S. Harris 2024-03-31 InProgress", "EarlyEvidence 75% of observations show the strategies S. Harris 2024-06-30 NotStarted"],
            initiative.Benchmarks.Select(b => $"{b.Kind} {b.Text} {b.Responsible.Text} {b.Due:yyyy-MM-dd} {b.Status}"));
        Assert.DoesNotContain(resolution.Diagnostics, d => d.Severity == Severity.Error);
    }
}
