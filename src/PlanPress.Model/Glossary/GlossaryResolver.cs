using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;

namespace PlanPress.Model.Glossary;

/// <summary>Gathers the glossary: the Glossary sheet first, then key terms and footnotes; a term defined twice keeps its first definition.</summary>
public static class GlossaryResolver
{
    public static IReadOnlyList<GlossaryEntry> Resolve(IEnumerable<TermRow> rows, List<Diagnostic> diagnostics)
    {
        var entries = new List<GlossaryEntry>();
        foreach (var row in rows)
        {
            var term = row.Term.Text.Trim();
            var definition = row.Definition.Text.Trim();
            if (term.Length == 0)
            {
                continue;
            }

            if (entries.FirstOrDefault(e => Fold.Words(e.Term) == Fold.Words(term)) is { } first)
            {
                if (Fold.Words(first.Definition) != Fold.Words(definition))
                {
                    diagnostics.Add(Diagnostic.Info(row.Term.Location, $"\"{term}\" is also defined at {first.Source}; the glossary keeps that definition."));
                }

                continue;
            }

            var slug = Slug.From(term);
            entries.Add(new GlossaryEntry(slug, term, definition, Title(term, definition), row.Term.Location));
        }

        return entries.OrderBy(e => Fold.Words(e.Term), StringComparer.Ordinal).ToList();
    }

    /// <summary>An abbreviation's expansion is its definition up to the first ":", "," or "."; other terms show the definition.</summary>
    private static string Title(string term, string definition)
    {
        if (term.Contains(' ', StringComparison.Ordinal) || term.Count(char.IsUpper) < 2)
        {
            return definition;
        }

        var end = definition.IndexOfAny([':', ',', '.', ';', '(']);
        return (end > 0 ? definition[..end] : definition).Trim();
    }
}
