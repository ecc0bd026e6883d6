using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Roles;

namespace PlanPress.Import;

/// <summary>The Roles sheet: each role with the other names it goes by, what it does and who holds it.</summary>
public sealed class RolesSheet : ISheetReader
{
    public static readonly Column Role = new("Role", true, ["Role", "Role Name", "Name"]) { Translatable = true };
    public static readonly Column Aliases = new("Aliases", false, ["Aliases", "Alias", "Also Called", "Other Names", "Also Known As"]);
    public static readonly Column Responsibilities = new("Responsibilities", false, ["Responsibilities", "Responsibility", "Duties", "Description"]) { Translatable = true };
    public static readonly Column People = new("People", false, ["People", "Names", "Staff", "Members", "Persons"]);

    public static readonly TableShape Shape = new("Roles", [Role, Aliases, Responsibilities, People]);

    TableShape? ISheetReader.Shape => Shape;

    void ISheetReader.Read(Sheet sheet, FoundTable? table, SiteSettings settings, SheetRows into) => into.Roles.AddRange(Read(table!));


    public static IReadOnlyList<RoleRow> Read(FoundTable table) =>
        table.DataRows
            .Select(row => new RoleRow(table.Cell(row, Role), table.Cell(row, Aliases), table.Cell(row, Responsibilities), table.Cell(row, People)))
            .Where(r => !r.Name.IsBlank)
            .ToList();
}
