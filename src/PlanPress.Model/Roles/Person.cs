namespace PlanPress.Model.Roles;

/// <summary>A named person responsible for something ("M. Edwards"), with the roles the Roles sheet gives them.</summary>
public sealed record Person(string Slug, string Name, IReadOnlyList<Role> Roles);
