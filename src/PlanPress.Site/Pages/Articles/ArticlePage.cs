namespace PlanPress.Site.Pages;

/// <summary>A narrative page from content/pages, its Markdown rendered as safe HTML.</summary>
public sealed class ArticlePage : PageModel
{
    public override string Template => "Article.cshtml";

    public required string Summary { get; init; }

    public required string BodyHtml { get; init; }
}
