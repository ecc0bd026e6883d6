using PlanPress.Model.Diagnostics;

namespace PlanPress.Model.Glossary;

/// <summary>A term as entered: on the Glossary sheet, in an action plan's key terms, or in an improvement plan's footnotes.</summary>
public sealed record TermRow(SourceCell Term, SourceCell Definition);

/// <summary>
/// A defined term. <see cref="Title"/> is what a reader sees on hover: the expansion of an
/// abbreviation ("Concerns-Based Adoption Model" for CBAM) or the definition itself.
/// </summary>
public sealed record GlossaryEntry(string Slug, string Term, string Definition, string Title, SourceLocation Source)
{
    /// <summary>
    /// Whether the term is marked up where it appears in tasks, benchmarks and activities: an
    /// abbreviation (CBAM, MoM, SBPC) or a term of several words; single common words ("Mentor") are not.
    /// </summary>
    public bool IsMarkedInText => Term.Contains(' ', StringComparison.Ordinal) || Term.Count(char.IsUpper) >= 2;
}
