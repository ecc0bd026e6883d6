using AngleSharp.Html.Parser;

namespace PlanPress.Site.Tests;

public sealed class SafeMarkdownTests
{
    private static AngleSharp.Dom.IDocument Parse(string cellText) =>
        new HtmlParser().ParseDocument("<body>" + SafeMarkdown.ToHtml(cellText) + "</body>");

    [Fact]
    public void Emphasis_lists_and_web_and_mail_links_are_rendered()
    {
        var document = Parse("Use *the* journal\n\n- one\n- two\n\n[form](https://example.org/form) or <mailto:lead@example.org>");

        Assert.Equal("the", document.QuerySelector("em")?.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("li").Length);
        Assert.Equal(["https://example.org/form", "mailto:lead@example.org"], document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void Raw_html_in_a_cell_is_shown_as_text(string cellText)
    {
        var document = Parse(cellText);

        Assert.Empty(document.QuerySelectorAll("script, img, a, [onerror]"));
        Assert.Contains(cellText.Trim(), document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    public void Links_to_other_schemes_keep_their_words_but_lose_the_link(string cellText)
    {
        var document = Parse(cellText);

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Contains("click", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_and_generic_attributes_are_not_rendered()
    {
        var document = Parse("![x](https://example.org/x.png) *hi*{onclick=alert(1)}");

        Assert.Empty(document.QuerySelectorAll("img, [onclick]"));
        Assert.Contains("{onclick=alert(1)}", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
