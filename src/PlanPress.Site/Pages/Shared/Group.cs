namespace PlanPress.Site.Pages;

/// <summary>Items under one heading: a role or person (linked to their page), a name nothing matched, or everyone.</summary>
public sealed record Group<TItem>(string Heading, Link? Link, IReadOnlyList<TItem> Items);
