namespace PlanPress.Model.Improvement;

/// <summary>A row of an improvement plan sheet as entered: the ID may be in its own column or start the statement.</summary>
public sealed record ImprovementRow(SourceCell Id, SourceCell Statement, SourceCell Timeline, SourceCell Responsible, SourceCell DataConclusion)
{
    /// <summary>1, 2 or 3 when the statement sat in a Goal, Target or Activity column: what an unnumbered statement is.</summary>
    public int? Level { get; init; }

    /// <summary>The step's status ("Not started", "In progress", "Met"); blank when the plan keeps none.</summary>
    public SourceCell Status { get; init; } = SourceCell.Blank(Statement.Location);

    /// <summary>What will show the step was done or worked ("Evidence", "Progress monitoring").</summary>
    public SourceCell Evidence { get; init; } = SourceCell.Blank(Statement.Location);

    /// <summary>What the step needs ("Funding", "Resources").</summary>
    public SourceCell Resources { get; init; } = SourceCell.Blank(Statement.Location);
}
