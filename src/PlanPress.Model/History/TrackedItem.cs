namespace PlanPress.Model.History;

/// <summary>The kinds of item whose changes the history records.</summary>
public enum TrackedKind
{
    Benchmark,
    Activity,
    Task,
    Role,
}

/// <summary>
/// One item of the plan as the history compares it from build to build: what it is called, the page
/// it belongs on (an initiative, a goal, a month, the roles) and the facts that can change.
/// </summary>
/// <param name="Key">The same from build to build while the item's words stay: a benchmark by its initiative and text, a task by its month and text.</param>
/// <param name="Group">Where it belongs: "initiative:slug", "goal:G1", "month:2024-03" or "roles".</param>
/// <param name="GroupName">The group's name as it was, to name it when it is gone.</param>
/// <param name="ItemId">The item's id on its page, for a link to it ("mentoring-p2", "1A3").</param>
/// <param name="Facts">Status, due date, month, who, people: written invariantly ("Met", "2024-03-15").</param>
public sealed record TrackedItem(string Key, TrackedKind Kind, string Title, string Group, string GroupName, string ItemId, IReadOnlyDictionary<string, string> Facts);

/// <summary>One change between two builds: an item added, removed (its <see cref="Title"/> then empty) or reworded, or one of its facts moved from <see cref="Old"/> to <see cref="New"/>.</summary>
/// <param name="What">"added", "removed", "reworded" (its old words are not kept), or the fact that moved: "status", "due", "month", "who", "people".</param>
public sealed record Change(DateOnly Date, string Key, TrackedKind Kind, string Title, string Group, string GroupName, string ItemId, string What, string Old, string New)
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Reworded = "reworded";
}

/// <summary>The plan's history: since when it is kept, the plan as last published, and what changed, newest first.</summary>
public sealed record ChangeLog(DateOnly Started, IReadOnlyList<TrackedItem> State, IReadOnlyList<Change> Changes)
{
    /// <summary>How long changes are kept: two school years and a summer.</summary>
    public const int KeptMonths = 24;
}
