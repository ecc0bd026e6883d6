using System.Text;

namespace PlanPress.Site.Tests;

public sealed class LinkCheckTests
{
    private static OutputFile Page(string path, string body) => new(path, Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body>{body}</body></html>"));

    [Fact]
    public void Links_between_pages_assets_and_anchors_that_exist_pass()
    {
        var problems = LinkCheck.Check(
        [
            Page("index.html", "<a href=\"months/2023-10.html#task-1\">m</a><link href=\"assets/site.css\"><a href=\"#top\" id=\"top\">t</a><a href=\"https://example.org/x\">x</a><a href=\"mailto:a@b.c\">m</a>"),
            Page("months/2023-10.html", "<p id=\"task-1\"></p><a href=\"../index.html\">home</a><a href=\"../year.html?last-good\">y</a>"),
            Page("year.html", string.Empty),
            new("assets/site.css", []),
        ]);

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("<a href=\"../nowhere.html\">x</a>", "../nowhere.html", "not a file of the site")]
    [InlineData("<img src=\"../assets/missing.png\" alt=\"\">", "../assets/missing.png", "not a file of the site")]
    [InlineData("<a href=\"../index.html#gone\">x</a>", "../index.html#gone", "has no element with the id \"gone\"")]
    [InlineData("<a href=\"../../outside.html\">x</a>", "../../outside.html", "not a file of the site")]
    public void A_broken_link_is_an_error_naming_the_page_and_the_link(string body, string link, string why)
    {
        var problem = Assert.Single(LinkCheck.Check([Page("index.html", string.Empty), Page("pages/about.html", body)]));

        Assert.Equal("pages/about.html", problem.Location.File);
        Assert.Contains($"\"{link}\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains(why, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_from_the_sites_root_path_are_checked_like_relative_ones()
    {
        var files = new List<OutputFile>
        {
            Page("index.html", string.Empty),
            Page("year.html", "<p id=\"march\"></p>"),
            new("assets/site.css", []),
            Page("404.html", "<a href=\"#main\" id=\"main\">skip</a><link href=\"/plan/assets/site.css\"><a href=\"/plan/\">home</a><a href=\"/plan/year.html#march\">y</a>"
                + "<a href=\"/plan/gone.html\">g</a><a href=\"/other/year.html\">o</a><a href=\"/plan/year.html#april\">a</a>"),
        };

        var problems = LinkCheck.Check(files, "/plan/");
        var unknownRoot = LinkCheck.Check(files);

        Assert.Equal(
            ["\"/plan/gone.html\", which is not a file of the site", "\"/other/year.html\", which is outside the site's path /plan/", "\"/plan/year.html#april\", but year.html has no element with the id \"april\""],
            problems.Select(p => p.Message.Replace("The page links to ", string.Empty, StringComparison.Ordinal).TrimEnd('.')));
        Assert.All(unknownRoot, p => Assert.Contains("starts from the host's root", p.Message, StringComparison.Ordinal));
        Assert.Equal(6, unknownRoot.Count);
    }

    [Fact]
    public void Only_real_tags_count_not_text_in_comments_scripts_styles_or_quoted_values()
    {
        var problems = LinkCheck.Check(
        [
            Page("index.html", "<!-- <a href=\"gone-1.html\"> --><script>var s = '<a href=\"gone-2.html\">';</script><style>a::after { content: '<img src=gone-3.png>'; }</style>"
                + "<p title=\"x > <a href='gone-4.html'>\">t</p><a href=\"year.html?view=all&amp;month=3#m&#51;\">y</a><A HREF='year.html'>Y</A><a href=gone-5.html>u</a>"),
            Page("year.html", "<p id=\"m3\"></p>"),
        ]);

        Assert.Equal("The page links to \"gone-5.html\", which is not a file of the site.", Assert.Single(problems).Message);
    }
}
