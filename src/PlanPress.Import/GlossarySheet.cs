using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Glossary;

namespace PlanPress.Import;

/// <summary>The Glossary sheet: each term with its definition.</summary>
public sealed class GlossarySheet : ISheetReader
{
    public static readonly Column Term = new("Term", true, ["Term", "Key Term", "Abbreviation", "Word"]) { Translatable = true };
    public static readonly Column Definition = new("Definition", true, ["Definition", "Meaning", "Stands For"]) { Translatable = true };

    public static readonly TableShape Shape = new("Glossary", [Term, Definition]);

    TableShape? ISheetReader.Shape => Shape;

    void ISheetReader.Read(Sheet sheet, FoundTable? table, SiteSettings settings, SheetRows into) => into.Glossary.AddRange(Read(table!));


    public static IReadOnlyList<TermRow> Read(FoundTable table) =>
        table.DataRows
            .Select(row => new TermRow(table.Cell(row, Term), table.Cell(row, Definition)))
            .Where(r => !r.Term.IsBlank)
            .ToList();
}
