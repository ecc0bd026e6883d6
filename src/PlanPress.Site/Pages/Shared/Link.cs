namespace PlanPress.Site.Pages;

/// <summary>A link to another page of the site, by its path from the site root.</summary>
public sealed record Link(string Text, string Path);

/// <summary>A link in a list, with a line about where it leads.</summary>
public sealed record LinkWithNote(Link Link, string Note);
