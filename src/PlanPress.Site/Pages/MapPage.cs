namespace PlanPress.Site.Pages;

/// <summary>A place to write on the Mentoring Action Plan: a few ruled lines, or a box to tick.</summary>
/// <param name="Name">The field's name, which the adapted copy in the browser is kept under.</param>
/// <param name="Lines">How many handwriting lines; 0 for a box to tick.</param>
public sealed record MapField(string Name, string Label, int Lines);

/// <summary>One numbered section of the Mentoring Action Plan (seed 003): "I. Goal setting" and its fields.</summary>
public sealed record MapSection(string Id, string Number, string Heading, string? Intro, IReadOnlyList<MapField> Fields);

/// <summary>
/// The blank Mentoring Action Plan worksheet a mentor and protégé fill in together at the start
/// (seed 003): every section of the template with write-in space sized for handwriting, and the
/// development questions for mentees. It prints on two sheets and can be adapted on screen like
/// a month's checklist.
/// </summary>
public sealed class MapPage : PageModel
{
    public override string Template => "Map.cshtml";

    public required IReadOnlyList<MapSection> Sections { get; init; }
}
