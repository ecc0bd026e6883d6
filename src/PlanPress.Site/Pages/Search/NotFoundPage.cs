namespace PlanPress.Site.Pages;

/// <summary>404.html: where to go instead.</summary>
public sealed class NotFoundPage : PageModel
{
    public override string Template => "NotFound.cshtml";

    /// <summary>Where to go instead.</summary>
    public required IReadOnlyList<Link> Suggestions { get; init; }
}
