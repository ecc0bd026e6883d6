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
    bool Repeats = false);
