using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PlanPress.Site;

/// <summary>
/// Renders the little Markdown a coordinator may type in a cell (emphasis, links, lists) as HTML
/// that cannot run in a reader's browser: raw HTML is shown as text, and links keep only
/// http, https and mailto addresses.
/// </summary>
public static class CellMarkdown
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToHtml(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(text, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsAllowed(link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowed(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return document.ToHtml(Pipeline).Trim();
    }

    private static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
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
