namespace PlanPress.Site.Pages;

/// <summary>The plan's own pages, from the content folder's Markdown, rendered as safe HTML.</summary>
public sealed class ArticlePageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context) =>
        context.Plan.Pages.Select(page => new ArticlePage
        {
            Site = context.Site,
            Path = context.Paths.Article(page),
            Heading = page.Title,
            Summary = page.Summary,
            BodyHtml = SafeMarkdown.PageToHtml(page.Markdown),
            TextLanguage = page.TextLanguage,
        });
}
