using System.Text.Json;
using PlanPress.Import.Workbooks;
using Calendar = Ical.Net.Calendar;

namespace PlanPress.Tests.Commands;

/// <summary>A district's portal: the starter portal of `new --portal` (three plans and their list), built as a district would.</summary>
public sealed class PortalTests : IDisposable
{
    /// <summary>The starter plans' calendars start in the month they are written.</summary>
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    private static readonly string AsOf = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Content => _folder["portal/content"];

    private string Site => _folder["site"];

    private string Plan(string folder) => Path.Combine(Content, "plans", folder);

    private async Task<PlanPressRun> NewAsync()
    {
        var created = await PlanPressRun.StartAsync("new", _folder["portal"], "--portal");
        Assert.True(created.ExitCode == 0, created.Output);
        return created;
    }

    private Task<PlanPressRun> BuildAsync(string? output = null, params string[] more) =>
        PlanPressRun.StartAsync(["build", "--content", Content, "--theme", Repository.Theme, "--output", output ?? Site, "--as-of", AsOf, .. more]);

    private string Page(string path) => File.ReadAllText(Path.Combine(Site, path));

    [Fact]
    public async Task Each_plan_keeps_its_own_change_history_and_an_unchanged_plan_keeps_its_as_it_was()
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        var riverside = File.ReadAllBytes(Path.Combine(Site, "riverside-elementary", "changes.json"));
        WorkbookCells.Set(Path.Combine(Plan("hillcrest-middle"), "action-plan.xlsx"), "Initiative 1", "D12", "Met");

