using PlanPress.Import.Tables;

namespace PlanPress.Import.Portals;

/// <summary>
/// A portal's list of plans, as a district keeps it (plans.xlsx, or a sheet of any workbook of the
/// portal folder): each plan's name and folder, and what the portal's filters and contacts show.
/// </summary>
public static class PlansSheet
{
    public static readonly Column Name = new("Name", true, ["Name", "School", "Plan", "School Name", "Plan Name", "District"]);
    public static readonly Column Folder = new("Folder", true, ["Folder", "Plan Folder", "Address", "Location", "Path"]);
    public static readonly Column Level = new("Level", false, ["Level", "School Level", "Grade Band", "Grades", "Type"]);
    public static readonly Column Region = new("Region", false, ["Region", "Area", "Zone", "Network", "Cluster"]);
    public static readonly Column Contact = new("Contact", false, ["Contact", "Email", "Principal", "Contact Person"]);

    public static readonly TableShape Shape = new("Plans", [Name, Folder, Level, Region, Contact]);
}
