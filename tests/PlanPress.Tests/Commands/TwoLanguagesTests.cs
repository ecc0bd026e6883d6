using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>
/// The sample kept in English and Spanish (<see cref="BilingualSample"/>): English at the root,
/// Spanish under es/, each page leading to its translation, what is not yet translated shown in
/// English and marked lang="en", and the build saying what is left to translate.
/// </summary>
public sealed class TwoLanguagesTests(TwoLanguagesTests.Build build) : IClassFixture<TwoLanguagesTests.Build>
{
    /// <summary>The bilingual sample, built once for the class.</summary>
    public sealed class Build : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _folder = new();

        public PlanPressRun Run { get; private set; } = null!;

        public string Site => _folder["site"];

        public async Task InitializeAsync() =>
            Run = await PlanPressRun.StartAsync("build", "--content", BilingualSample.Write(_folder), "--theme", Repository.Theme, "--output", Site, "--booklets", _folder["booklets"], "--as-of", "2024-03-15");

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _folder.Dispose();
    }

    private readonly PlanPressRun _run = build.Run;

    private string Site => build.Site;

    private AngleSharp.Dom.IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Site, path)));

    private IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Site, folder), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/'));

    /// <summary>The language a reader of <paramref name="element"/> is told its text is in: the nearest lang attribute.</summary>
    private static string? LanguageOf(AngleSharp.Dom.IElement element) => element.Closest("[lang]")?.GetAttribute("lang");

    [Theory]
    [InlineData("es/goals/1.html", "each week by Friday, 4 pm")]
    [InlineData("es/goals/1.html", "Mentor Program Director")]
    [InlineData("es/goals/1.html", "Mentors mark weekly protege placement")]
    [InlineData("es/initiatives/launch-a-school-based-mentoring-and-tutoring-program.html", "Program Coordinator & Mentors")]
    public void On_the_Spanish_site_workbook_English_not_yet_translated_is_marked_lang_en_wherever_it_is(string page, string english)
    {
        var shown = Page(page).QuerySelectorAll("main *").Where(e => e.ChildNodes.Any(n => n.NodeType == AngleSharp.Dom.NodeType.Text && n.TextContent.Contains(english, StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(shown);
        Assert.All(shown, e => Assert.Equal("en", LanguageOf(e)));
    }

    [Fact]
    public void On_the_Spanish_site_an_activity_due_by_a_month_is_due_within_it_not_before_it()
    {
        var text = Page("es/goals/1.html").Body!.TextContent;

        Assert.Contains("a más tardar en", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(antes de", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Spanish_month_page_shows_the_translated_tasks_in_Spanish_and_the_others_in_English_marked_lang_en()
    {
        Assert.True(_run.ExitCode == 0, _run.Output);
        var month = Page("es/months/2023-10.html");

        Assert.Equal("es", month.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Octubre de 2023", month.QuerySelector("h1")?.TextContent);
        var tasks = month.QuerySelectorAll(".task .item-text").ToList();
        Assert.Equal(BilingualSample.Translated, tasks[0].TextContent);
        Assert.Empty(tasks[0].QuerySelectorAll("[lang]"));
        Assert.Equal(BilingualSample.AlsoTranslated, tasks[1].TextContent);
        var english = Assert.Single(tasks, t => t.TextContent.StartsWith(BilingualSample.Untranslated, StringComparison.Ordinal));
        Assert.All(english.QuerySelectorAll("span"), s => Assert.Equal("en", s.GetAttribute("lang")));
        Assert.Equal(english.TextContent, string.Concat(english.QuerySelectorAll("span[lang=en]").Select(s => s.TextContent)));
        // site.yml's title in Spanish; its description, not given in Spanish, in English marked as such.
        var home = Page("es/index.html");
        Assert.Equal(BilingualSample.Title, home.QuerySelector("h1")?.TextContent);
        Assert.Equal("en", home.QuerySelector(".site-description span")?.GetAttribute("lang"));
        Assert.StartsWith(BilingualSample.Title, home.Title, StringComparison.Ordinal);
        // The English page of the month still has the English words.
        Assert.Contains(Page("months/2023-10.html").QuerySelectorAll(".task .item-text"), t => t.TextContent.StartsWith("Carry out a needs assessment", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_leads_to_its_translation_which_was_built_with_hreflang_and_a_visible_link()
    {
        Assert.True(_run.ExitCode == 0, _run.Output);
        var english = Files(".").Where(f => f.EndsWith(".html", StringComparison.Ordinal) && !f.StartsWith("es/", StringComparison.Ordinal)).ToList();
        var spanish = Files("es").Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.Equal(english.Select(f => "es/" + f).Order(), spanish.Order());
        var page = Page("initiatives/launch-a-school-based-mentoring-and-tutoring-program.html");
        // With a base_url, each translation's address is given in full, as search engines ask, and English is for any other reader.
        const string Published = "https://example.github.io/planpress/";
        Assert.Equal($"{Published}es/initiatives/launch-a-school-based-mentoring-and-tutoring-program.html", page.QuerySelector("link[hreflang=es]")?.GetAttribute("href"));
        Assert.Equal($"{Published}initiatives/launch-a-school-based-mentoring-and-tutoring-program.html", page.QuerySelector("link[hreflang=en]")?.GetAttribute("href"));
        Assert.Equal($"{Published}initiatives/launch-a-school-based-mentoring-and-tutoring-program.html", page.QuerySelector("link[hreflang=x-default]")?.GetAttribute("href"));
        var link = page.QuerySelector("a.language-link")!;
        Assert.Equal(("Español", "es"), (link.TextContent, link.GetAttribute("lang")));
        var back = Page("es/initiatives/launch-a-school-based-mentoring-and-tutoring-program.html").QuerySelector("a.language-link")!;
        Assert.Equal(("English", "../../initiatives/launch-a-school-based-mentoring-and-tutoring-program.html"), (back.TextContent, back.GetAttribute("href")));
    }

    [Fact]
    public void The_sitemap_a_search_engine_is_given_lists_every_page_in_every_language()
    {
        XNamespace map = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Load(Path.Combine(Site, "sitemap.xml")).Descendants(map + "loc").Select(l => l.Value).ToList();

        Assert.Contains("https://example.github.io/planpress/index.html", listed);
        Assert.Contains("https://example.github.io/planpress/es/index.html", listed);
        Assert.Equal(Files(".").Count(f => f.EndsWith(".html", StringComparison.Ordinal)) - 4, listed.Count);
        Assert.DoesNotContain(listed, l => l.EndsWith("search.html", StringComparison.Ordinal) || l.EndsWith("404.html", StringComparison.Ordinal));
    }

    [Fact]
    public void The_build_says_per_sheet_what_is_left_to_translate_and_in_all_how_much_is_done()
    {
        Assert.True(_run.ExitCode == 0, _run.Output);

        Assert.Contains("calendar.xlsx [Calendar]: note: Spanish (es): 2 of 46 text cells translated; to translate: B5, E5, E6, C7,", _run.Output, StringComparison.Ordinal);
        Assert.Contains("action-plan.xlsx [Mentoring]: note: Spanish (es): 0 of", _run.Output, StringComparison.Ordinal);
        Assert.Contains("organisational-support.md: note: Spanish (es): this page has no translation", _run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("barriers.md: note", _run.Output, StringComparison.Ordinal);
        Assert.Matches(@"site\.yml: note: Spanish \(es\): 2 of \d+ text cells and 1 of 4 pages translated; the site is under es/\. Not given in site\.yml: description\.es, organisation\.es, timeframe\.es\.", _run.Output);
    }

    [Fact]
    public void Search_feeds_the_year_booklet_and_pages_exist_in_Spanish_and_no_mark_is_left_in_any_file()
    {
        Assert.True(_run.ExitCode == 0, _run.Output);

        Assert.Contains(BilingualSample.Translated, File.ReadAllText(Path.Combine(Site, "es/search-index.js")), StringComparison.Ordinal);
        Assert.Contains("Realizar una evaluación", File.ReadAllText(Path.Combine(Site, "es/calendar.ics")), StringComparison.Ordinal);
        Assert.Contains(BilingualSample.Translated, Page("es/booklet.html").QuerySelector(".sheet")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Barreras y cómo las superamos", Page("es/pages/barriers.html").QuerySelector("h1")?.TextContent);
        Assert.Equal("en", Page("es/pages/organisational-support.html").QuerySelector(".article")?.GetAttribute("lang"));
        Assert.Equal("en", Page("es/pages/organisational-support.html").QuerySelector("h1 span")?.GetAttribute("lang"));
        foreach (var file in Files("."))
        {
            var text = File.ReadAllText(Path.Combine(Site, file));
            Assert.False(text.Contains('\uE000', StringComparison.Ordinal) || text.Contains("&#xE00", StringComparison.OrdinalIgnoreCase) || text.Contains("\\uE00", StringComparison.OrdinalIgnoreCase), $"{file} keeps a mark");
        }

        // One change history, kept by the first language's site; the Spanish pages show it.
        Assert.False(File.Exists(Path.Combine(Site, "es/changes.json")));
        Assert.True(File.Exists(Path.Combine(Site, "es/changes.html")));
    }
}
