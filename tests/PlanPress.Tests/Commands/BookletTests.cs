using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>Personal booklets from the Pairs sheet: names filled in, the calendar shifted to each pair's start, and never in the site.</summary>
public sealed class BookletTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public BookletTests()
    {
        var content = _folder.CopyFolder(Repository.Content, "content");
        new XlsxBuilder().Sheet("Pairs",
            ["Mentor", "Protégé", "Start Month", "School or Group"],
            ["Rosalind Quigley", "Tobias Fairweather", new DateTime(2023, 10, 1), "Grade 7"],
            ["Imogen Stavros", "Wendell Okafor", "February 2024", "Grade 6"]).Save(Path.Combine(content, "pairs.xlsx"));
    }

    public void Dispose() => _folder.Dispose();

    private static readonly string[] Names = ["Rosalind", "Quigley", "Tobias", "Fairweather", "Imogen", "Stavros", "Wendell", "Okafor", "Dana Whitfield", "Priya Raman"];

    private Task<PlanPressRun> BuildAsync(string booklets) =>
        PlanPressRun.StartAsync("build", "--content", _folder["content"], "--theme", Repository.Theme, "--output", _folder["site-output"], "--booklets", booklets, "--as-of", "2024-03-15");

    [Fact]
    public async Task Each_pair_gets_a_booklet_with_their_names_and_the_calendar_shifted_to_their_start()
    {
        var run = await BuildAsync(_folder["booklets"]);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("and 4 pair booklets into", run.Output, StringComparison.Ordinal);
        var late = new HtmlParser().ParseDocument(File.ReadAllText(_folder["booklets/imogen-stavros-wendell-okafor.html"]));
        var sheets = late.QuerySelectorAll(".sheet");
        Assert.Equal(13, sheets.Length);
        Assert.All(sheets, s => Assert.Equal("Imogen Stavros", s.QuerySelector("input[name='mentor']")?.GetAttribute("value")));
        Assert.All(sheets, s => Assert.Equal("Wendell Okafor", s.QuerySelector("input[name='protege']")?.GetAttribute("value")));

        // Their month 1 is February 2024 and holds the program's month 1 (October 2023): the needs assessment.
        Assert.Equal("February 2024", sheets[0].QuerySelector("h2")?.TextContent);
        Assert.Contains(sheets[0].QuerySelectorAll(".item-text"), l => l.TextContent.Contains("SMART goals", StringComparison.Ordinal));
        Assert.Equal("February 2025", sheets[12].QuerySelector("h2")?.TextContent);

        var early = new HtmlParser().ParseDocument(File.ReadAllText(_folder["booklets/rosalind-quigley-tobias-fairweather.html"]));
        Assert.Equal("October 2023", early.QuerySelector(".sheet h2")?.TextContent);
        Assert.True(File.Exists(_folder["booklets/assets/site.css"]));
    }

    [Fact]
    public async Task No_pair_name_appears_anywhere_in_the_site()
    {
        var run = await BuildAsync(_folder["booklets"]);

        Assert.Equal(0, run.ExitCode);
        foreach (var file in Directory.EnumerateFiles(_folder["site-output"], "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.All(Names, name => Assert.False(text.Contains(name, StringComparison.OrdinalIgnoreCase), $"{name} in {Path.GetRelativePath(_folder["site-output"], file)}"));
        }
    }

    [Fact]
    public async Task Booklets_are_refused_inside_the_site_folder()
    {
        var run = await BuildAsync(Path.Combine(_folder["site-output"], "booklets"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("where pair names would be published", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["site-output"]));
    }

    [Fact]
    public void The_publishing_workflow_uploads_the_site_folder_only()
    {
        var workflow = File.ReadAllText(Path.Combine(Repository.Root, ".github", "workflows", "publish.yml"));

        Assert.Contains("path: site-output", workflow, StringComparison.Ordinal);
        Assert.DoesNotContain("booklets", workflow, StringComparison.Ordinal);
        Assert.DoesNotContain("pdf", workflow, StringComparison.Ordinal);
    }
}
