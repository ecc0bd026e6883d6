using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests;

public sealed class ImprovementPlanSheetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_rows_with_an_id_column_and_footnotes_under_the_table_as_glossary_terms()
    {
        new XlsxBuilder().Sheet("Improvement",
            ["Improvement Action Plan"],
            [],
            ["ID", "Statement", "Timeline", "Person(s) Responsible", "Data Conclusion"],
            ["1", "All proteges reach the Consequence stage of the CBAM*", null, null, "#6"],
            ["1A", "Mechanical Management by month 6", "by the end of month 6 year 1", null, null],
            ["1A1", "Train Mentors to use CBAM Stages", "month 1, year 1", "Mentor Program Director", null],
            [],
            ["* CBAM = Concerns-Based Adoption Model, a measure of adoption."],
            ["** a footnote without an equals sign"]).Save(_folder["improvement.xlsx"]);

        var result = ContentFolder.Read(_folder.Path);

        Assert.False(result.Diagnostics.HasErrors(), string.Join("\n", result.Diagnostics));
        var rows = result.Source!.ImprovementRows;
        Assert.Equal(["1", "1A", "1A1"], rows.Select(r => r.Id.Text));
        Assert.Equal("month 1, year 1", rows[2].Timeline.Text);
        Assert.Equal("Mentor Program Director", rows[2].Responsible.Text);
        Assert.Equal("#6", rows[0].DataConclusion.Text);
        var term = Assert.Single(result.Source.Terms);
        Assert.Equal(("CBAM", "Concerns-Based Adoption Model, a measure of adoption."), (term.Term.Text, term.Definition.Text));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Info && d.Location.Cell == "A9");
    }

    [Fact]
    public void The_sample_improvement_plan_reads_without_problems()
    {
        File.Copy(Path.Combine(Repository.Content, "improvement-plan.xlsx"), _folder["improvement-plan.xlsx"]);

        var result = ContentFolder.Read(_folder.Path);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != Severity.Info && d.Location.File.EndsWith(".xlsx", StringComparison.Ordinal));
        Assert.Equal(16, result.Source!.ImprovementRows.Count);
        Assert.Equal(["CBAM", "MoM", "SBPC"], result.Source.Terms.Select(t => t.Term.Text));
    }
}
