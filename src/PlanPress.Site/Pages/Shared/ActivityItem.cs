namespace PlanPress.Site.Pages;

/// <summary>An improvement plan activity as shown: its number, statement, timeline as written and as read, and who.</summary>
/// <param name="When">How the timeline was read: "by March 2024", "recurring", "as needed", "timing not set".</param>
/// <param name="Repeats">A duty that recurs: its wording ("each week by Friday, 4 pm") is what says when, on paper too.</param>
public sealed record ActivityItem(
    string Id,
    IReadOnlyList<TextSegment> Statement,
    string TimelineText,
    string When,
    string Responsible,
    IReadOnlyList<Link> Who,
    Link Goal,
    bool Repeats = false)
{
    /// <summary>Its status, where the plan keeps one (a US improvement plan's Progress column).</summary>
    public StatusView? Status { get; init; }

    /// <summary>Not started and past the day it was to be done by.</summary>
    public bool Overdue { get; init; }

    /// <summary>What will show it was done, as written.</summary>
    public string Evidence { get; init; } = string.Empty;

    /// <summary>What it needs (funding, materials), as written.</summary>
    public string Resources { get; init; } = string.Empty;
}
