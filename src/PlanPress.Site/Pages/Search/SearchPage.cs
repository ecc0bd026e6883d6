namespace PlanPress.Site.Pages;

/// <summary>The search page: a form, and results found in the browser from the search index.</summary>
public sealed class SearchPage : PageModel
{
    public override string Template => "Search.cshtml";

    public required string IndexPath { get; init; }

    /// <summary>On a portal's search, the plans it can be narrowed to (each plan's name and folder); empty on a plan's.</summary>
    public IReadOnlyList<Link> Plans { get; init; } = [];
}