        var rebuilt = await BuildAsync();

        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
        Assert.Contains("(1 built, 2 unchanged)", rebuilt.Output, StringComparison.Ordinal);
        var change = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page("hillcrest-middle/changes.html")).QuerySelector("li.change");
        Assert.Equal("Benchmark Every mentor completes the training — Status: In progress → Met", change?.TextContent);
        Assert.Equal(riverside, File.ReadAllBytes(Path.Combine(Site, "riverside-elementary", "changes.json")));
        Assert.Contains("Nothing has changed since", Page("riverside-elementary/changes.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_portal_builds_each_plan_under_its_folder_and_the_portal_pages_beside_them()
    {
        await NewAsync();

        var built = await BuildAsync();

        Assert.True(built.ExitCode == 0, built.Output);
        Assert.Contains("3 plans (3 built, 0 unchanged): 0 errors, 0 warnings.", built.Output, StringComparison.Ordinal);
        foreach (var plan in new[] { "riverside-elementary", "hillcrest-middle", "lakeview-high" })
        {
            Assert.True(File.Exists(Path.Combine(Site, plan, "months", $"{Today:yyyy-MM}.html")), plan);
            Assert.True(File.Exists(Path.Combine(Site, plan, "calendar.ics")), plan);
            // A plan's pages share the portal's assets and lead back to its home.
            var home = Page($"{plan}/index.html");
            Assert.Contains("href=\"../assets/site.css\"", home, StringComparison.Ordinal);
            Assert.Contains("<p class=\"site-portal\"><a href=\"../index.html\">Springfield School District Plans</a></p>", home, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(Site, plan, "assets")));
            // Its 404 page is served at any depth: its links start from the portal's path.
            Assert.Contains($"href=\"/district-plans/{plan}/index.html\"", Page($"{plan}/404.html"), StringComparison.Ordinal);
        }

        // The home lists the plans in the district's order, with a page per level and region to filter by.
        var index = Page("index.html");
        Assert.True(index.IndexOf("Riverside Elementary", StringComparison.Ordinal) < index.IndexOf("Hillcrest Middle School", StringComparison.Ordinal));
        Assert.Contains("<a href=\"levels/middle.html\"", index, StringComparison.Ordinal);
        var north = Page("regions/north.html");
        Assert.Contains("Hillcrest Middle School", north, StringComparison.Ordinal);
        Assert.DoesNotContain("Lakeview High School", north, StringComparison.Ordinal);
        Assert.Contains("2 plans", north, StringComparison.Ordinal);
        // Search engines find the portal's pages and each plan's through one sitemap index.
        var sitemap = Page("sitemap.xml");
        Assert.Contains("<sitemapindex", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.github.io/district-plans/sitemap-portal.xml</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.github.io/district-plans/lakeview-high/sitemap.xml</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.github.io/district-plans/levels/high.html</loc>", Page("sitemap-portal.xml"), StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.github.io/district-plans/lakeview-high/year.html</loc>", Page("lakeview-high/sitemap.xml"), StringComparison.Ordinal);
        var month = Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"<h1>This month: {Today.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"))}</h1>", Page("this-month.html"), StringComparison.Ordinal);
        Assert.Contains($"href=\"riverside-elementary/months/{month}.html\"", Page("this-month.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_data_rolls_up_every_plan_and_its_calendar_holds_every_plans_benchmarks_named_with_the_plan()
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);

        using var json = JsonDocument.Parse(Page("plan.json"));
        var plans = json.RootElement.GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal(["riverside-elementary", "hillcrest-middle", "lakeview-high"], plans.Select(p => p.GetProperty("slug").GetString()));
        var process = plans[0].GetProperty("rollUp").GetProperty("process");
        using var own = JsonDocument.Parse(Page("riverside-elementary/plan.json"));
        var benchmarks = own.RootElement.GetProperty("initiatives").EnumerateArray().SelectMany(i => i.GetProperty("benchmarks").EnumerateArray()).Count(b => b.GetProperty("kind").GetString() == "process");
        Assert.Equal(benchmarks, process.GetProperty("total").GetInt32());

        var portal = Calendar.Load(Page("calendar.ics"))!;
        var each = new[] { ("riverside-elementary", "Riverside Elementary"), ("hillcrest-middle", "Hillcrest Middle School"), ("lakeview-high", "Lakeview High School") }
            .Select(p => (Name: p.Item2, Events: Calendar.Load(Page($"{p.Item1}/calendar.ics"))!.Events.Where(e => e.Url!.AbsolutePath.Contains("/initiatives/", StringComparison.Ordinal)).ToList())).ToList();
        Assert.NotEmpty(each[0].Events);
        Assert.Equal(each.Sum(p => p.Events.Count), portal.Events.Count);
        var riverside = portal.Events.Where(e => e.Summary!.StartsWith("Riverside Elementary: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(each[0].Events.Select(e => $"Riverside Elementary: {e.Summary}"), riverside.Select(e => e.Summary));
        Assert.Equal(each[0].Events.Select(e => e.Description), riverside.Select(e => e.Description));
        Assert.Equal(each[0].Events.Select(e => e.DtStart), riverside.Select(e => e.DtStart));
        Assert.Equal(portal.Events.Count, portal.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task A_rebuild_builds_only_the_plans_whose_inputs_changed_and_links_the_others_from_the_last_build()
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(Site, "lakeview-high", "index.html"));

        var unchanged = await BuildAsync();
        File.AppendAllText(Path.Combine(Plan("hillcrest-middle"), "site.yml"), "description: Hillcrest's plan, changed.\n");
        var oneChanged = await BuildAsync();

        Assert.True(unchanged.ExitCode == 0, unchanged.Output);
        Assert.Contains("(0 built, 3 unchanged)", unchanged.Output, StringComparison.Ordinal);
        Assert.True(oneChanged.ExitCode == 0, oneChanged.Output);
        Assert.Contains("(1 built, 2 unchanged)", oneChanged.Output, StringComparison.Ordinal);
        Assert.Contains("Hillcrest&#x27;s plan, changed.", Page("hillcrest-middle/index.html"), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(Site, "lakeview-high", "index.html")));
    }

    [Fact]
    public async Task A_rebuild_that_fails_after_moving_the_unchanged_plans_puts_them_back_and_leaves_the_folder_as_it_was()
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        // The marker gone, the folder is no longer one PlanPress wrote: the build is refused at the very end, after the plans were moved.
        File.Delete(Path.Combine(Site, ".planpress"));
        var before = Files(Site);

        var refused = await BuildAsync();

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("The output folder already holds files that PlanPress did not write", refused.Output, StringComparison.Ordinal);
        var after = Files(Site);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, f => Assert.True(f.Value.SequenceEqual(after[f.Key]), f.Key));
        Assert.Empty(Directory.EnumerateDirectories(_folder.Path, ".site.*"));
    }

    [Fact]
    public async Task A_plan_whose_workbook_breaks_keeps_its_last_good_pages_the_others_are_updated_and_the_status_page_says_so()
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        var lastGood = File.ReadAllBytes(Path.Combine(Site, "lakeview-high", "action-plan.html"));
        File.WriteAllText(Path.Combine(Plan("lakeview-high"), "action-plan.xlsx"), "not a workbook");
        File.AppendAllText(Path.Combine(Plan("riverside-elementary"), "site.yml"), "description: Updated today.\n");

        var built = await BuildAsync();

        Assert.True(built.ExitCode == 3, built.Output);
        Assert.Contains($"{Plan("lakeview-high").Replace('\\', '/')}/action-plan.xlsx: error:", built.Output, StringComparison.Ordinal);
        Assert.Contains("1 plan not updated (plans/lakeview-high)", built.Output, StringComparison.Ordinal);
        Assert.Equal(lastGood, File.ReadAllBytes(Path.Combine(Site, "lakeview-high", "action-plan.html")));
        Assert.Contains("Updated today.", Page("riverside-elementary/index.html"), StringComparison.Ordinal);
        Assert.Contains("Not updated: 1 error, see the build log.", Page("status.html"), StringComparison.Ordinal);
        Assert.Contains("1 plan could not be updated", Page("index.html"), StringComparison.Ordinal);

        // Fixed, it is built again.
        File.Copy(Path.Combine(_folder["portal"], "content", "plans", "riverside-elementary", "action-plan.xlsx"), Path.Combine(Plan("lakeview-high"), "action-plan.xlsx"), overwrite: true);
        var fixedBuild = await BuildAsync();
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Output);
        Assert.DoesNotContain("Not updated", Page("status.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_days_build_keeps_a_broken_plans_last_good_pages_and_each_other_plan_whose_pages_the_day_changes_is_built_again()
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        var lastGood = File.ReadAllBytes(Path.Combine(Site, "lakeview-high", "index.html"));
        File.WriteAllText(Path.Combine(Plan("lakeview-high"), "calendar.xlsx"), "not a workbook");
        var tomorrow = Today.AddDays(1);
        // Each plan's pages hold until the first day the date changes something on them (DateWindowTests): the state says which.
        var state = PlanPress.Site.Portals.PortalFeeds.ReadState(Path.Combine(Site, PlanPress.Site.Portals.PortalPaths.State)).State!;
        var kept = state.Plans.Where(p => p.Entry.Slug != "lakeview-high" && tomorrow < p.Until).Select(p => p.Entry.Slug).ToList();
        var before = kept.ToDictionary(slug => slug, slug => Page($"{slug}/index.html"));

        var built = await PlanPressRun.StartAsync("build", "--content", Content, "--theme", Repository.Theme, "--output", Site, "--as-of", tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(built.ExitCode == 3, built.Output);
        Assert.Contains($"({2 - kept.Count} built, {kept.Count} unchanged)", built.Output, StringComparison.Ordinal);
        Assert.Equal(lastGood, File.ReadAllBytes(Path.Combine(Site, "lakeview-high", "index.html")));
        Assert.All(kept, slug => Assert.Equal(before[slug], Page($"{slug}/index.html")));
        // The footer says when the plan last changed, not when the build ran.
        Assert.Contains($"datetime=\"{Today:yyyy-MM-dd}\"", Page("riverside-elementary/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_broken_on_the_first_build_is_left_out_and_named_the_others_are_published()
    {
        await NewAsync();
        File.WriteAllText(Path.Combine(Plan("hillcrest-middle"), "calendar.xlsx"), "not a workbook");

        var built = await BuildAsync();

        Assert.True(built.ExitCode == 3, built.Output);
        Assert.False(Directory.Exists(Path.Combine(Site, "hillcrest-middle")));
        Assert.True(File.Exists(Path.Combine(Site, "riverside-elementary", "index.html")));
        Assert.Contains("Not published: 1 error, see the build log.", Page("status.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"hillcrest-middle/", Page("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plans_list_naming_a_folder_that_is_not_there_fails_the_build_at_its_cell_and_changes_nothing()
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        var home = Page("index.html");
        WorkbookWriter.Save(Path.Combine(Content, "plans.xlsx"), [new SheetSpec("Plans", [["Name", "Folder", "Level"], ["Riverside Elementary", "riverside-elementary", "Elementary"], ["Oakwood", "oakwood", "High"]])]);

        var built = await BuildAsync();

        Assert.Equal(1, built.ExitCode);
        Assert.Contains($"{Content.Replace('\\', '/')}/plans.xlsx [Plans] B3: error: The plans list names the folder \"oakwood\"", built.Output, StringComparison.Ordinal);
        Assert.Equal(home, Page("index.html"));
    }

    [Fact]
    public async Task Three_slices_built_apart_and_assembled_give_the_same_site_as_one_build()
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        var slices = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var slice = _folder[$"slice-{k}"];
            var run = await BuildAsync(slice, "--slice", $"{k}/3");
            Assert.True(run.ExitCode == 0, run.Output);
            slices.Add(slice);
        }

        var assembled = await PlanPressRun.StartAsync(["assemble", "--content", Content, "--theme", Repository.Theme, "--output", _folder["assembled"], "--as-of", AsOf, .. slices]);

        Assert.True(assembled.ExitCode == 0, assembled.Output);
        var whole = Files(Site);
        var joined = Files(_folder["assembled"]);
        Assert.Equal(whole.Keys, joined.Keys);
        Assert.All(whole, f => Assert.True(f.Value.SequenceEqual(joined[f.Key]), f.Key));
        Assert.True(whole.Count > 100);
    }

    [Fact]
    public async Task A_slice_of_another_as_of_date_is_refused_by_the_assembly()
    {
        await NewAsync();
        var one = await BuildAsync(_folder["slice-1"], "--slice", "1/2");
        var two = await PlanPressRun.StartAsync("build", "--content", Content, "--theme", Repository.Theme, "--output", _folder["slice-2"], "--as-of", Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--slice", "2/2");

        var assembled = await PlanPressRun.StartAsync("assemble", "--content", Content, "--theme", Repository.Theme, "--output", _folder["assembled"], "--as-of", AsOf, _folder["slice-1"], _folder["slice-2"]);

        Assert.Equal(0, one.ExitCode + two.ExitCode);
        Assert.Equal(1, assembled.ExitCode);
        Assert.Contains("This slice was built from another portal, theme, as-of date or version of PlanPress.", assembled.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["assembled"]));
    }

    [Fact]
    public async Task Check_on_a_portal_checks_every_plan_and_writes_nothing()
    {
        await NewAsync();
        File.WriteAllText(Path.Combine(Plan("lakeview-high"), "calendar.xlsx"), "not a workbook");

        var checkedRun = await PlanPressRun.StartAsync("check", "--content", Content, "--theme", Repository.Theme, "--as-of", AsOf);

        Assert.Equal(1, checkedRun.ExitCode);
        Assert.Contains("Check failed: 1 error, 0 warnings in 1 plan of 3.", checkedRun.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site));
    }

    [Fact]
    public async Task A_file_left_beside_the_plans_is_named_in_a_warning_not_silently_left_out()
    {
        await NewAsync();
        File.Copy(Path.Combine(Plan("lakeview-high"), "calendar.xlsx"), Path.Combine(Content, "plans", "oakwood-calendar.xlsx"));
        _folder.Write("portal/content/pages/about.md", "# About the district\n");

        var built = await BuildAsync();

        Assert.True(built.ExitCode == 0, built.Output);
        var content = Content.Replace('\\', '/');
        Assert.Contains($"{content}/plans/oakwood-calendar.xlsx: warning: This is not read: a portal holds its site.yml, its plans list, and a folder per plan under plans/.", built.Output, StringComparison.Ordinal);
        Assert.Contains($"{content}/pages: warning: This is not read", built.Output, StringComparison.Ordinal);
        Assert.Contains("2 warnings", built.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overdue_page_lists_a_plans_benchmarks_due_before_it_began_last_and_says_so()
    {
        _folder.Write("district/site.yml", "title: District\n");
        _folder.CopyFolder(Repository.Content, "district/plans/riverside");

        var built = await PlanPressRun.StartAsync("build", "--content", _folder["district"], "--theme", Repository.Theme, "--output", Site, "--as-of", "2024-03-15");

        Assert.True(built.ExitCode == 0, built.Output);
        var overdue = Page("overdue.html");
        var thisPlan = overdue.IndexOf("due February 29, 2024 ·", StringComparison.Ordinal);
        var earlier = overdue.IndexOf("due February 1, 2020, before the plan began", StringComparison.Ordinal);
        Assert.True(thisPlan > 0 && earlier > thisPlan, overdue);
    }

    [Fact]
    public async Task A_theme_folder_that_is_not_there_is_said_once_and_nothing_is_built()
    {
        await NewAsync();

        var built = await PlanPressRun.StartAsync("build", "--content", Content, "--theme", _folder["no-theme"], "--output", Site, "--as-of", AsOf);

        Assert.Equal(1, built.ExitCode);
        Assert.Equal(1, built.Output.Split("The theme folder does not exist.").Length - 1);
        Assert.False(Directory.Exists(Site));
    }

    [Fact]
    public async Task A_portal_built_on_GitHub_Actions_is_measured_against_what_GitHub_Pages_publishes()
    {
        await NewAsync();

        var built = await PlanPressRun.StartAsync(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, ["build", "--content", Content, "--theme", Repository.Theme, "--output", Site, "--as-of", AsOf]);
        var size = Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        // The starter portal fits; a site one byte over a limit is said so, with its size and what to do.
        Assert.True(built.ExitCode == 0, built.Output);
        Assert.DoesNotContain("GitHub Pages allows", built.Output, StringComparison.Ordinal);
        Assert.Null(PlanPress.Portals.PagesLimit.Check(Site, size));
        var over = PlanPress.Portals.PagesLimit.Check(Site, size - 1);
        Assert.NotNull(over);
        Assert.Equal(PlanPress.Model.Diagnostics.Severity.Warning, over.Severity);
        Assert.Contains("over the 1 GB GitHub Pages allows a published site", over.Message, StringComparison.Ordinal);
        Assert.Contains("storage bucket", over.Expected, StringComparison.Ordinal);
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
