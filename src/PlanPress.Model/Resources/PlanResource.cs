using PlanPress.Model.Diagnostics;

namespace PlanPress.Model.Resources;

/// <summary>The kinds of resource the PfS template names: people, time, materials and funds.</summary>
public enum ResourceKind
{
    NotGiven,
    People,
    Time,
    Materials,
    Funds,
}

/// <summary>A row of the Resources sheet as entered.</summary>
public sealed record PlanResourceRow(SourceCell Name, SourceCell Kind, SourceCell Initiative, SourceCell Notes);

/// <summary>A resource the plan needs, from the Resources sheet or an initiative's resource table.</summary>
/// <param name="Initiative">The initiative it supports, as named; empty when it supports the whole plan.</param>
public sealed record PlanResource(string Name, ResourceKind Kind, string Initiative, string Notes, SourceLocation Source);
