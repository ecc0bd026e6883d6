using PlanPress.Model.Text;

namespace PlanPress.Site.Pages;

/// <summary>The id of an item on a checklist sheet, unique on the page and the same on every build: "2024-03-recurring-1a3".</summary>
public static class ItemId
{
    public static string Of(string sheet, string item) => Slug.From($"{sheet} {item}");
}
