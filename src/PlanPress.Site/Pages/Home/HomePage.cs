using PlanPress.Model.ActionPlans;

namespace PlanPress.Site.Pages;

/// <summary>A phase drawn across the months of the year: which month column it starts in and how many it spans.</summary>
public sealed record PhaseBar(string Name, string From, string To, int StartColumn, int Span);

/// <summary>The plan at a glance: title, the current month, progress, the phases across the year, links.</summary>
public sealed class HomePage : PageModel
{
    public override string Template => "Home.cshtml";

    public required IReadOnlyList<string> MonthAbbreviations { get; init; }

    public required IReadOnlyList<PhaseBar> Phases { get; init; }

    /// <summary>The month the as-of date falls in, with its phases, tasks and benchmarks; null outside the plan.</summary>
    public required MonthSummary? ThisMonth { get; init; }

    /// <summary>This month's meetings logged, as a count and time; null without a meeting log or outside the plan.</summary>
    public MeetingLine? Meetings { get; init; }

    /// <summary>Said instead of this month when the as-of date is before or after the plan.</summary>
    public required string? OutsidePlan { get; init; }

    /// <summary>The benchmarks overdue on the as-of date, by who is responsible.</summary>
    public required OverdueList Overdue { get; init; }

    /// <summary>Progress per initiative, then the whole plan; empty without an action plan.</summary>
    public required IReadOnlyList<ProgressRow> Progress { get; init; }

    /// <summary>The newest changes, when the history is kept; empty otherwise.</summary>
    public IReadOnlyList<ChangeLine> RecentChanges { get; init; } = [];
}
