namespace PlanPress.Site.Pages;

/// <summary>A task as a checklist item: its text, who does it, and notes already rendered as safe HTML.</summary>
public sealed record TaskItem(string Id, string Text, string Who, IReadOnlyList<Link> Roles, string Phase, string NotesHtml);

/// <summary>Tasks under one heading: a role (linked to its page), a name no role matched, or everyone.</summary>
public sealed record TaskGroup(string Heading, Link? Role, IReadOnlyList<TaskItem> Tasks);

/// <summary>A month in a list of months: its link, phases and tasks.</summary>
public sealed record MonthSummary(Link Month, IReadOnlyList<string> Phases, IReadOnlyList<TaskGroup> Groups);

/// <summary>The model of the task-groups partial: the groups, the page they sit on, and the level of their headings.</summary>
public sealed record TaskGroupsPartial(PageModel Page, IReadOnlyList<TaskGroup> Groups, int HeadingLevel);
