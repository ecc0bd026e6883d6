namespace PlanPress.Site.Pages;

/// <summary>A task as a checklist item: its text, who does it, and notes already rendered as safe HTML.</summary>
public sealed record TaskItem(string Id, IReadOnlyList<TextSegment> Text, string Who, string NotesHtml);
