using PlanPress.Model.Diagnostics;

namespace PlanPress.Model.Pages;

/// <summary>A page written in Markdown (content/pages/*.md): its front matter and its body, not yet rendered.</summary>
public sealed record NarrativePage(string Slug, string Title, int Order, string Summary, string Markdown, SourceLocation Source)
{
    /// <summary>The page in the site's other languages, by code: about.es.md beside about.md.</summary>
    public IReadOnlyDictionary<string, NarrativePage> Translations { get; init; } = new Dictionary<string, NarrativePage>();

    /// <summary>The language its text is in, when it is not the page's (a page shown untranslated on another language's site); null otherwise.</summary>
    public string? TextLanguage { get; init; }
}
