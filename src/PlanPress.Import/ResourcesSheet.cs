using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Resources;

namespace PlanPress.Import;

/// <summary>The Resources sheet: what the plan needs, of which kind (people, time, materials, funds), for which initiative.</summary>
public sealed class ResourcesSheet : ISheetReader
{
    public static readonly Column Resource = new("Resource", true, ["Resource", "Resources", "Resource Need", "Need"]) { Translatable = true };
    public static readonly Column Kind = new("Kind", true, ["Kind", "Type", "Category"]);
    public static readonly Column Initiative = new("Initiative", false, ["Initiative", "Strategic Initiative", "For"]);
    public static readonly Column Notes = new("Notes", false, ["Notes", "Note", "Comments"]) { Translatable = true };

    public static readonly TableShape Shape = new("Resources", [Resource, Kind, Initiative, Notes]);

    TableShape? ISheetReader.Shape => Shape;

    void ISheetReader.Read(Sheet sheet, FoundTable? table, SiteSettings settings, SheetRows into) => into.Resources.AddRange(Read(table!));


    public static IReadOnlyList<PlanResourceRow> Read(FoundTable table) =>
        table.DataRows
            .Select(row => new PlanResourceRow(table.Cell(row, Resource), table.Cell(row, Kind), table.Cell(row, Initiative), table.Cell(row, Notes)))
            .Where(r => !r.Name.IsBlank)
            .ToList();
}
