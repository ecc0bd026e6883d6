namespace PlanPress.Site.Pages;

/// <summary>A benchmark as shown: who, when (as written, with the date it was read as), status and whether it is overdue.</summary>
/// <param name="DateShown">The date as the plan wrote it, or "date not set".</param>
/// <param name="DueIso">The day it was read as (yyyy-MM-dd), for a &lt;time&gt; element; null when not set.</param>
public sealed record BenchmarkItem(
    string Id,
    string Kind,
    IReadOnlyList<TextSegment> Text,
    string Responsible,
    IReadOnlyList<Link> Who,
    string DateShown,
    string? DueIso,
    StatusView Status,
    bool Overdue,
    string OverdueLabel,
    Link Initiative)
{
    /// <summary>"since March 3, 2024": since when the status holds, when the history saw it change.</summary>
    public string? Since { get; init; }

    /// <summary>"No update since …": the status has gone unchanged longer than the plan allows while its work is due.</summary>
    public string? NoUpdate { get; init; }
}
