using System.Globalization;

namespace PlanPress.Tests.Commands;

/// <summary>The sample plan (seed 000's mentoring and tutoring program) built end to end, as a coordinator would.</summary>
public sealed class BuildCommandTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void The_sample_builds_without_errors_or_warnings()
    {
        Assert.Equal(0, sample.Run.ExitCode);
        Assert.DoesNotContain(": warning:", sample.Run.Output, StringComparison.Ordinal);
        Assert.Contains("Built 43 pages", sample.Run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_says_the_date_it_was_built_for()
    {
        var pages = Directory.GetFiles(sample.Output, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(sample.Output, f)).ToList();

        Assert.All(pages, path =>
        {
            var updated = sample.Page(path).QuerySelector("footer .updated time");
            Assert.Equal("Updated March 15, 2024", updated?.TextContent);
            Assert.Equal("2024-03-15", updated?.GetAttribute("datetime"));
        });
    }

    [Fact]
    public void The_home_page_says_what_the_plan_is_in_site_ymls_words_and_so_does_its_description()
    {
        var home = sample.Page("index.html");
        var described = File.ReadLines(Path.Combine(Repository.Content, "site.yml")).Single(l => l.StartsWith("description:", StringComparison.Ordinal))["description:".Length..].Trim();

        Assert.StartsWith("How Riverside Middle School matches each learner with a mentor", described, StringComparison.Ordinal);
        Assert.Equal(described, home.QuerySelector("main .site-description")?.TextContent);
        Assert.Equal(described, home.QuerySelector("meta[name='description']")?.GetAttribute("content"));
        Assert.Null(sample.Page("year.html").QuerySelector(".site-description"));
    }

    [Fact]
    public void The_home_page_and_this_months_page_list_every_overdue_benchmark_once_with_who_and_when()
    {
        var home = sample.Page("index.html");
        var march = sample.Page("months/2024-03.html");
        var overdue = home.QuerySelectorAll(".overdue-list .benchmark").ToList();

        Assert.Equal("⚠ 5 benchmarks overdue", home.QuerySelector("#overdue")?.TextContent.Trim());
        Assert.Equal(5, overdue.Count);
        Assert.Equal(5, overdue.Select(b => b.QuerySelector(".benchmark-text")!.TextContent).Distinct().Count());
        // The four from the district's earlier plan (2020–21) are under a heading of their own.
        Assert.Equal("Due before the plan began (October 2023)", home.QuerySelector(".overdue-list h3")?.TextContent.Trim());
        Assert.Equal(4, home.QuerySelectorAll(".overdue-list h3 ~ ul .benchmark").Length);
        Assert.Contains(overdue, b => b.QuerySelector(".benchmark-meta")!.TextContent.Contains("Program Coordinator, Mentor", StringComparison.Ordinal));
        Assert.All(overdue, b =>
        {
            Assert.NotNull(b.QuerySelector(".overdue"));
            Assert.True(DateOnly.Parse(b.QuerySelector("time")!.GetAttribute("datetime")!, CultureInfo.InvariantCulture) < new DateOnly(2024, 3, 15));
            Assert.NotNull(b.QuerySelector("a[href^='initiatives/']"));
        });
        Assert.Equal(home.QuerySelector(".overdue-list ul")!.TextContent, march.QuerySelector(".overdue-list ul")!.TextContent);
        Assert.Null(sample.Page("months/2024-02.html").QuerySelector(".overdue-list"));
    }

    [Fact]
    public void Only_the_checklists_a_pair_fills_in_have_boxes_to_tick_elsewhere_tasks_are_plain_items()
    {
        var withBoxes = Directory.GetFiles(sample.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sample.Output, f).Replace('\\', '/'))
            .Where(path => sample.Page(path).QuerySelector("main input[type=checkbox]") is not null)
            .ToList();

        Assert.All(withBoxes, path => Assert.True(path.StartsWith("months/", StringComparison.Ordinal) || path is "booklet.html" or "map.html", path));
        Assert.Equal(13, withBoxes.Count(p => p.StartsWith("months/", StringComparison.Ordinal)));
        Assert.NotEmpty(sample.Page("index.html").QuerySelectorAll("main .task-list .task"));
        Assert.NotEmpty(sample.Page("roles/mentor.html").QuerySelectorAll("main .task-list .task"));
    }

    [Fact]
    public void A_role_page_lists_a_year_long_activity_once_with_its_span_and_marks_the_current_month()
    {
        var page = sample.Page("roles/mentor.html");
        var spanning = page.QuerySelectorAll("main .activity").Where(a => a.QuerySelector(".activity-id")?.TextContent == "2A3").ToList();

        Assert.Contains("October 2023 to September 2024", Assert.Single(spanning).TextContent, StringComparison.Ordinal);
        Assert.Equal("Over several months", spanning[0].ParentElement!.PreviousElementSibling?.TextContent);
        var current = Assert.Single(page.QuerySelectorAll(".month-summary.is-current"));
        Assert.Equal("March 2024", current.QuerySelector("h3 a")?.TextContent);
        Assert.Contains("This month", current.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_dates_are_shown_in_one_format_whatever_the_cell_held_and_wording_that_says_more_is_kept()
    {
        var page = sample.Page("initiatives/launch-a-school-based-mentoring-and-tutoring-program.html");
        string Shown(string iso) => page.QuerySelector($"table.benchmark-table time[datetime='{iso}']")!.TextContent;

        Assert.Equal("October 31, 2023", Shown("2023-10-31"));
        Assert.Equal("February 2024", Shown("2024-02-29"));
        Assert.Equal("March 31, 2024 (“by end of Q2”)", Shown("2024-03-31"));
    }

    [Fact]
    public void The_year_overview_is_a_grid_of_months_with_phase_and_counts_and_the_current_month_marked()
    {
        var year = sample.Page("year.html");
        var months = year.QuerySelectorAll(".year-grid > li").ToList();
        var current = Assert.Single(months, m => m.ClassList.Contains("is-current"));
        var october = sample.Page("months/2023-10.html");
        // A task listed again under a second role carries a hidden "(Role)": count each task once.
        var tasks = october.QuerySelectorAll(".sheet-items .task").Count(t => t.QuerySelector("span[hidden]") is null);

        Assert.Equal(13, months.Count);
        Assert.Equal("March 2024", current.QuerySelector("a[aria-current=date]")?.TextContent);
        Assert.Equal("Needs assessment and goal setting", months[0].QuerySelector(".year-phase")?.TextContent);
        Assert.StartsWith($"{tasks} tasks", months[0].QuerySelector(".year-counts")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("months/2023-10.html", months[0].QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void On_a_checklist_and_the_home_page_a_task_shared_by_mentor_and_protege_is_listed_once_marked_for_both()
    {
        var march = sample.Page("months/2024-03.html");
        var shared = march.QuerySelectorAll(".sheet-items .task").Where(t => t.QuerySelector(".item-text")!.TextContent.StartsWith("Agree together on goals", StringComparison.Ordinal)).ToList();

        Assert.Equal("(Mentors & Protégés)", Assert.Single(shared).QuerySelector(".who")?.TextContent);
        Assert.Single(shared[0].QuerySelectorAll("input[name=together]"));
        var home = Assert.Single(sample.Page("index.html").QuerySelectorAll(".this-month .task"), t => t.TextContent.Contains("Agree together on goals", StringComparison.Ordinal));
        Assert.Equal("(Mentors & Protégés)", home.QuerySelector(".who")?.TextContent);
    }

    [Fact]
    public void A_weekly_duty_has_a_box_for_each_week_of_the_month_instead_of_a_date()
    {
        var duty = sample.Page("months/2024-03.html").QuerySelectorAll(".sheet-items .activity").Single(a => a.QuerySelector(".activity-id")?.TextContent == "1A3");

        Assert.Equal(["Fri 1", "Fri 8", "Fri 15", "Fri 22", "Fri 29"], duty.QuerySelectorAll(".week span[aria-hidden]").Select(s => s.TextContent));
        Assert.Equal("Friday, March 1, 2024", duty.QuerySelector(".week span[hidden]")?.TextContent);
        Assert.Null(duty.QuerySelector("input[name=date]"));
        Assert.Null(duty.QuerySelector("input[name=time]"));
        Assert.NotNull(duty.QuerySelector("input[name=place]"));
    }

    [Fact]
    public void There_is_a_checklist_page_for_each_month_from_October_2023_to_October_2024_named_in_its_heading()
    {
        var months = Enumerable.Range(0, 13).Select(i => new DateTime(2023, 10, 1).AddMonths(i)).ToList();

        Assert.Equal(13, Directory.GetFiles(Path.Combine(sample.Output, "months"), "*.html").Length);
        foreach (var month in months)
        {
            var page = sample.Page($"months/{month:yyyy-MM}.html");
            Assert.Equal(month.ToString("MMMM yyyy", English), page.QuerySelector("h1")?.TextContent);
            Assert.NotEmpty(page.QuerySelectorAll("main .task input[type=checkbox]"));
        }
    }

    [Fact]
    public void October_2023_carries_the_seeds_first_step_needs_assessment_and_smart_goals()
    {
        var page = sample.Page("months/2023-10.html");
        var tasks = page.QuerySelectorAll("main .task label").Select(l => l.TextContent).ToList();

        Assert.Contains("Needs assessment and goal setting", page.QuerySelector(".phase")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(tasks, t => t.Contains("needs assessment", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(tasks, t => t.Contains("SMART goals", StringComparison.Ordinal));
        Assert.Equal("Program Coordinator", page.QuerySelector("main h2")?.TextContent.Trim());
    }

    [Fact]
    public void The_home_page_lays_the_five_phases_across_the_year_and_shows_the_as_of_month()
    {
        var page = sample.Page("index.html");

        Assert.Equal(
            ["Needs assessment and goal setting", "Recruitment and training", "Mentor–mentee matching", "Implementation and monitoring", "Evaluation and improvement"],
            page.QuerySelectorAll(".phase-timeline .phase-name").Select(p => p.TextContent));
        Assert.Equal("March 2024", page.QuerySelector("#this-month a")?.TextContent);
        Assert.Equal(13, page.QuerySelectorAll(".month-links a").Length);
    }

    [Fact]
    public void Protege_in_the_calendar_lands_on_the_learner_role_whose_page_lists_it_month_by_month()
    {
        var page = sample.Page("roles/learner.html");

        Assert.Equal("Learner", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Protégé", page.QuerySelector(".aliases")?.TextContent, StringComparison.Ordinal);
        var months = page.QuerySelectorAll("main h3 a").Select(a => a.TextContent).ToList();
        Assert.Contains("February 2024", months);
        Assert.Contains("March 2024", months);
        Assert.Contains(page.QuerySelectorAll("main .task .item-text"), l => l.TextContent.StartsWith("Meet your mentor", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_link_between_pages_points_at_a_page_that_was_built()
    {
        foreach (var file in Directory.EnumerateFiles(sample.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            foreach (var href in page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#') && !h.Contains(':', StringComparison.Ordinal)))
            {
                // 404.html's links start from the site's path on its host (base_url's /planpress/).
                var target = href.StartsWith("/planpress/", StringComparison.Ordinal)
                    ? Path.GetFullPath(Path.Combine(sample.Output, href.Split('#')[0]["/planpress/".Length..]))
                    : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, href.Split('#')[0]));
                target = href.EndsWith('/') ? Path.Combine(target, "index.html") : target;
                Assert.True(File.Exists(target), $"{Path.GetRelativePath(sample.Output, file)} links to {href}, which was not built");
            }
        }
    }

    [Fact]
    public async Task The_same_input_and_as_of_date_give_byte_identical_output()
    {
        using var folder = new TempFolder();
        var again = await PlanPressRun.StartAsync("build", "--content", Repository.Content, "--theme", Repository.Theme, "--output", folder["site"], "--booklets", folder["booklets"], "--as-of", SampleSiteFixture.AsOf);

        Assert.Equal(0, again.ExitCode);
        var first = Directory.EnumerateFiles(sample.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(sample.Output, f)).Order(StringComparer.Ordinal).ToList();
        var second = Directory.EnumerateFiles(folder["site"], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder["site"], f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(first, second);
        foreach (var file in first)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(sample.Output, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(folder["site"], file))),
                $"{file} differs between two builds");
        }
    }
}
