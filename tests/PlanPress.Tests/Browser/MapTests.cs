using AngleSharp.Html.Parser;
using Microsoft.Playwright;

namespace PlanPress.Tests.Browser;

/// <summary>The blank Mentoring Action Plan worksheet (seed 003): every section, two printed sheets, adapted on screen.</summary>
[Collection(ChromiumTests.Name)]
public sealed class MapTests(ChromiumFixture chromium)
{
    [Fact]
    public void The_worksheet_has_every_section_of_the_template_and_the_development_questions_and_is_linked_from_home_and_booklet()
    {
        var map = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(chromium.Site, "map.html")));

        Assert.Equal(
            ["I. Goal setting", "II. Strengths and areas for improvement", "III. Action steps", "IV. Timeline", "V. Check-in points", "VI. Resources and support", "VII. Feedback", "VIII. Evaluation criteria", "IX. Flexibility", "X. Development questions for the protégé", "XI. Focus of the mentoring"],
            map.QuerySelectorAll(".map-section h2").Select(h => string.Join(' ', h.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal(7, map.QuerySelectorAll("[data-item=questions] textarea").Length);
        Assert.Contains(map.QuerySelectorAll("[data-item=questions] label"), l => l.TextContent == "How will you apply your new skills on the job?");
        Assert.All(map.QuerySelectorAll("textarea"), t => Assert.NotNull(map.QuerySelector($"label[for='{t.Id}']")));
        foreach (var page in new[] { "index.html", "booklet.html" })
        {
            Assert.Contains(new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(chromium.Site, page))).QuerySelectorAll("a"), a => a.GetAttribute("href") == "map.html");
        }
    }

    [Theory]
    [InlineData("Letter")]
    [InlineData("A4")]
    public async Task The_worksheet_prints_on_two_sheets(string paper)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.Url("map.html"));

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = paper, PrintBackground = true });

        Assert.Equal(2, Pdf.PageCount(pdf));
    }

    [Fact]
    public async Task What_the_pair_writes_and_ticks_survives_a_reload()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.Url("map.html"));

        await page.FillAsync("#map-short-term", "Plan and teach one reading lesson on my own");
        await page.CheckAsync("[data-item=check-ins] input[name=monthly]");
        await page.FillAsync(".pair-names input[name=protege]", "Jonah");
        await page.ReloadAsync();

        Assert.Equal("Plan and teach one reading lesson on my own", await page.InputValueAsync("#map-short-term"));
        Assert.True(await page.IsCheckedAsync("[data-item=check-ins] input[name=monthly]"));
        Assert.Equal("Jonah", await page.InputValueAsync(".pair-names input[name=protege]"));
    }
}
