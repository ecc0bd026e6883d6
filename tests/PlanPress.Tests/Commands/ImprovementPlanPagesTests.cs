namespace PlanPress.Tests.Commands;

/// <summary>The sample's improvement plan (seed 002), glossary, resources and pages as published, built as of 15 March 2024.</summary>
public sealed class ImprovementPlanPagesTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static string Squeeze(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void The_goal_page_shows_goal_1_its_targets_and_their_activities_with_timelines()
    {
        var page = sample.Page("goals/1.html");

        Assert.Equal("Goal 1", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Target 1A", "Target 1B", "History"], page.QuerySelectorAll("main h2").Select(h => h.TextContent));
        var activities = page.QuerySelectorAll(".target").Select(t => t.QuerySelectorAll(".activity-id").Select(a => a.TextContent).ToList()).ToList();
        Assert.Equal(["1A1", "1A2", "1A3", "1A4"], activities[0]);
        Assert.Equal(["1B1", "1B2"], activities[1]);

        var timelines = page.QuerySelectorAll("#target-1A tbody tr").Select(r => Squeeze(r.QuerySelectorAll("td")[1].TextContent)).ToList();
        Assert.Equal(
            ["month 1, year 1 by October 2023", "month 2, year 1 by November 2023", "each week by Friday, 4 pm recurring", "within a week of below standard progress as needed"],
            timelines);
        Assert.Equal("once each of the 3rd and 4th quarters of the program year by June 2024 and September 2024", Squeeze(page.QuerySelectorAll("#target-1B tbody tr")[0].QuerySelectorAll("td")[1].TextContent));
    }

    [Fact]
    public void The_glossary_defines_CBAM_MoM_and_SBPC_and_activity_text_that_uses_CBAM_links_to_it()
    {
        var glossary = sample.Page("glossary.html");
        var goal = sample.Page("goals/1.html");

        Assert.StartsWith("Concerns-Based Adoption Model", glossary.QuerySelector("#cbam + dd")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Mentoring of Mentors", glossary.QuerySelector("#mom + dd")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Scale of Beginning Professional Competencies", glossary.QuerySelector("#sbpc + dd")?.TextContent, StringComparison.Ordinal);

        var term = goal.QuerySelector("#activity-1A1 a.term")!;
        Assert.Equal("../glossary.html#cbam", term.GetAttribute("href"));
        Assert.Equal("CBAM", term.TextContent);
        Assert.Equal("Concerns-Based Adoption Model", term.QuerySelector("abbr")?.GetAttribute("title"));
    }

    [Fact]
    public void Every_month_page_carries_the_recurring_duty_and_the_as_needed_one()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(sample.Output, "months")))
        {
            var page = sample.Page(Path.Combine("months", Path.GetFileName(file)));
            Assert.Equal(["1A3"], page.QuerySelectorAll("section.recurring .activity-id").Select(a => a.TextContent));
            Assert.Equal(["1A4"], page.QuerySelectorAll("section.as-needed .activity-id").Select(a => a.TextContent));
        }
    }

    [Theory]
    [InlineData("2023-10", "1A1")]
    [InlineData("2023-11", "1A2,2A1")]
    [InlineData("2024-06", "1B1,1B2")]
    [InlineData("2024-09", "1B1,2B1")]
    [InlineData("2024-03", "")]
    public void Activities_due_by_a_month_of_the_program_are_on_that_months_checklist(string month, string expected)
    {
        var page = sample.Page($"months/{month}.html");

        // Year-long activities (2A2, 2A3) run through every month of year 1; they are left out here.
        var ids = page.QuerySelectorAll("section.activities-due .activity-id").Select(a => a.TextContent).Where(id => id is not ("2A2" or "2A3")).Distinct().Order();
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), ids);
    }

    [Fact]
    public void The_mentor_role_page_says_what_a_mentor_does_including_recurring_and_as_needed_duties()
    {
        var page = sample.Page("roles/mentor.html");

        Assert.Contains(page.QuerySelectorAll("main h2"), h => h.TextContent == "Recurring duties");
        Assert.Contains("1A3", page.QuerySelectorAll("main .activity-id").Select(a => a.TextContent));
        var coordinator = sample.Page("roles/program-coordinator.html");
        Assert.Contains(coordinator.QuerySelectorAll("main h2"), h => h.TextContent == "As needed");
    }

    [Fact]
    public void The_resources_page_groups_the_sheet_and_the_initiatives_resources_by_kind_and_by_initiative()
    {
        var page = sample.Page("resources.html");
        var kinds = page.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()).ToList();

        Assert.Equal(["People", "Time", "Materials", "Funds", "Kind not given"], kinds.Take(5));
        Assert.Contains("Implement common district-wide reading strategies in grades K–5", kinds);
        Assert.Contains(page.QuerySelectorAll(".resource-name"), r => r.TextContent == "Out of district pd provider for new reading strategies");
        Assert.Contains(page.QuerySelectorAll(".resource-name"), r => r.TextContent == "Volunteer mentors and tutors");
    }

    [Fact]
    public void The_narrative_pages_are_rendered_and_listed_in_the_navigation_in_their_order()
    {
        var home = sample.Page("index.html");
        var nav = home.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")).ToList();
        var article = sample.Page("pages/kinds-of-mentoring-plans.html");

        Assert.Equal(
            ["pages/organisational-support.html", "pages/barriers.html", "pages/evaluation-and-reflection.html", "pages/kinds-of-mentoring-plans.html"],
            nav.Where(h => h!.StartsWith("pages/", StringComparison.Ordinal)));
        Assert.Equal("Three kinds of mentoring plan", article.QuerySelector("h1")?.TextContent);
        Assert.Equal(["A protégé-focused plan", "A plan for mutual growth", "A coaching plan", "Adapting the monthly checklist"], article.QuerySelectorAll(".article h2").Select(h => h.TextContent));
        Assert.Equal("../year.html", article.QuerySelector(".article a")?.GetAttribute("href"));
        Assert.NotNull(sample.Page("pages/organisational-support.html").QuerySelector(".article table"));
    }

    [Fact]
    public void Goal_2_shows_its_statement_without_footnote_marks_and_the_data_conclusion_it_answers()
    {
        var page = sample.Page("goals/2.html");

        Assert.Equal("Goal 2", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("(SBPC)", page.QuerySelector(".goal-statement")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("*", page.QuerySelector(".goal-statement")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Answers: Data conclusion #3", page.QuerySelector(".data-conclusion")?.TextContent);
    }
}
