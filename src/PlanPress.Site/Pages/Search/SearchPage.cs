namespace PlanPress.Site.Pages;

/// <summary>The search page: a form, and results found in the browser from the search index.</summary>
public sealed class SearchPage : PageModel
{
    public override string Template => "Search.cshtml";

    /// <summary>The search index (search-index.js), loaded whole; null on a portal's, which loads pieces of <see cref="Shards"/>.</summary>
    public string? IndexPath { get; init; }

    /// <summary>On a portal's search, the folder of its index in pieces (<see cref="Feeds.SearchShards"/>); null on a plan's.</summary>
    public string? Shards { get; init; }

    /// <summary>On a portal's search, the plans it can be narrowed to (each plan's name and folder); empty on a plan's.</summary>
    public IReadOnlyList<Link> Plans { get; init; } = [];

    /// <summary>On a portal's search, each plan's first entry in the index, in the order of <see cref="Plans"/>: its entries run to the next plan's.</summary>
    public IReadOnlyList<int> PlanStarts { get; init; } = [];
}
