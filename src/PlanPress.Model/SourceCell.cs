using PlanPress.Model.Diagnostics;

namespace PlanPress.Model;

/// <summary>
/// One value as the coordinator entered it: its text, the date when the source held a real date,
/// and where it is. Blank cells have empty text.
/// </summary>
public sealed record SourceCell(string Text, SourceLocation Location, DateTime? Date = null)
{
    /// <summary>The text, without the two characters that mark text still to translate (no cell can forge the marks) and without NUL characters a program left in it.</summary>
    public string Text { get; init; } = Languages.PlanTranslator.Unmarked(Text.Contains('\0', StringComparison.Ordinal) ? Text.Replace("\0", string.Empty, StringComparison.Ordinal) : Text);

    /// <summary>
    /// What the cell holds instead of a value ("the formula error #REF!", "a formula with no saved
    /// value"), or null. A faulty cell is not blank, so it never reads as "same as above".
    /// </summary>
    public string? Fault { get; init; }

    public bool IsBlank => Date is null && Fault is null && string.IsNullOrWhiteSpace(Text);

    public static SourceCell Blank(SourceLocation location) => new(string.Empty, location);

    public static SourceCell Faulty(SourceLocation location, string fault) => new(string.Empty, location) { Fault = fault };

    /// <summary>The error a faulty cell is reported as, wherever PlanPress reads it.</summary>
    public Diagnostic? FaultDiagnostic() => Fault is null
        ? null
        : Diagnostic.Error(Location, $"This cell holds {Fault}, not a value.", "a value typed in, or a formula that the spreadsheet program has calculated and saved (open the file, let it recalculate, and save it)");
}
