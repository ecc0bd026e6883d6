using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>Cell text is never trusted as HTML: scripts, javascript: links and attribute tricks come out as harmless text.</summary>
public sealed class HostileTextTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Scripts_javascript_links_and_generic_attributes_in_cells_come_out_inert()
    {
        _folder.Write("content/site.yml", "title: <script>alert('title')</script>\ndescription: <img src=x onerror=alert(3)> what we do\nprogram_start: 2023-10\n");
        new XlsxBuilder().Sheet("Calendar",
            ["Month", "Phase", "Task", "Who", "Notes"],
            ["October 2023", "<img src=x onerror=alert(1)>", "<script>alert('task')</script>", "Mentor", "[click me](javascript:alert(1)) and *ok*{onclick=alert(1)} and [data](data:text/html,hi)"],
            [null, null, "Second <b>bold</b> task", "<svg onload=alert(1)>", "<a href=\"javascript:alert(2)\">raw link</a>"]).Save(_folder["content/calendar.xlsx"]);

        var run = await PlanPressRun.StartAsync("build", "--content", _folder["content"], "--theme", Repository.Theme, "--output", _folder["site"], "--as-of", "2023-10-15");

        Assert.True(run.ExitCode == 0, run.Output);
        foreach (var file in Directory.EnumerateFiles(_folder["site"], "*.html", SearchOption.AllDirectories))
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
            Assert.Empty(page.QuerySelectorAll("script:not([src]), img, svg, b, iframe, object, embed"));
            Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.Matches(@"^(\.\./)*(assets/|search-index\.js$)", s.GetAttribute("src")!));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || a.GetAttribute("href")!.Trim().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        }

        var month = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder["site"], "months", "2023-10.html")));
        Assert.Contains(month.QuerySelectorAll("label"), l => l.TextContent == "<script>alert('task')</script>");
        Assert.Contains("{onclick=alert(1)}", month.QuerySelector(".notes")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("<script>alert('title')</script>", month.QuerySelector(".site-title")?.TextContent);
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder["site"], "index.html")));
        Assert.Equal("<img src=x onerror=alert(3)> what we do", home.QuerySelector(".site-description")?.TextContent);
    }
}
