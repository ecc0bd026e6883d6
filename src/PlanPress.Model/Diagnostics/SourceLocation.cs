namespace PlanPress.Model.Diagnostics;

/// <summary>Where a value came from: a file, and for workbooks the sheet and cell (A1 style).</summary>
public sealed record SourceLocation(string File, string? Sheet = null, string? Cell = null)
{
    public override string ToString()
    {
        var text = File;
        if (Sheet is not null)
        {
            text += $" [{Sheet}]";
        }

        if (Cell is not null)
        {
            text += $" {Cell}";
        }

        return text;
    }
}
