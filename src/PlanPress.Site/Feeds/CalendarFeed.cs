using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.Roles;
using PlanPress.Model.Text;
using Calendar = Ical.Net.Calendar;

namespace PlanPress.Site.Feeds;

/// <summary>
/// The plan as iCalendar feeds staff can subscribe to in Outlook or Google Calendar: the whole plan
/// (calendar.ics) and one per role (calendars/ROLE.ics). Each dated benchmark and improvement
/// activity is an all-day event on its due day; each month's task is an all-day event on the first
/// of its month. The same plan and as-of date give the same bytes.
/// </summary>
public static class CalendarFeed
{
    public const string PlanPath = "calendar.ics";

    public static string RolePath(Role role) => $"calendars/{role.Slug}.ics";

    public static string Write(Plan plan, DateOnly asOf, Func<Assignment, bool> includes, string name)
    {
        var calendar = new Calendar();
        calendar.ProductId = "-//PlanPress//Plan calendar//EN";
        calendar.AddProperty("X-WR-CALNAME", name);
        var stamp = new CalDateTime(asOf.Year, asOf.Month, asOf.Day, 0, 0, 0, "UTC");
        var site = Slug.From(plan.Settings.Title);

        foreach (var task in plan.Tasks.Where(t => includes(t.Who)))
        {
            calendar.Events.Add(Event(site, task.Id, task.Month.FirstDay, task.Text, Describe(("Phase", task.Phase), ("Who", task.Who.Text), ("Notes", task.Notes)), stamp, Url(plan, SitePages.MonthPath(task.Month))));
        }

        foreach (var initiative in plan.Initiatives)
        {
            foreach (var benchmark in initiative.Benchmarks.Where(b => b.Due is not null && includes(b.Responsible)))
            {
                var kind = benchmark.Kind == BenchmarkKind.Process ? "Process benchmark" : "Early evidence of change";
                calendar.Events.Add(Event(site, benchmark.Id, benchmark.Due!.Value, benchmark.Text,
                    Describe(("Initiative", initiative.Name), ("Kind", kind), ("Person responsible", benchmark.Responsible.Text), ("Date", benchmark.DateText), ("Status", benchmark.StatusText)),
                    stamp, Url(plan, SitePages.InitiativePath(initiative) + "#" + benchmark.Id)));
            }
        }

        foreach (var goal in plan.Goals)
        {
            foreach (var activity in goal.Activities.Where(a => a.Timing.Kind == TimingKind.Due && includes(a.Responsible)))
            {
                foreach (var month in activity.Timing.Months)
                {
                    var due = month.AddMonths(1).FirstDay.AddDays(-1);
                    calendar.Events.Add(Event(site, $"activity-{activity.Id}-{month}", due, $"{activity.Id} {activity.Statement}",
                        Describe(("Goal", goal.Id), ("Timeline", activity.TimelineText), ("Person responsible", activity.Responsible.Text)),
                        stamp, Url(plan, SitePages.GoalPath(goal) + "#activity-" + activity.Id)));
                }
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalendarEvent Event(string site, string id, DateOnly day, string summary, string description, CalDateTime stamp, Uri? url)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{id}@{site}.planpress",
            Summary = summary,
            Description = description,
            DtStart = new CalDateTime(day),
            DtEnd = new CalDateTime(day.AddDays(1)),
            DtStamp = stamp,
        };
        if (url is not null)
        {
            calendarEvent.Url = url;
        }

        return calendarEvent;
    }

    private static string Describe(params (string Label, string Text)[] parts) =>
        string.Join("\n", parts.Where(p => p.Text.Length > 0).Select(p => $"{p.Label}: {p.Text}"));

    private static Uri? Url(Plan plan, string path) =>
        Uri.TryCreate(plan.Settings.BaseUrl, UriKind.Absolute, out var baseUrl) ? new Uri(baseUrl, path) : null;
}
