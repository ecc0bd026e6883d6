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
            // The day after a benchmark or an improvement step falls due, when the model's own rule makes it overdue then.
            .. DaysAfterDue(plan.Benchmarks, b => b.Due, (b, day) => b.IsOverdue(day)),
            .. DaysAfterDue(plan.Activities, a => a.Timing.Due, (a, day) => a.IsOverdue(day)),
            // "No update since …" once a status has held longer than stale_after.
            .. context.Changes.StaleDays(),
            // The history forgets a change KeptMonths after it was made (a few days early: months differ in length).
            .. (context.Changes.Log?.Changes ?? []).Select(c => c.Date.AddMonths(ChangeLog.KeptMonths).AddDays(-3)),
        ];
        return days.Where(day => day > asOf).DefaultIfEmpty(DateOnly.MaxValue).Min();
    }

    /// <summary>The day after each item falls due, for the items that the model's own rule makes overdue that day.</summary>
    private static IEnumerable<DateOnly> DaysAfterDue<T>(IEnumerable<T> items, Func<T, DateOnly?> due, Func<T, DateOnly, bool> overdue) =>
        items.Select(item => (Item: item, Day: due(item)?.AddDays(1)))
            .Where(i => i.Day is { } day && overdue(i.Item, day))
            .Select(i => i.Day!.Value);
}
