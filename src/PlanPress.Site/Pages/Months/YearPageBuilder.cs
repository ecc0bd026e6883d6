using PlanPress.Model.Dates;

namespace PlanPress.Site.Pages;

/// <summary>The year at a glance: every month with its phases and what is due.</summary>
public sealed class YearPageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        yield return new YearPage
        {
            Site = context.Site,
            Path = context.Paths.Year,
            Heading = context.T["the-year-at-a-glance"],
            Months = context.Plan.Months.Select(context.Items.Summary).ToList(),
            ToBeDecided = Undated(context, SpanKind.ToBeDecided),
            Ongoing = Undated(context, SpanKind.Ongoing),
        };
    }

    private static List<Group<TaskItem>> Undated(PageContext context, SpanKind kind) =>
        context.Items.Groups(context.Plan.UndatedOf(kind).ToList(), t => t.Who, context.Items.Item);
}
