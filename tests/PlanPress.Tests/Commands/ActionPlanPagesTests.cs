using AngleSharp.Dom;

namespace PlanPress.Tests.Commands;

/// <summary>The sample's action plan (content/action-plan.xlsx) as published, built as of 15 March 2024.</summary>
public sealed class ActionPlanPagesTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private const string Reading = "initiatives/implement-common-district-wide-reading-strategies-in-grades-k-5.html";
    private const string Mentoring = "initiatives/launch-a-school-based-mentoring-and-tutoring-program.html";

    private static IElement Row(IDocument page, string benchmark) =>
        page.QuerySelectorAll("main tbody tr").Single(r => r.QuerySelector("td")?.TextContent == benchmark);

    [Fact]
    public void There_is_one_page_per_initiative()
    {
        Assert.Equal(
            new[] { Reading, Mentoring }.Select(Path.GetFileName).Order(),
            Directory.GetFiles(Path.Combine(sample.Output, "initiatives")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void The_seed_004_initiative_shows_its_benchmark_with_M_Edwards_and_status_Met_and_no_example_row()
    {
        var page = sample.Page(Reading);

        Assert.Equal("Implement common district-wide reading strategies in grades K–5", page.QuerySelector("h1")?.TextContent);
        var row = Row(page, "Identify common district-wide reading strategies");
        Assert.Equal("M. Edwards", row.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal("../people/m-edwards.html", row.QuerySelectorAll("td")[1].QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("2019-03-04", row.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("✓ Met", row.QuerySelector(".status")?.TextContent.Trim());
        Assert.Null(row.QuerySelector(".overdue"));
        Assert.DoesNotContain(page.QuerySelectorAll("main td"), c => c.TextContent.StartsWith("Example:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_initiative_page_shows_objective_key_terms_both_benchmark_tables_and_resources()
    {
        var page = sample.Page(Reading);

        Assert.Contains("Improve literacy achievement", page.QuerySelector(".form-fields dd")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Reading strategies", "PLC"], page.QuerySelectorAll(".key-terms dt").Select(d => d.TextContent));
        Assert.Equal(2, page.QuerySelectorAll("table.benchmark-table").Length);
        Assert.Contains(page.QuerySelectorAll(".resource-table td"), c => c.TextContent == "District ELA coaches will add strategies to coaching agenda");
    }

    [Fact]
    public void Overdue_benchmarks_are_flagged_in_words_as_of_the_build_date()
    {
        var page = sample.Page(Mentoring);

        // Due February 2024, in progress on 15 March 2024: overdue. Due 29 March: not yet.
        Assert.Contains("Overdue", Row(page, "Every learner matched with a mentor, in small groups").QuerySelector(".overdue")?.TextContent, StringComparison.Ordinal);
        Assert.Null(Row(page, "Expectations, roles and responsibilities communicated to every pair").QuerySelector(".overdue"));
        Assert.Null(Row(page, "Mentor recruitment complete: background checks and certifications confirmed").QuerySelector(".overdue"));
    }

    [Fact]
    public void Roll_ups_count_process_and_early_evidence_apart_per_initiative_and_for_the_whole_plan()
    {
        var rows = sample.Page("index.html").QuerySelectorAll(".progress-table tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(c => string.Join(" ", c.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))).ToList());

        Assert.Equal(
            ["3 of 9 met 1 in progress, 5 not started, 0 not met ⚠ 1 overdue", "0 of 3 met 1 in progress, 2 not started, 0 not met"],
            rows["Launch a school-based mentoring and tutoring program"]);
        Assert.Equal(
            ["1 of 3 met 2 in progress, 0 not started, 0 not met ⚠ 2 overdue", "0 of 2 met 1 in progress, 0 not started, 1 not met ⚠ 2 overdue"],
            rows["Implement common district-wide reading strategies in grades K–5"]);
        Assert.Equal(
            ["4 of 12 met 3 in progress, 5 not started, 0 not met ⚠ 3 overdue", "0 of 5 met 2 in progress, 2 not started, 1 not met ⚠ 2 overdue"],
            rows["Whole plan"]);
    }

    [Fact]
    public void The_month_page_lists_the_benchmarks_due_that_month_by_role()
    {
        var due = sample.Page("months/2024-03.html").QuerySelector("section.due")!;

        Assert.Equal("Program Coordinator", due.QuerySelector("h3")?.TextContent.Trim());
        Assert.Equal(
            ["Expectations, roles and responsibilities communicated to every pair", "75% of learners say in the mid-year survey that sessions help them with their schoolwork"],
            due.QuerySelectorAll(".benchmark-text").Select(b => b.TextContent));
        Assert.Contains("by end of Q2", due.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_and_person_pages_list_their_benchmarks()
    {
        var principal = sample.Page("roles/principal.html");
        var harris = sample.Page("people/s-harris.html");

        Assert.Contains(principal.QuerySelectorAll("main tbody td:first-child"), c => c.TextContent == "All grade 3 teachers complete reading program professional development");
        Assert.Equal("S. Harris", harris.QuerySelector("h1")?.TextContent);
        Assert.Equal("Principal", harris.QuerySelector(".people a")?.TextContent);
        Assert.Contains(harris.QuerySelectorAll("main tbody td:first-child"), c => c.TextContent.StartsWith("75% of all teacher observations conducted in each school", StringComparison.Ordinal));
    }
}
