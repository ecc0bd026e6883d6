namespace PlanPress.Site.Pages;

/// <summary>A month's checklist: its phase and its tasks grouped by role, each with a checkbox.</summary>
public sealed class MonthPage : PageModel
{
    public override string Template => "Month.cshtml";

    public required MonthSummary Month { get; init; }

    public required Link? Previous { get; init; }

    public required Link? Next { get; init; }
}

/// <summary>The whole year at once: every month with its phase and tasks.</summary>
public sealed class YearPage : PageModel
{
    public override string Template => "Year.cshtml";

    public required IReadOnlyList<MonthSummary> Months { get; init; }
}

/// <summary>One role: what it is responsible for, who holds it, and what it does month by month.</summary>
public sealed class RolePage : PageModel
{
    public override string Template => "Role.cshtml";

    public required string Responsibilities { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    public required IReadOnlyList<string> People { get; init; }

    public required IReadOnlyList<MonthSummary> Months { get; init; }
}
