namespace PlanPress.Site.Pages;

/// <summary>One checklist page per month of the plan, each linked to the months before and after.</summary>
public sealed class MonthPageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        var months = context.Plan.Months;
        for (var i = 0; i < months.Count; i++)
        {
            var month = months[i];
            yield return new MonthPage
            {
                Site = context.Site,
                Path = context.Paths.Month(month),
                Heading = month.Title(context.Culture),
                Sheet = context.Sheets.Sheet(month),
                Previous = i > 0 ? context.MonthLink(months[i - 1]) : null,
                Next = i < months.Count - 1 ? context.MonthLink(months[i + 1]) : null,
                Overdue = month == context.AsOfMonth ? context.Items.Overdue : OverdueList.None,
            };
        }
    }
}
