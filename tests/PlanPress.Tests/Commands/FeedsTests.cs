using System.Text.Json;
using System.Xml.Linq;
using Ical.Net.CalendarComponents;
using Calendar = Ical.Net.Calendar;

namespace PlanPress.Tests.Commands;

/// <summary>What the sample publishes beside its pages: calendar feeds, plan.json, sitemap.xml and 404.html.</summary>
public sealed class FeedsTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private Calendar Feed(string path) => Calendar.Load(File.ReadAllText(Path.Combine(sample.Output, path)))!;

    private static CalendarEvent Single(Calendar calendar, string summary) => Assert.Single(calendar.Events, e => e.Summary == summary);

    [Fact]
    public void The_plan_calendar_parses_back_with_dated_benchmarks_activities_and_month_tasks()
    {
        var calendar = Feed("calendar.ics");

        var benchmark = Single(calendar, "Identify common district-wide reading strategies");
        Assert.True(benchmark.IsAllDay);
        Assert.Equal(new DateOnly(2019, 3, 4), DateOnly.FromDateTime(benchmark.DtStart!.Value));
        Assert.Contains("Person responsible: M. Edwards", benchmark.Description, StringComparison.Ordinal);

        var quarter = Single(calendar, "Expectations, roles and responsibilities communicated to every pair");
        Assert.Equal(new DateOnly(2024, 3, 29), DateOnly.FromDateTime(quarter.DtStart!.Value));

        var activities = calendar.Events.Where(e => e.Summary!.StartsWith("1B1 ", StringComparison.Ordinal)).Select(e => DateOnly.FromDateTime(e.DtStart!.Value)).Order();
        Assert.Equal([new DateOnly(2024, 6, 30), new DateOnly(2024, 9, 30)], activities);

        var task = Single(calendar, "Set SMART goals for the tutoring program, grounded on the needs captured.");
        Assert.Equal(new DateOnly(2023, 10, 1), DateOnly.FromDateTime(task.DtStart!.Value));
        Assert.Equal(new Uri("https://example.github.io/planpress/months/2023-10.html"), task.Url);
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public void Each_task_and_benchmark_reminds_a_subscribed_phone_a_week_before_and_a_weekly_duty_does_not()
    {
        var calendar = Feed("calendar.ics");

        var task = Single(calendar, "Set SMART goals for the tutoring program, grounded on the needs captured.");
        var benchmark = Single(calendar, "Identify common district-wide reading strategies");
        foreach (var item in new[] { task, benchmark })
        {
            var alarm = Assert.Single(item.Alarms);
            Assert.Equal("DISPLAY", alarm.Action);
            Assert.Equal(item.Summary, alarm.Description);
            Assert.Equal("-P7D", alarm.Trigger!.Duration!.Value.ToString());
        }

        Assert.Empty(Assert.Single(calendar.Events, e => e.Summary!.StartsWith("1A3 ", StringComparison.Ordinal)).Alarms);
    }

    [Fact]
    public void Each_role_has_a_calendar_with_only_its_own_events()
    {
        var learner = Feed("calendars/learner.ics");
        var principal = Feed("calendars/principal.ics");

        Assert.Contains(learner.Events, e => e.Summary == "Meet your mentor for a first conversation.");
        Assert.DoesNotContain(learner.Events, e => e.Summary == "Set SMART goals for the tutoring program, grounded on the needs captured.");
        Assert.Equal(
            ["⚠ Overdue: 75% of all teacher observations conducted by principals contain evidence of reading strategy implementation", "⚠ Overdue: All grade 3 teachers complete reading program professional development"],
            principal.Events.Select(e => e.Summary).Order());
        Assert.Contains("calendars/principal.ics", File.ReadAllText(Path.Combine(sample.Output, "roles", "principal.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekly_duty_is_one_repeating_event_on_its_day_and_hour_through_the_plans_months()
    {
        var duty = Assert.Single(Feed("calendar.ics").Events, e => e.Summary!.StartsWith("1A3 ", StringComparison.Ordinal));

        var rule = duty.RecurrenceRule!;
        Assert.Equal(Ical.Net.FrequencyType.Weekly, rule.Frequency);
        Assert.Equal([DayOfWeek.Friday], rule.ByDay.Select(d => d.DayOfWeek));
        Assert.Equal(new DateTime(2023, 10, 6, 16, 0, 0), duty.DtStart!.Value);
        Assert.Equal(new DateOnly(2024, 10, 31), DateOnly.FromDateTime(rule.Until!.Value));
        Assert.Contains("Timeline: each week by Friday, 4 pm", duty.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmarks_carry_their_status_in_the_plans_words_and_overdue_ones_say_so()
    {
        var calendar = Feed("calendar.ics");

        var met = Single(calendar, "Identify common district-wide reading strategies");
        Assert.Contains("Status: Met", met.Description, StringComparison.Ordinal);
        var overdue = Single(calendar, "⚠ Overdue: Every learner matched with a mentor, in small groups");
        Assert.Contains("Status: In progress (Overdue)", overdue.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_with_nothing_dated_has_no_calendar_file_and_no_link_to_one()
    {
        Assert.False(File.Exists(Path.Combine(sample.Output, "calendars", "mom-trainer.ics")));
        Assert.DoesNotContain(".ics", File.ReadAllText(Path.Combine(sample.Output, "roles", "mom-trainer.html")), StringComparison.Ordinal);
        Assert.All(Directory.EnumerateFiles(Path.Combine(sample.Output, "calendars")), f => Assert.NotEmpty(Calendar.Load(File.ReadAllText(f))!.Events));
    }

    [Fact]
    public void Plan_json_holds_the_resolved_plan_for_other_tools()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample.Output, "plan.json")));
        var root = json.RootElement;

        // The day the plan last changed: the history began with the sample's build.
        Assert.Equal("2024-03-15", root.GetProperty("updated").GetString());
        Assert.Equal(13, root.GetProperty("months").GetArrayLength());
        var benchmark = root.GetProperty("initiatives")[1].GetProperty("benchmarks")[0];
        Assert.Equal("Identify common district-wide reading strategies", benchmark.GetProperty("text").GetString());
        Assert.Equal("m-edwards", benchmark.GetProperty("responsible").GetProperty("people")[0].GetString());
        Assert.Equal("met", benchmark.GetProperty("status").GetString());
        Assert.Equal("2019-03-04", benchmark.GetProperty("due").GetString());
        var activity = root.GetProperty("goals")[0].GetProperty("targets")[0].GetProperty("activities")[2];
        Assert.Equal(("1A3", "recurring"), (activity.GetProperty("id").GetString(), activity.GetProperty("timing").GetString()));
    }

    [Fact]
    public void The_sitemap_lists_every_page_at_its_full_address_and_404_starts_its_links_from_the_base_urls_path()
    {
        var sitemap = XDocument.Load(Path.Combine(sample.Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var pages = Directory.EnumerateFiles(sample.Output, "*.html", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) is not ("404.html" or "search.html"));
        var notFound = sample.Page("404.html");

        Assert.Equal(pages, sitemap.Descendants(ns + "loc").Count());
        Assert.Contains(sitemap.Descendants(ns + "loc"), l => l.Value == "https://example.github.io/planpress/months/2023-10.html");
        Assert.Null(notFound.QuerySelector("base"));
        Assert.Equal("/planpress/assets/site.css", notFound.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.All(notFound.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!), href => Assert.True(href.StartsWith("/planpress/", StringComparison.Ordinal) || href.StartsWith('#'), href));
        Assert.Equal("Page not found", notFound.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public void Every_page_links_to_the_month_that_is_current_at_build_time()
    {
        foreach (var file in Directory.EnumerateFiles(sample.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = sample.Page(Path.GetRelativePath(sample.Output, file));
            // The home page opens with this month, so its link is the section's heading, not the header's.
            var links = file.EndsWith("index.html", StringComparison.Ordinal) && !file.Contains("/months/", StringComparison.Ordinal)
                ? page.QuerySelectorAll(".this-month h2 a").Select(a => (Text: "This month: " + a.TextContent, Link: a))
                : page.QuerySelectorAll(".this-month-link").Select(a => (Text: a.QuerySelector(".this-month-long")!.TextContent, Link: a));
            Assert.Contains(links, a => a.Text == "This month: March 2024" && a.Link.GetAttribute("href")!.EndsWith("months/2024-03.html", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_search_result_leads_to_an_item_that_is_on_its_page()
    {
        var script = File.ReadAllText(Path.Combine(sample.Output, "search-index.js"));
        using var json = JsonDocument.Parse(script["window.planpressSearchIndex = ".Length..].TrimEnd().TrimEnd(';'));

        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("title").GetString() == "Identify common district-wide reading strategies");
        foreach (var url in entries.Select(e => e.GetProperty("url").GetString()!))
        {
            var parts = url.Split('#');
            Assert.True(File.Exists(Path.Combine(sample.Output, parts[0])), url);
            if (parts.Length > 1)
            {
                Assert.True(sample.Page(parts[0]).GetElementById(parts[1]) is not null, url);
            }
        }
    }

    [Fact]
    public void The_iCalendar_writer_keeps_any_cell_text_inside_its_own_property_as_Icalnet_reads_it()
    {
        var hostile = "Line one\r\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:planted; a, b \\ c — ünïcödé " + new string('é', 60) + " 🙂\u0007";
        var written = Site.Feeds.Ics.Calendar("-//test//EN", "Plan; name, with \\ marks", [
            Site.Feeds.Ics.Event(new Site.Feeds.IcsEvent("x-1@test", new DateOnly(2024, 3, 29), hostile, hostile, new Uri("https://example.org/plan/a.html#b")), new DateOnly(2024, 3, 1)),
        ]);

        var calendar = Calendar.Load(written)!;

        var only = Assert.Single(calendar.Events);
        var expected = hostile.Replace("\u0007", string.Empty, StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, only.Summary);
        Assert.Equal(expected, only.Description);
        Assert.Equal(new DateOnly(2024, 3, 29), DateOnly.FromDateTime(only.DtStart!.Value));
        Assert.All(written.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }
}
