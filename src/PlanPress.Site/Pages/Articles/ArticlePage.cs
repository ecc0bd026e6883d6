namespace PlanPress.Site.Pages;

/// <summary>A narrative page from content/pages, its Markdown rendered as safe HTML.</summary>
public sealed class ArticlePage : PageModel
{
    public override string Template => "Article.cshtml";

    public required string Summary { get; init; }

    public required string BodyHtml { get; init; }

    /// <summary>The language the text is in when it is not the site's (a page not yet translated); null otherwise.</summary>
    public string? TextLanguage { get; init; }
}
