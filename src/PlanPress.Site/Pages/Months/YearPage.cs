namespace PlanPress.Site.Pages;

/// <summary>The whole year at once: every month with its phase and tasks.</summary>
public sealed class YearPage : PageModel
{
    public override string Template => "Year.cshtml";

    public required IReadOnlyList<MonthSummary> Months { get; init; }
}
