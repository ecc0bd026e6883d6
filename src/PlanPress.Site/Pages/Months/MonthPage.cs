namespace PlanPress.Site.Pages;

/// <summary>A month's checklist sheet, with the months before and after.</summary>
public sealed class MonthPage : PageModel
{
    public override string Template => "Month.cshtml";

    public required ChecklistSheet Sheet { get; init; }

    public override string Description => T("description-month", Heading, Site.Title);

    public required Link? Previous { get; init; }

    public required Link? Next { get; init; }

    /// <summary>On the current month's page, what is overdue; none on the others.</summary>
    public OverdueList Overdue { get; init; } = OverdueList.None;
}
