namespace PlanPress.Model.Diagnostics;

public static class DiagnosticExtensions
{
    public static bool HasErrors(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.Severity == Severity.Error);
}
