namespace PlanPress.Site.Pages;

/// <summary>The search page: a form, and results found in the browser from the search index.</summary>
public sealed class SearchPage : PageModel
{
    public override string Template => "Search.cshtml";

    public required string IndexPath { get; init; }
}
