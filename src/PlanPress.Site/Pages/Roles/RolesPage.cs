namespace PlanPress.Site.Pages;

/// <summary>Every role and person, with what each role is responsible for.</summary>
public sealed class RolesPage : PageModel
{
    public override string Template => "Roles.cshtml";

    /// <summary>Each role with its responsibilities.</summary>
    public required IReadOnlyList<LinkWithNote> Roles { get; init; }

    public required IReadOnlyList<Link> People { get; init; }
}
