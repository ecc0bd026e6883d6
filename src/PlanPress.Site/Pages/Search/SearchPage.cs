namespace PlanPress.Site.Pages;

/// <summary>The search page: a form, and results found in the browser from the search index.</summary>
public sealed class SearchPage : PageModel
{
    public override string Template => "Search.cshtml";

    /// <summary>The search index (search-index.js), loaded whole; null on a portal's, which loads pieces of <see cref="Shards"/>.</summary>
    public string? IndexPath { get; init; }

    /// <summary>
    /// On a portal's search, the folder of its index in pieces (<see cref="Feeds.SearchShards"/>), whose
    /// plans.js also fills the list of plans a search can be narrowed to; null on a plan's.
    /// </summary>
    public string? Shards { get; init; }
}
