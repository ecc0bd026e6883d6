using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;

namespace PlanPress.Import;

/// <summary>
/// One kind of sheet a plan is kept in (a calendar, an action plan form, a roles table …): how a
/// sheet of that kind is recognised, and how it is read into the plan's rows. Every kind is one
/// reader in <see cref="SheetReaders.All"/>; adding a layout is adding a reader there.
/// </summary>
public interface ISheetReader
{
    /// <summary>
    /// The header row a table of this kind is found by, among every reader's; null for a reader of
    /// forms, which recognises its sheets by <see cref="IsForm"/> instead.
    /// </summary>
    TableShape? Shape { get; }

    /// <summary>Whether the sheet is one of this reader's forms (label cells with their values, not one table).</summary>
    bool IsForm(Sheet sheet) => false;

    /// <summary>Reads a recognised sheet: the form itself, or the <paramref name="table"/> found on it by <see cref="Shape"/>.</summary>
    void Read(Sheet sheet, FoundTable? table, SheetRows into);
}
