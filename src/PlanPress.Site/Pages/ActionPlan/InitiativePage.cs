using PlanPress.Model.ActionPlans;

namespace PlanPress.Site.Pages;

/// <summary>One strategic initiative: objective, implementation, key terms, both benchmark tables, resources.</summary>
public sealed class InitiativePage : PageModel
{
    public override string Template => "Initiative.cshtml";

    public required string Title { get; init; }

    public required string Objective { get; init; }

    public required string Implementation { get; init; }

    public required IReadOnlyList<KeyTerm> KeyTerms { get; init; }

    public required IReadOnlyList<BenchmarkItem> Process { get; init; }

    public required IReadOnlyList<BenchmarkItem> EarlyEvidence { get; init; }

    public required IReadOnlyList<InitiativeResource> Resources { get; init; }

    public required ProgressRow Progress { get; init; }

    /// <summary>What changed here, newest day first, when the history is kept; empty otherwise.</summary>
    public IReadOnlyList<ChangeDay> History { get; init; } = [];
}
