using PlanPress.Import.Tables;
using PlanPress.Model.Glossary;

namespace PlanPress.Import;

/// <summary>The Glossary sheet: each term with its definition.</summary>
public static class GlossarySheet
{
    public static readonly Column Term = new("Term", true, ["Term", "Key Term", "Abbreviation", "Word"]);
    public static readonly Column Definition = new("Definition", true, ["Definition", "Meaning", "Stands For"]);

    public static readonly TableShape Shape = new("Glossary", [Term, Definition]);

    public static IReadOnlyList<TermRow> Read(FoundTable table) =>
        table.DataRows
            .Select(row => new TermRow(table.Cell(row, Term), table.Cell(row, Definition)))
            .Where(r => !r.Term.IsBlank)
            .ToList();
}
