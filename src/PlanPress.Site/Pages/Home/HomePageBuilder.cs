namespace PlanPress.Site.Pages;

/// <summary>The plan at a glance: this month, what is overdue, the phases across the year, progress.</summary>
public sealed class HomePageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        var plan = context.Plan;
        var culture = context.Culture;
        var asOf = context.AsOfMonth;
        var first = plan.Months.Count > 0 ? plan.Months[0] : asOf;
        var last = plan.Months.Count > 0 ? plan.Months[^1] : asOf;
        yield return new HomePage
        {
            Site = context.Site,
            Path = context.Paths.Home,
            Heading = plan.Settings.Title,
            MonthAbbreviations = plan.Months.Select(m => culture.DateTimeFormat.GetAbbreviatedMonthName(m.Month)).ToList(),
            Phases = plan.Phases
                .Select(p => new PhaseBar(p.Name, p.First.Name(culture), p.Last.Name(culture), p.First.MonthsSince(first) + 1, p.Last.MonthsSince(p.First) + 1))
                .ToList(),
            ThisMonth = plan.Months.Contains(asOf) ? context.Items.Summary(asOf) : null,
            Meetings = plan.Months.Contains(asOf) ? MeetingViews.Line(context, asOf) : null,
            OutsidePlan = asOf < first
                ? context.T["plan-starts", first.Name(culture)]
                : asOf > last ? context.T["plan-ended", last.Name(culture)] : null,
            Overdue = context.Items.Overdue,
            Progress = context.Items.ProgressRows(),
            RecentChanges = context.Changes.Recent(5),
        };
    }
}
