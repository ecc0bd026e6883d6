using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PlanPress.Site;

/// <summary>
/// Renders Markdown as HTML that cannot run in a reader's browser: raw HTML is shown as text,
/// links keep only http, https and mailto addresses (and, in pages, links within the site), and
/// no generic attributes or media are rendered. Cells get emphasis, links and lists; the
/// narrative pages also get tables and heading anchors.
/// </summary>
public static class SafeMarkdown
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private static readonly MarkdownPipeline CellPipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly MarkdownPipeline PagePipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Build();

    /// <summary>A cell's text; blank text gives an empty string.</summary>
    public static string ToHtml(string text) => Render(text, CellPipeline, allowRelative: false);

    /// <summary>A narrative page's Markdown body.</summary>
    public static string PageToHtml(string markdown) => Render(markdown, PagePipeline, allowRelative: true);

    private static string Render(string text, MarkdownPipeline pipeline, bool allowRelative)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(text, pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsAllowed(link.Url, allowRelative))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowed(autolink.Url, allowRelative: false))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return document.ToHtml(pipeline).Trim();
    }

    private static bool IsAllowed(string? url, bool allowRelative)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            // No scheme: a link within the site ("../year.html", "#top"), allowed only in pages.
            return allowRelative && !url.StartsWith("//", StringComparison.Ordinal);
        }

        var scheme = url[..colon].Trim();
        return AllowedSchemes.Any(s => s.Equals(scheme, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Replaces a link by its text, so a refused address leaves the words but not the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        Inline previous = link;
        foreach (var child in children)
        {
            child.Remove();
            previous.InsertAfter(child);
            previous = child;
        }

        link.Remove();
    }
}
