using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Model.Pairs;

/// <summary>A row of the Pairs sheet as entered.</summary>
public sealed record PairRow(SourceCell Mentor, SourceCell Protege, SourceCell Start, SourceCell Group);

/// <summary>
/// A mentor and protégé, matched in <see cref="Start"/>: their booklet starts there, the program's
/// month 1 becoming their month 1. Their names are personal and never go into the published site.
/// </summary>
public sealed record Pair(string Mentor, string Protege, YearMonth Start, string Group, SourceLocation Source)
{
    public string Slug => Text.Slug.From($"{Mentor} {Protege}");

    /// <summary>"Dana Whitfield & Marco Alvarez", as messages and MAP sheets name the pair.</summary>
    public string Names => $"{Mentor} & {Protege}";

    /// <summary>Their Mentoring Action Plan, in the order written; empty when the workbook has none for them.</summary>
    public IReadOnlyList<MapEntry> Map { get; init; } = [];
}
