namespace PlanPress.Site.Pages;

/// <summary>A resource as shown.</summary>
public sealed record ResourceItem(string Name, string Kind, string Initiative, string Notes);

/// <summary>Everything the plan needs, grouped by kind and by initiative.</summary>
public sealed class ResourcesPage : PageModel
{
    public override string Template => "Resources.cshtml";

    public required IReadOnlyList<Group<ResourceItem>> ByKind { get; init; }

    public required IReadOnlyList<Group<ResourceItem>> ByInitiative { get; init; }
}
