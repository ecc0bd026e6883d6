using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>
/// The change history across real builds of the sample: each build is compared with the site the
/// last one published (its changes.json), and the coordinator's edit to a real workbook shows up on
/// the "What changed" page, in the Atom feed and beside the status.
/// </summary>
public sealed class ChangeHistoryTests : IDisposable
{
    private const string Matched = "Every learner matched with a mentor, in small groups";
    private const string Initiative = "initiatives/launch-a-school-based-mentoring-and-tutoring-program.html";

    private readonly TempFolder _folder = new();
    private readonly string _content;

    public ChangeHistoryTests() => _content = _folder.CopyFolder(Repository.Content, "content");

    public void Dispose() => _folder.Dispose();

    private string Site => _folder["site"];

    private Task<PlanPressRun> BuildAsync(string asOf) =>
        PlanPressRun.StartAsync("build", "--content", _content, "--theme", Repository.Theme, "--output", Site, "--booklets", _folder["booklets"], "--as-of", asOf);

    private AngleSharp.Dom.IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Site, path)));

    private void SetStatus(string cell, string status) => WorkbookCells.Set(Path.Combine(_content, "action-plan.xlsx"), "Mentoring", cell, status);

    private static async Task Built(Task<PlanPressRun> build)
    {
        var run = await build;
        Assert.True(run.ExitCode == 0, run.Output);
    }

    private Dictionary<string, byte[]> Files() =>
        Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(Site, f), File.ReadAllBytes);

    [Fact]
    public async Task A_first_build_starts_the_history_and_a_same_day_rebuild_with_nothing_changed_is_byte_identical()
    {
        await Built(BuildAsync("2024-03-15"));
        var first = Files();

        await Built(BuildAsync("2024-03-15"));

        Assert.Contains("changes.json", first.Keys);
        Assert.Equal("Nothing has changed since March 15, 2024.", Page("changes.html").QuerySelector("main p:not(.lede):not(.changes-feed)")?.TextContent);
        Assert.Equal("No changes recorded yet.", Page("index.html").QuerySelector(".recent-changes p")?.TextContent);
        var second = Files();
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(second[f.Key]), $"{f.Key} changed on a rebuild with nothing changed"));
    }

    [Fact]
    public async Task A_status_changed_between_two_builds_is_on_the_changes_page_in_the_Atom_feed_and_beside_the_status()
    {
        await Built(BuildAsync("2024-03-15"));
        SetStatus("D25", "Met");

        await Built(BuildAsync("2024-04-02"));

        var changes = Page("changes.html");
        var day = Assert.Single(changes.QuerySelectorAll(".change-day"));
        Assert.Equal("April 2, 2024", day.QuerySelector("h2")?.TextContent);
        Assert.Equal("Launch a school-based mentoring and tutoring program", day.QuerySelector("h3")?.TextContent);
        var change = Assert.Single(day.QuerySelectorAll("li.change"));
        Assert.Equal($"Benchmark {Matched} — Status: In progress → Met", change.TextContent);
        Assert.Equal($"{Initiative}#launch-a-school-based-mentoring-and-tutoring-program-p4", change.QuerySelector("a")?.GetAttribute("href"));

        var row = Page(Initiative).QuerySelector("#launch-a-school-based-mentoring-and-tutoring-program-p4")!;
        Assert.Equal("✓ Met since April 2, 2024", row.QuerySelector(".status")?.TextContent.Trim());
        Assert.Contains(Matched, Page(Initiative).QuerySelector(".history")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(Matched, Page("index.html").QuerySelector(".recent-changes")?.TextContent, StringComparison.Ordinal);

        var entry = Assert.Single(ReadAtom().Items);
        Assert.Equal("1 change on April 2, 2024", entry.Title.Text);
        Assert.Equal(new DateTimeOffset(2024, 4, 2, 0, 0, 0, TimeSpan.Zero), entry.LastUpdatedTime);
        var content = ((TextSyndicationContent)entry.Content).Text;
        Assert.Contains($">{Matched}</a> — Status: In progress → Met", content, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.github.io/planpress/initiatives/", content, StringComparison.Ordinal);
    }

    /// <summary>The feed read back by .NET's Atom 1.0 reader, after checking what RFC 4287 requires of every feed and entry.</summary>
    private SyndicationFeed ReadAtom()
    {
        var file = Path.Combine(Site, "changes.xml");
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(file).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.Single(feed.Elements(atom + required));
        }

        Assert.Contains(feed.Elements(atom + "link"), l => (string?)l.Attribute("rel") == "self");
        foreach (var entry in feed.Elements(atom + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated" })
            {
                Assert.Single(entry.Elements(atom + required));
            }

            Assert.True(Uri.IsWellFormedUriString(entry.Element(atom + "id")!.Value, UriKind.Absolute));
        }

        using var reader = XmlReader.Create(file);
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task A_status_due_and_unchanged_longer_than_stale_after_is_flagged_no_update_since_and_an_update_clears_it()
    {
        await Built(BuildAsync("2024-03-15"));
        await Built(BuildAsync("2024-06-03"));

        // "Expectations … communicated" is not started and was due March 29: 80 days without an update by June 3.
        var stale = Page(Initiative).QuerySelector("#launch-a-school-based-mentoring-and-tutoring-program-p5 .no-update")?.TextContent;
        Assert.Equal("◷ No update since March 15, 2024", stale?.Trim());
        // Due in October: its work is not due yet, so it is not flagged.
        Assert.Null(Page(Initiative).QuerySelector("#launch-a-school-based-mentoring-and-tutoring-program-p9 .no-update"));

        SetStatus("D26", "In progress");
        await Built(BuildAsync("2024-06-04"));

        Assert.Null(Page(Initiative).QuerySelector("#launch-a-school-based-mentoring-and-tutoring-program-p5 .no-update"));
        Assert.Equal("◐ In progress since June 4, 2024", Page(Initiative).QuerySelector("#launch-a-school-based-mentoring-and-tutoring-program-p5 .status")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_failed_build_leaves_the_history_as_it_was_and_a_history_that_cannot_be_read_stops_the_build()
    {
        await Built(BuildAsync("2024-03-15"));
        SetStatus("D25", "Met");
        await Built(BuildAsync("2024-04-02"));
        var history = File.ReadAllBytes(Path.Combine(Site, "changes.json"));

        File.WriteAllText(Path.Combine(_content, "calendar.xlsx"), "not a workbook");
        var failed = await BuildAsync("2024-04-03");

        Assert.NotEqual(0, failed.ExitCode);
        Assert.Equal(history, File.ReadAllBytes(Path.Combine(Site, "changes.json")));

        File.Copy(Path.Combine(Repository.Content, "calendar.xlsx"), Path.Combine(_content, "calendar.xlsx"), overwrite: true);
        File.WriteAllText(Path.Combine(Site, "changes.json"), "{ \"started\": ");
        var unreadable = await BuildAsync("2024-04-03");

        Assert.Equal(1, unreadable.ExitCode);
        Assert.Contains("changes.json", unreadable.Output, StringComparison.Ordinal);
        Assert.Contains("The change history the last build published cannot be read", unreadable.Output, StringComparison.Ordinal);
        Assert.Contains("delete it", unreadable.Output, StringComparison.Ordinal);
        Assert.Equal("{ \"started\": ", File.ReadAllText(Path.Combine(Site, "changes.json")));
    }

    [Fact]
    public async Task On_a_machine_without_the_last_output_the_history_is_read_from_the_published_site_and_a_failed_read_stops_the_build()
    {
        await Built(BuildAsync("2024-03-15"));
        var published = File.ReadAllBytes(Path.Combine(Site, "changes.json"));
        Directory.Delete(Site, recursive: true);
        await using var server = await WorkbookServer.StartAsync();
        server.File("/planpress/changes.json", () => published);
        server.Status("/broken/changes.json", 500);
        SetStatus("D25", "Met");

        var failed = await PlanPressRun.StartAsync("build", "--content", _content, "--theme", Repository.Theme, "--output", Site, "--booklets", _folder["booklets"], "--as-of", "2024-04-02", "--history-from", server.Url("/broken/changes.json").AbsoluteUri);

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("The change history published at http://127.0.0.1:", failed.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site));

        var read = await PlanPressRun.StartAsync("build", "--content", _content, "--theme", Repository.Theme, "--output", Site, "--booklets", _folder["booklets"], "--as-of", "2024-04-02", "--history-from", server.Url("/planpress/changes.json").AbsoluteUri);

        Assert.True(read.ExitCode == 0, read.Output);
        Assert.Contains("Changes are kept from March 15, 2024", Page("changes.html").QuerySelector(".lede")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"Benchmark {Matched} — Status: In progress → Met", Page("changes.html").QuerySelector("li.change")?.TextContent);
    }

    [Fact]
    public async Task A_history_written_by_an_earlier_PlanPress_is_carried_over_by_key_without_its_words()
    {
        // changes-v1.json: the first format, written by PlanPress before version 2 for this change on April 2, 2024.
        await Built(BuildAsync("2024-03-15"));
        SetStatus("D25", "Met");
        File.Copy(Repository.Fixture("changes-v1.json"), Path.Combine(Site, "changes.json"), overwrite: true);

        await Built(BuildAsync("2024-04-03"));

        var changes = Page("changes.html").QuerySelectorAll("li.change").Select(c => c.TextContent).ToList();
        Assert.Equal([$"Benchmark {Matched} — Status: In progress → Met"], changes);
        Assert.Equal("April 2, 2024", Page("changes.html").QuerySelector(".change-day h2")?.TextContent);
        var history = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Site, "changes.json")))!;
        Assert.Equal(2, (int)history["version"]!);
        Assert.DoesNotContain("matched", history["changes"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_build_that_would_take_most_months_off_the_site_stops_naming_them_and_allow_drop_publishes_it()
    {
        await Built(BuildAsync("2024-03-15"));
        var before = Files();
        foreach (var cell in new[] { "A4", "B4", "C4", "D4", "E4" })
        {
            WorkbookCells.Set(Path.Combine(_content, "calendar.xlsx"), "Calendar", cell, string.Empty);
        }

        var stopped = await BuildAsync("2024-03-16");

        Assert.Equal(1, stopped.ExitCode);
        Assert.True(stopped.Output.Contains("This build would take 13 of the 13 months (October 2023, November 2023, December 2023, January 2024, …) and 34 of the 34 tasks off the site published last", StringComparison.Ordinal), stopped.Output);
        Assert.Contains("--allow-drop", stopped.Output, StringComparison.Ordinal);
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Site, f.Key))), f.Key));

        var allowed = await PlanPressRun.StartAsync("build", "--content", _content, "--theme", Repository.Theme, "--output", Site, "--booklets", _folder["booklets"], "--as-of", "2024-03-16", "--allow-drop");

        Assert.True(allowed.ExitCode == 0, allowed.Output);
        // The calendar's tasks are gone; the months the improvement plan's activities fall in keep their pages.
        Assert.DoesNotContain("Communicate expectations, roles and responsibilities", File.ReadAllText(Path.Combine(Site, "months", "2024-03.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_typo_stops_the_build_with_the_status_meant_and_records_no_change()
    {
        await Built(BuildAsync("2024-03-15"));
        var history = File.ReadAllBytes(Path.Combine(Site, "changes.json"));
        SetStatus("D25", "In progess");

        var typo = await BuildAsync("2024-03-16");

        Assert.Equal(1, typo.ExitCode);
        Assert.Contains("action-plan.xlsx [Mentoring] D25: error: The status \"In progess\" cannot be read.", typo.Output, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"In progress\"?", typo.Output, StringComparison.Ordinal);
        Assert.Equal(history, File.ReadAllBytes(Path.Combine(Site, "changes.json")));
    }

    [Fact]
    public async Task In_a_plan_in_two_languages_the_Spanish_site_shows_the_same_history_in_Spanish()
    {
        using var bilingual = new TempFolder();
        var content = BilingualSample.Write(bilingual);
        Task<PlanPressRun> Build(string asOf) => PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", bilingual["site"], "--booklets", bilingual["booklets"], "--as-of", asOf);
        await Built(Build("2024-03-15"));
        WorkbookCells.Set(Path.Combine(content, "action-plan.xlsx"), "Mentoring", "D25", "Met");

        await Built(Build("2024-04-02"));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(bilingual["site/es/" + Initiative]));
        Assert.Equal("✓ Cumplido desde el 2 de abril de 2024", page.QuerySelector("#launch-a-school-based-mentoring-and-tutoring-program-p4 .status")?.TextContent.Trim());
        var change = new HtmlParser().ParseDocument(File.ReadAllText(bilingual["site/es/changes.html"])).QuerySelector("li.change")!;
        Assert.Equal($"Indicador {Matched} — Estado: En curso → Cumplido", change.TextContent);
        Assert.Equal("en", change.QuerySelector("a span")?.GetAttribute("lang"));
        Assert.Equal("1 cambio el 2 de abril de 2024", Assert.Single(SyndicationFeed.Load(XmlReader.Create(bilingual["site/es/changes.xml"])).Items).Title.Text);
    }
}
