using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Pairs;

namespace PlanPress.Import;

/// <summary>The optional Pairs sheet: each mentor pair, the month they start, and their school or group.</summary>
public sealed class PairsSheet : ISheetReader
{
    public static readonly Column Mentor = new("Mentor", true, ["Mentor", "Mentor Name", "Tutor"]);
    public static readonly Column Protege = new("Protégé", true, ["Protégé", "Protege", "Mentee", "Learner", "Protégé Name"]);
    public static readonly Column Start = new("Start Month", true, ["Start Month", "Start", "Starts", "Match Date", "Matched", "Start Date"]);
    public static readonly Column Group = new("School or Group", false, ["School or Group", "School", "Group", "School/Group"]);

    public static readonly TableShape Shape = new("Pairs", [Mentor, Protege, Start, Group]);

    TableShape? ISheetReader.Shape => Shape;

    void ISheetReader.Read(Sheet sheet, FoundTable? table, SiteSettings settings, SheetRows into) => into.Pairs.AddRange(Read(table!));


    public static IReadOnlyList<PairRow> Read(FoundTable table) =>
        table.DataRows
            .Select(row => new PairRow(table.Cell(row, Mentor), table.Cell(row, Protege), table.Cell(row, Start), table.Cell(row, Group)))
            .ToList();
}
