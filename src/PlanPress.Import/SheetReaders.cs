using PlanPress.Import.Tables;

namespace PlanPress.Import;

/// <summary>The readers of every kind of sheet, in the order they are asked: those that recognise their own sheets (forms, grids) first, then tables by their headers.</summary>
public static class SheetReaders
{
    public static readonly IReadOnlyList<ISheetReader> All =
    [
        new ActionPlanSheet(),
        new GridCalendarSheet(),
        new CalendarSheet(),
        new RolesSheet(),
        new ImprovementPlanSheet(),
        new GlossarySheet(),
        new ResourcesSheet(),
        new PairsSheet(),
        new MapSheet(),
    ];

    /// <summary>The header rows of every kind of table, which a sheet's table is told apart by.</summary>
    public static readonly IReadOnlyList<TableShape> Shapes = All.Select(r => r.Shape).OfType<TableShape>().ToList();

    /// <summary>The reader of the tables of <paramref name="shape"/>.</summary>
    public static ISheetReader Of(TableShape shape) => All.First(r => r.Shape == shape);
}
