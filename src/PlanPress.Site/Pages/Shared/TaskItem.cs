namespace PlanPress.Site.Pages;

/// <summary>A task as a checklist item: its text, who does it, and notes already rendered as safe HTML.</summary>
/// <param name="When">When in its month, or across which months, the calendar placed it ("October 6–10", "Early October", "September – November 2025"); empty for a whole month.</param>
public sealed record TaskItem(string Id, IReadOnlyList<TextSegment> Text, string Who, string NotesHtml, string When = "");
