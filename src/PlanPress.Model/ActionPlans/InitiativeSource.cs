namespace PlanPress.Model.ActionPlans;

/// <summary>A benchmark row as entered: the benchmark, person responsible, date and status cells.</summary>
public sealed record BenchmarkRow(BenchmarkKind Kind, SourceCell Text, SourceCell Responsible, SourceCell Date, SourceCell Status);

/// <summary>A key term row as entered.</summary>
public sealed record KeyTermRow(SourceCell Term, SourceCell Definition);

/// <summary>A resource row as entered.</summary>
public sealed record InitiativeResourceRow(SourceCell Name, SourceCell NewOrExpandedUse, SourceCell Reallocation, SourceCell NewResources, SourceCell Notes);

/// <summary>One action plan form sheet as entered; <see cref="Name"/> is the Strategic Initiative cell.</summary>
public sealed record InitiativeSource(
    SourceCell Title,
    SourceCell Objective,
    SourceCell Name,
    SourceCell Implementation,
    IReadOnlyList<KeyTermRow> KeyTerms,
    IReadOnlyList<BenchmarkRow> Benchmarks,
    IReadOnlyList<InitiativeResourceRow> Resources);
