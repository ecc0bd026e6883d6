using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;

namespace PlanPress.Import;

/// <summary>
/// One kind of sheet a plan is kept in (a calendar, an action plan form, a roles table …): how a
/// sheet of that kind is recognised, and how it is read into the plan's rows. Every kind is one
/// reader in <see cref="SheetReaders.All"/>; adding a layout is adding a reader there.
/// </summary>
public interface ISheetReader
{
    /// <summary>
    /// The header row a table of this kind is found by, among every reader's; null for a reader
    /// that recognises its sheets by <see cref="Recognises"/> instead (a form by its labels, a grid
    /// by the months across its top).
    /// </summary>
    TableShape? Shape { get; }

    /// <summary>Whether the sheet is one of this reader's own (asked of readers without a <see cref="Shape"/>, before any table is looked for).</summary>
    bool Recognises(Sheet sheet, SiteSettings settings) => false;

    /// <summary>Reads a recognised sheet, or the <paramref name="table"/> found on it by <see cref="Shape"/>, in the plan's language and from its program start.</summary>
    void Read(Sheet sheet, FoundTable? table, SiteSettings settings, SheetRows into);
}
