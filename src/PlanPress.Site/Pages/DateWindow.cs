using PlanPress.Model.ActionPlans;
using PlanPress.Model.History;

namespace PlanPress.Site.Pages;

/// <summary>
/// How long a plan's pages stay as built while only the date moves: the first day after the as-of
/// date on which anything the date decides reads otherwise. Until then a build for a later day
/// writes the same bytes, so a portal keeps such a plan's pages without reading its workbooks again.
/// </summary>
public static class DateWindow
{
    /// <summary>The first day whose pages may differ from <paramref name="context"/>'s as-of day's.</summary>
    public static DateOnly Until(PageContext context)
    {
        var plan = context.Plan;
        var asOf = context.AsOf;
        IEnumerable<DateOnly> days =
        [
            // "This month" and everything reckoned by month: the header, the home page, the month's overdue list, the booklets' form link.
            context.AsOfMonth.AddMonths(1).FirstDay,
            // A benchmark not met is overdue from the day after it falls due; an improvement step not started, likewise.
            .. plan.Benchmarks.Where(b => b.Status != Status.Met && b.Due is not null).Select(b => b.Due!.Value.AddDays(1)),
            .. plan.Activities.Where(a => a.Status == Status.NotStarted && a.Timing.Due is not null).Select(a => a.Timing.Due!.Value.AddDays(1)),
            // "No update since …" once a status has held longer than stale_after.
            .. context.Changes.StaleDays(),
            // The history forgets a change KeptMonths after it was made (a few days early: months differ in length).
            .. (context.Changes.Log?.Changes ?? []).Select(c => c.Date.AddMonths(ChangeLog.KeptMonths).AddDays(-3)),
        ];
        return days.Where(day => day > asOf).DefaultIfEmpty(DateOnly.MaxValue).Min();
    }
}
