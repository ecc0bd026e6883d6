using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PlanPress.Model;
using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;
using Snapshooter.Xunit;

namespace PlanPress.Site.Tests;

public sealed class SiteRendererTests
{
    private static readonly SourceLocation Here = new("calendar.xlsx", "Calendar", "C5");
    private static readonly Role Coordinator = new("program-coordinator", "Program Coordinator", ["Coordinator"], "Runs the program.", ["J. Rivera"]);
    private static readonly Role Protege = new("protege", "Protégé", ["Mentee"], "Learns.", []);

    private static CalendarTask Task(int number, int month, string text, string who, IReadOnlyList<Role> roles, IReadOnlyList<string>? unknown = null, string notes = "") =>
        new($"task-2023-{month}-{number}", new YearMonth(2023, month), "Needs assessment", text, new Assignment(who, roles, [], unknown ?? []), notes, Here);

    private static readonly Plan Sample = new(
        new SiteSettings("Mentoring Plan", "Riverside", "2023", new YearMonth(2023, 10), "en", string.Empty),
        [new YearMonth(2023, 10), new YearMonth(2023, 11)],
        [new Phase("Needs assessment", "needs-assessment", new YearMonth(2023, 10), new YearMonth(2023, 11))],
        [Coordinator, Protege],
        [new Person("j-rivera", "J. Rivera", [Coordinator])],
        [
            Task(1, 10, "Carry out a needs assessment", "Coordinator", [Coordinator], notes: "See the [survey](https://example.org)"),
            Task(2, 10, "Meet your mentor", "Protégé", [Protege]),
            Task(3, 10, "<script>alert('cell')</script>", "Coordinator & Mentr", [Coordinator], ["Mentr"]),
        ],
        [],
        [],
        [],
        [],
        []);

    private static async Task<Dictionary<string, string>> RenderAsync(Plan plan, string? theme = null)
    {
        var site = await SiteRenderer.RenderAsync(plan, new Theme(theme ?? Repository.Theme), new DateOnly(2023, 10, 15));
        Assert.DoesNotContain(site.Diagnostics, d => d.Severity != Severity.Info);
        return site.Files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content));
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public async Task Writes_home_year_a_page_per_month_and_per_role_and_the_assets()
    {
        var files = await RenderAsync(Sample);

        Assert.Equal(
            [".planpress", "404.html", "accessibility.html", "assets/adapt.js", "assets/favicon.svg", "assets/search-shards.js", "assets/search-words.js", "assets/search.js", "assets/site.css", "assets/vendor/minisearch.LICENSE.txt", "assets/vendor/minisearch.js", "booklet.html", "calendar.ics", "calendars/program-coordinator.ics", "calendars/protege.ics", "index.html", "map.html", "months/2023-10.html", "months/2023-11.html", "people/j-rivera.html", "plan.json", "roles.html", "roles/program-coordinator.html", "roles/protege.html", "search-index.js", "search.html", "year.html"],
            files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_month_page_lists_its_tasks_by_role_each_once_with_a_labelled_checkbox()
    {
        var page = Parse((await RenderAsync(Sample))["months/2023-10.html"]);

        Assert.Equal("October 2023", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Needs assessment", page.QuerySelector(".phase")?.TextContent, StringComparison.Ordinal);
        // The task for "Coordinator & Mentr" is listed once, under the first, with one set of marks: Mentr has nothing else.
        Assert.Equal(["Program Coordinator", "Protégé"], page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.Single(page.QuerySelectorAll("label.item-text"), l => l.TextContent == "<script>alert('cell')</script>");
        foreach (var box in page.QuerySelectorAll("input[type=checkbox]"))
        {
            var labelled = (box.Id is { } id && page.QuerySelector($"label[for='{id}']") is not null) || box.Closest("label") is not null;
            Assert.True(labelled, box.OuterHtml);
        }

        var coordinator = page.QuerySelectorAll(".task-group")[0];
        Assert.Equal(["Carry out a needs assessment", "<script>alert('cell')</script>"], coordinator.QuerySelectorAll("label.item-text").Select(l => l.TextContent));
        Assert.Equal("https://example.org", coordinator.QuerySelector(".notes a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Cell_text_is_encoded_and_accents_stay_readable()
    {
        var files = await RenderAsync(Sample);
        var html = files["months/2023-10.html"];

        Assert.Empty(Parse(html).QuerySelectorAll("main script:not([src])"));
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(">Protégé<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#xE9;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_page_shows_responsibilities_people_and_its_tasks_month_by_month()
    {
        var page = Parse((await RenderAsync(Sample))["roles/program-coordinator.html"]);

        Assert.Equal("Program Coordinator", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("J. Rivera", page.QuerySelector(".people")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("October 2023", page.QuerySelector("main h3 a")?.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("main .task").Length);
    }

    [Fact]
    public async Task The_home_page_shows_the_month_of_the_as_of_date_and_the_phases()
    {
        var page = Parse((await RenderAsync(Sample))["index.html"]);

        Assert.Equal("Mentoring Plan", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("months/2023-10.html", page.QuerySelector("#this-month a")?.GetAttribute("href"));
        Assert.Equal("Needs assessment", page.QuerySelector(".phase-timeline .phase-name")?.TextContent);
    }

    [Fact]
    public async Task A_month_page_looks_as_it_did()
    {
        var html = (await RenderAsync(Sample))["months/2023-10.html"];

        Snapshot.Match(html);
    }

    [Fact]
    public async Task A_broken_template_is_reported_against_its_file_not_thrown()
    {
        using var folder = new TempFolder();
        var theme = folder.CopyFolder(Repository.Theme, "theme");
        File.WriteAllText(Path.Combine(theme, "Month.cshtml"), "@model MonthPage\n@{ Layout = \"_Layout.cshtml\"; }\n<h1>@Model.NoSuchProperty</h1>");

        var site = await SiteRenderer.RenderAsync(Sample, new Theme(theme), new DateOnly(2023, 10, 15));

        var error = Assert.Single(site.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith("Month.cshtml", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("NoSuchProperty", error.Message, StringComparison.Ordinal);
    }
}
