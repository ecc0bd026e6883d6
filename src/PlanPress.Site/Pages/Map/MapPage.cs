namespace PlanPress.Site.Pages;

/// <summary>A place to write on the Mentoring Action Plan: a few ruled lines, or a box to tick.</summary>
/// <param name="Name">The field's name, which the adapted copy in the browser is kept under.</param>
/// <param name="Lines">How many handwriting lines; 0 for a box to tick.</param>
public sealed record MapField(string Name, string Label, int Lines)
{
    /// <summary>What the pair wrote here, on a personal booklet's filled plan; empty on the blank worksheet.</summary>
    public IReadOnlyList<MapValue> Values { get; init; } = [];
}

/// <summary>An entry of a pair's plan as shown: its text and, when it has one, its time as written.</summary>
public sealed record MapValue(string Text, string When);

/// <summary>The model of the Mentoring Action Plan partial: the blank worksheet, or a pair's filled plan at the front of their booklet.</summary>
/// <param name="Heading">The plan's heading level: 1 on its own page, 2 in a booklet.</param>
public sealed record MapSheetPartial(PageModel Page, IReadOnlyList<MapSection> Sections, PairView? Pair, int Heading);

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
