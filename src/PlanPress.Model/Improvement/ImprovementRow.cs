namespace PlanPress.Model.Improvement;

/// <summary>A row of an improvement plan sheet as entered: the ID may be in its own column or start the statement.</summary>
public sealed record ImprovementRow(SourceCell Id, SourceCell Statement, SourceCell Timeline, SourceCell Responsible, SourceCell DataConclusion)
{
    /// <summary>1, 2 or 3 when the statement sat in a Goal, Target or Activity column: what an unnumbered statement is.</summary>
    public int? Level { get; init; }
}
