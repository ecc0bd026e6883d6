namespace PlanPress.Site.Pages;

/// <summary>What changed in the plan: newest day first, grouped by initiative, goal or month, each change linked to its item.</summary>
public sealed class ChangesPage : PageModel
{
    public override string Template => "Changes.cshtml";

    public required IReadOnlyList<ChangeDay> Days { get; init; }

    /// <summary>The first day the history was kept, in words.</summary>
    public required string Started { get; init; }
}

/// <summary>The "What changed" page, when the plan's history is kept.</summary>
public sealed class ChangesPageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        if (context.Changes.Started is not { } started)
        {
            yield break;
        }

        yield return new ChangesPage
        {
            Site = context.Site,
            Path = context.Paths.Changes,
            Heading = context.T["what-changed"],
            Days = context.Changes.Days(),
            Started = started,
        };
    }
}
