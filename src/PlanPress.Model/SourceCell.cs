using PlanPress.Model.Diagnostics;

namespace PlanPress.Model;

/// <summary>
/// One value as the coordinator entered it: its text, the date when the source held a real date,
/// and where it is. Blank cells have empty text.
/// </summary>
public sealed record SourceCell(string Text, SourceLocation Location, DateTime? Date = null)
{
    public bool IsBlank => Date is null && string.IsNullOrWhiteSpace(Text);

    public static SourceCell Blank(SourceLocation location) => new(string.Empty, location);
}
