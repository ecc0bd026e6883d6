namespace PlanPress.Model.Roles;

/// <summary>A role in the plan (program coordinator, mentor, learner) with the other names it goes by.</summary>
public sealed record Role(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string Responsibilities,
    IReadOnlyList<string> People);

/// <summary>A row of the Roles sheet, as entered.</summary>
public sealed record RoleRow(SourceCell Name, SourceCell Aliases, SourceCell Responsibilities, SourceCell People);
