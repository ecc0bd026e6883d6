using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.Roles;
using PlanPress.Model.Text;

namespace PlanPress.Site.Feeds;

/// <summary>
/// The plan as iCalendar feeds staff can subscribe to in Outlook or Google Calendar: the whole plan
/// (calendar.ics) and one per role (calendars/ROLE.ics), in the site's language. Each dated
/// benchmark and improvement activity is an all-day event on its due day, its status in the plan's
/// words and overdue marked; each recurring duty whose wording says how it repeats ("each week by
/// Friday, 4 pm") is a repeating event across the plan's months; each month's task is an all-day
/// event on the first of its month. A role with nothing dated gets no feed (a calendar must hold
/// at least one event). The same plan and as-of date give the same bytes.
/// </summary>
public static class CalendarFeed
{
    /// <summary>Whether anything of a role's or person's is dated, so that a feed of theirs would hold an event.</summary>
    public static bool HasEvents(Plan plan, Work work) =>
        work.Tasks.Count > 0
        || work.Benchmarks.Any(b => b.Due is not null)
        || work.Activities.Any(a => a.Timing.Kind == TimingKind.Due || (plan.Months.Count > 0 && a.Timing.Recurrence is not null));

    /// <summary>
    /// The plan's feed, then one per role that has an event. Each event is written once and
    /// shared by every feed it is in: a large plan's events would otherwise be written again for
    /// each role.
    /// </summary>
    /// <param name="stamp">The day the plan last changed: each event's DTSTAMP.</param>
    public static IEnumerable<(string Path, string Text)> WriteAll(Plan plan, DateOnly asOf, DateOnly stamp, Translations text, SitePaths paths)
    {
        var events = Events(plan, asOf, text, paths).Select(e => (e.Who, Text: Ics.Event(e.Event, stamp))).ToList();
        yield return (paths.Calendar, Ics.Calendar(ProductId, plan.Settings.Title, events.Select(e => e.Text)));

        // Each role's events gathered in one pass, in the plan feed's order, rather than all events looked through once per role.
        var byRole = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (who, ics) in events)
        {
            foreach (var slug in who.Roles.Select(r => r.Slug).Distinct(StringComparer.Ordinal))
            {
                (byRole.TryGetValue(slug, out var theirs) ? theirs : byRole[slug] = []).Add(ics);
            }
        }

        foreach (var role in plan.Roles.Where(r => byRole.ContainsKey(r.Slug)))
        {
            yield return (paths.RoleCalendar(role), Ics.Calendar(ProductId, $"{plan.Settings.Title}: {role.Name}", byRole[role.Slug]));
        }
    }

    private const string ProductId = "-//PlanPress//Plan calendar//EN";

    /// <summary>Every event of the plan, in the feed's order (tasks, benchmarks, activities), with whom each is for.</summary>
    private static IEnumerable<(Assignment Who, IcsEvent Event)> Events(Plan plan, DateOnly asOf, Translations text, SitePaths paths)
    {
        var site = Slug.From(plan.Settings.Title);
        string Label(string key) => text[key].TrimEnd(':');

        var reminder = plan.Settings.ReminderDays;
        foreach (var task in plan.Tasks)
        {
            // A task on its days when its date named them ("Oct 6–10": one event of five days, in the month it starts), else on its month's first day.
            var (first, last) = task.When is { Days: not SpanDays.None, From: { } from, To: { } to } ? (from, to) : (task.Month.FirstDay, task.Month.FirstDay);
            if (YearMonth.From(first) != task.Month)
            {
                continue;
            }

            yield return (task.Who, new IcsEvent($"{task.Id}@{site}.planpress", first, task.Text, Describe((Label("phase"), task.Phase), (Label("person-responsible"), task.Who.Text), (Label("notes"), task.Notes)), Url(plan, paths.Month(task.Month)))
            {
                LastDay = last == first ? null : last,
                ReminderDays = reminder,
            });
        }

        foreach (var (benchmark, summary, description, path) in Benchmarks(plan, asOf, text, paths))
        {
            yield return (benchmark.Responsible, new IcsEvent($"{benchmark.Id}@{site}.planpress", benchmark.Due!.Value, summary, description, Url(plan, path)) { ReminderDays = reminder });
        }

        var months = plan.Months;
        foreach (var goal in plan.Goals)
        {
            foreach (var activity in goal.Activities)
            {
                var url = Url(plan, paths.Goal(goal) + "#activity-" + activity.Id);
                var description = Describe((Label("goal"), goal.Id), (Label("timeline"), activity.TimelineText), (Label("person-responsible"), activity.Responsible.Text));
                var summary = $"{activity.Id} {activity.Statement}";
                if (activity.Timing.Kind == TimingKind.Due)
                {
                    foreach (var month in activity.Timing.Months)
                    {
                        yield return (activity.Responsible, new IcsEvent($"activity-{activity.Id}-{month}@{site}.planpress", month.AddMonths(1).FirstDay.AddDays(-1), summary, description, url));
                    }
                }
                else if (months.Count > 0 && activity.Timing.Recurrence is { } recurrence)
                {
                    // A duty repeated from the plan's first month to its last: at its time of day when the wording gives one, else all day.
                    var last = months[^1].AddMonths(1).FirstDay.AddDays(-1);
                    yield return (activity.Responsible, new IcsEvent($"activity-{activity.Id}@{site}.planpress", recurrence.FirstOnOrAfter(months[0].FirstDay), summary, description, url, recurrence.Time, recurrence, last));
                }
            }
        }
    }

    /// <summary>Each dated benchmark as its event says it: its words (led by a warning when overdue), its description, and its place in the site.</summary>
    public static IEnumerable<(Benchmark Benchmark, string Summary, string Description, string Path)> Benchmarks(Plan plan, DateOnly asOf, Translations text, SitePaths paths)
    {
        string Label(string key) => text[key].TrimEnd(':');
        var dates = new DateWords(plan.Settings.Culture, text);
        foreach (var initiative in plan.Initiatives)
        {
            foreach (var benchmark in initiative.Benchmarks.Where(b => b.Due is not null))
            {
                var kind = text[benchmark.Kind == BenchmarkKind.Process ? "process-benchmark" : "early-evidence-benchmark"];
                var status = Pages.StatusView.Of(benchmark.Status, text).Label;
                var overdue = benchmark.IsOverdue(asOf);
                yield return (
                    benchmark,
                    (overdue ? $"⚠ {text["overdue"]}: " : string.Empty) + benchmark.Text,
                    Describe((Label("initiative"), initiative.Name), (Label("benchmark"), kind), (Label("person-responsible"), benchmark.Responsible.Text), (Label("date"), dates.DateShown(benchmark)), (Label("status"), overdue ? $"{status} ({text["overdue"]})" : status)),
                    paths.Initiative(initiative) + "#" + benchmark.Id);
            }
        }
    }

    private static string Describe(params (string Label, string Text)[] parts) =>
        string.Join("\n", parts.Where(p => p.Text.Length > 0).Select(p => $"{p.Label}: {p.Text}"));

    private static Uri? Url(Plan plan, string path) =>
        plan.Settings.Root is { } root ? new Uri(root, path) : null;
}
