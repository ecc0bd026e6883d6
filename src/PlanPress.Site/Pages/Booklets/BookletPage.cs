namespace PlanPress.Site.Pages;

/// <summary>Every month's checklist sheet, each printed on a sheet of its own: the year's booklet, or a pair's.</summary>
public sealed class BookletPage : PageModel
{
    public override string Template => "Booklet.cshtml";

    public required IReadOnlyList<ChecklistSheet> Sheets { get; init; }

    /// <summary>The pair's filled Mentoring Action Plan, printed before their months; null on the year's booklet.</summary>
    public IReadOnlyList<MapSection>? Map { get; init; }

    /// <summary>On a pair's booklet, the meetings they logged and their time so far; null on the year's booklet and without a meeting log.</summary>
    public PairMeetings? Meetings { get; init; }

    /// <summary>Whether it is a pair's booklet, kept apart from the site (which it may not link into without a base_url).</summary>
    public bool Personal => Sheets.Any(s => s.Pair is not null);
}
