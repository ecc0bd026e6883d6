using PlanPress.Model.ActionPlans;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests;

public sealed class ActionPlanSheetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ImportResult ReadFixture()
    {
        File.Copy(Repository.Fixture("pfs-form.xlsx"), _folder["pfs-form.xlsx"]);
        return ContentFolder.Read(_folder.Path);
    }

    [Fact]
    public void Reads_a_form_saved_by_LibreOffice_with_merged_values_blank_rows_and_an_extra_column()
    {
        var result = ReadFixture();

        Assert.False(result.Diagnostics.HasErrors(), string.Join("\n", result.Diagnostics));
        var initiative = Assert.Single(result.Source!.Initiatives);
        Assert.Equal("Westfield Public Schools Action Plan 2024–2025", initiative.Title.Text);
        Assert.Equal("Improve literacy achievement for all students.", initiative.Objective.Text);
        Assert.Equal("Implement common district-wide reading strategies", initiative.Name.Text);
        Assert.Equal("C6", initiative.Name.Location.Cell);
        Assert.Equal("Grades 3–5 first, K–2 next year.", initiative.Implementation.Text);
        Assert.Equal(("PLC", "Professional learning community"), (initiative.KeyTerms[0].Term.Text, initiative.KeyTerms[0].Definition.Text));

        var process = initiative.Benchmarks.Where(b => b.Kind == BenchmarkKind.Process).ToList();
        Assert.Equal(["Identify common district-wide reading strategies", "Train all grade 3 teachers"], process.Select(b => b.Text.Text));
        Assert.Equal("M. Edwards", process[0].Responsible.Text);
        Assert.Equal(new DateTime(2019, 3, 4), process[0].Date.Date);
        Assert.Equal("Met", process[0].Status.Text);
        Assert.Equal("October 15, 2020", process[1].Date.Text);

        var early = Assert.Single(initiative.Benchmarks, b => b.Kind == BenchmarkKind.EarlyEvidence);
        Assert.Equal("S. Harris", early.Responsible.Text);
        Assert.Equal(("District pd budget", "$4,000"), (initiative.Resources[0].Name.Text, initiative.Resources[0].NewResources.Text));
        Assert.Empty(result.Source.CalendarRows);
    }

    [Fact]
    public void The_templates_example_rows_are_skipped_with_an_info_note()
    {
        var info = Assert.Single(ReadFixture().Diagnostics, d => d.Severity == Severity.Info);

        Assert.Contains("Example: Identify common district-wide reading strategies", info.Message, StringComparison.Ordinal);
        Assert.Equal("B20", info.Location.Cell);
    }

    [Fact]
    public void A_form_without_a_strategic_initiative_is_an_error()
    {
        new XlsxBuilder().Sheet("Plan",
            ["Strategic Objective", "Improve literacy"],
            [],
            ["Process Benchmark", "Person Responsible", "Date", "Status"],
            ["Train teachers", "Principal", "Oct 2023", "Met"]).Save(_folder["plan.xlsx"]);

        var error = Assert.Single(ContentFolder.Read(_folder.Path).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Contains("no Strategic Initiative", error.Message, StringComparison.Ordinal);
        Assert.Equal("Plan", error.Location.Sheet);
    }

    [Fact]
    public void A_benchmark_table_without_its_person_responsible_column_is_an_error_at_its_header()
    {
        new XlsxBuilder().Sheet("Plan",
            ["Strategic Initiative", "Reading strategies"],
            [],
            ["Monitoring Progress"],
            ["Process Benchmark", "Date", "Status"],
            ["Train teachers", "Oct 2023", "Met"]).Save(_folder["plan.xlsx"]);

        var error = Assert.Single(ContentFolder.Read(_folder.Path).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal("A4", error.Location.Cell);
        Assert.Contains("Person Responsible is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_value_below_its_label_and_a_table_ending_at_the_next_section_are_read()
    {
        new XlsxBuilder().Sheet("Plan",
            ["Strategic Initiative"],
            ["Family engagement"],
            ["Process Benchmark", "Person Responsible", "Date", "Status"],
            ["Hold family nights", "Principal", "Nov 2023", ""],
            [],
            ["Send newsletters", "Principal", "Dec 2023", "Done"],
            ["Measuring Impact"],
            ["Stray note under a section label", null, null, null]).Save(_folder["plan.xlsx"]);

        var initiative = Assert.Single(ContentFolder.Read(_folder.Path).Source!.Initiatives);

        Assert.Equal("Family engagement", initiative.Name.Text);
        Assert.Equal(["Hold family nights", "Send newsletters"], initiative.Benchmarks.Select(b => b.Text.Text));
    }

    [Fact]
    public void A_form_with_only_a_process_table_is_not_taken_for_a_broken_early_evidence_table()
    {
        new XlsxBuilder().Sheet("Plan",
            ["Strategic Initiative", "Reading strategies"],
            ["Process Benchmark", "Person Responsible", "Date", "Status"],
            ["Train teachers", "Principal", "Oct 2023", "Met"]).Save(_folder["plan.xlsx"]);

        var result = ContentFolder.Read(_folder.Path);

        Assert.False(result.Diagnostics.HasErrors(), string.Join("\n", result.Diagnostics));
        Assert.Single(result.Source!.Initiatives[0].Benchmarks);
    }
}
