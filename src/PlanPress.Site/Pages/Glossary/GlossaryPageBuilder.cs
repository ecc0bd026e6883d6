namespace PlanPress.Site.Pages;

/// <summary>Every defined term on one page, each with the anchor its marked uses link to. None without terms.</summary>
public sealed class GlossaryPageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        if (context.Plan.Glossary.Count == 0)
        {
            yield break;
        }

        yield return new GlossaryPage
        {
            Site = context.Site,
            Path = context.Paths.Glossary,
            Heading = context.T["glossary"],
            Entries = context.Plan.Glossary.Select(e => new GlossaryItem(e.Slug, context.Shown(e.Term), e.Definition)).ToList(),
        };
    }
}
