using PlanPress.Model.Diagnostics;

namespace PlanPress.Model.ActionPlans;

/// <summary>A term the action plan team defined for the initiative.</summary>
public sealed record KeyTerm(string Term, string Definition);

/// <summary>A resource of an initiative's form: the resource, and whether it is a new or expanded use, a reallocation or new.</summary>
public sealed record InitiativeResource(string Name, string NewOrExpandedUse, string Reallocation, string NewResources, string Notes);

/// <summary>One strategic initiative's action plan, as the DESE Planning for Success form lays it out.</summary>
public sealed record Initiative(
    string Slug,
    string Title,
    string Objective,
    string Name,
    string Implementation,
    IReadOnlyList<KeyTerm> KeyTerms,
    IReadOnlyList<Benchmark> Benchmarks,
    IReadOnlyList<InitiativeResource> Resources,
    SourceLocation Source)
{
    public IEnumerable<Benchmark> Process => Benchmarks.Where(b => b.Kind == BenchmarkKind.Process);

    public IEnumerable<Benchmark> EarlyEvidence => Benchmarks.Where(b => b.Kind == BenchmarkKind.EarlyEvidence);
}
