namespace PlanPress.Model.Diagnostics;

public enum Severity
{
    /// <summary>Worth knowing when asked (--verbose): which column was taken for what.</summary>
    Info,

    /// <summary>Always said, never a problem: what PlanPress chose where the workbook left it to guess.</summary>
    Note,

    Warning,
    Error,
}

/// <summary>
/// Something found wrong (or worth knowing) in the input, with where it is, what was expected and,
/// where one exists, a suggestion. Every stage reports problems as these values.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    SourceLocation Location,
    string Message,
    string? Expected = null,
    string? Suggestion = null)
{
    public static Diagnostic Error(SourceLocation location, string message, string? expected = null, string? suggestion = null) =>
        new(Severity.Error, location, message, expected, suggestion);

    public static Diagnostic Warning(SourceLocation location, string message, string? expected = null, string? suggestion = null) =>
        new(Severity.Warning, location, message, expected, suggestion);

    public static Diagnostic Info(SourceLocation location, string message) =>
        new(Severity.Info, location, message);

    public static Diagnostic Note(SourceLocation location, string message, string? expected = null) =>
        new(Severity.Note, location, message, expected);

    /// <summary>The message, what was expected and the suggestion: "The month … cannot be read. Expected … Did you mean …?"</summary>
    public string Explanation
    {
        get
        {
            var text = Message;
            if (Expected is not null)
            {
                text += $" Expected {Expected}.";
            }

            if (Suggestion is not null)
            {
                text += $" Did you mean \"{Suggestion}\"?";
            }

            return text;
        }
    }

    /// <summary>The one way a diagnostic is printed: <c>file [sheet] cell: severity: message. Expected … Did you mean …?</c></summary>
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()}: {Explanation}";
}
