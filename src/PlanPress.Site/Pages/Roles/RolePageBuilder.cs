using PlanPress.Model;
using PlanPress.Model.Dates;
using PlanPress.Model.Improvement;
using PlanPress.Site.Feeds;

namespace PlanPress.Site.Pages;

/// <summary>Who does what: the list of roles and people, then a page per role and per person with what they do month by month.</summary>
public sealed class RolePageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        var plan = context.Plan;
        yield return new RolesPage
        {
            Site = context.Site,
            Path = context.Paths.Roles,
            Heading = context.T["who-does-what"],
            Roles = plan.Roles.Select(r => new LinkWithNote(context.RoleLink(r), r.Responsibilities)).ToList(),
            People = plan.People.Select(context.PersonLink).ToList(),
        };

        foreach (var role in plan.Roles)
        {
            var work = context.Index.Of(role);
            yield return WhoPage(
                context,
                context.RoleLink(role),
                role.Responsibilities,
                role.Aliases,
                plan.People.Where(p => p.Roles.Contains(role)).Select(context.PersonLink).ToList(),
                context.T["people"],
                work,
                CalendarFeed.HasEvents(plan, work) ? context.Paths.RoleCalendar(role) : null,
                plan.Undated.Where(t => t.Who.Roles.Contains(role)).ToList());
        }

        foreach (var person in plan.People)
        {
            yield return WhoPage(
                context,
                context.PersonLink(person),
                string.Empty,
                [],
                person.Roles.Select(context.RoleLink).ToList(),
                context.T["roles"],
                context.Index.Of(person),
                calendar: null,
                plan.Undated.Where(t => t.Who.People.Any(p => p.Slug == person.Slug)).ToList());
        }
    }

    /// <summary>The page of a role or a person: what they do month by month, their duties and their benchmarks.</summary>
    /// <param name="undated">Their tasks with no month yet or none at all.</param>
    private static RolePage WhoPage(PageContext context, Link link, string responsibilities, IReadOnlyList<string> aliases, IReadOnlyList<Link> related, string relatedLabel, Work work, string? calendar, IReadOnlyList<Model.Calendar.CalendarTask> undated)
    {
        var items = context.Items;
        return new RolePage
        {
            Site = context.Site,
            Path = link.Path,
            Heading = link.Text,
            Responsibilities = responsibilities,
            Aliases = aliases.Select(context.InFirstLanguage).ToList(),
            Related = related,
            RelatedLabel = relatedLabel,
            Months = MonthsOf(context, work, link),
            Spanning = work.Activities.Where(Spans).Select(items.Item).ToList(),
            Benchmarks = work.Benchmarks.Select(items.Item).ToList(),
            Recurring = items.Activities(TimingKind.Recurring, work.Activities),
            AsNeeded = items.Activities(TimingKind.AsNeeded, work.Activities),
            TimingNotSet = items.Activities(TimingKind.NotSet, work.Activities),
            CalendarPath = calendar,
            ToBeDecided = undated.Where(t => t.When?.Kind == SpanKind.ToBeDecided).Select(items.Item).ToList(),
            Ongoing = undated.Where(t => t.When?.Kind == SpanKind.Ongoing).Select(items.Item).ToList(),
        };
    }

    /// <summary>
    /// The months in which someone has tasks or activities due, each with just theirs; an activity
    /// that runs over several months is listed once with its span instead (<see cref="Spans"/>).
    /// </summary>
    private static List<MonthSummary> MonthsOf(PageContext context, Work work, Link link)
    {
        var items = context.Items;
        var tasks = work.Tasks.ToLookup(t => t.Month);
        var activities = work.Activities
            .Where(a => !Spans(a))
            .SelectMany(a => PlanIndex.MonthsDue(a).Select(m => (Month: m, Activity: a)))
            .ToLookup(p => p.Month, p => p.Activity);
        return context.Plan.Months
            .Where(m => tasks.Contains(m) || activities.Contains(m))
            .Select(m => (Month: m, Tasks: tasks[m].Select(items.Item).ToList(), Activities: activities[m].Select(items.Item).ToList()))
            .Select(m => new MonthSummary(
                m.Month.ToString(),
                context.MonthLink(m.Month),
                context.PhaseNames(m.Month),
                m.Tasks.Count > 0 ? [new Group<TaskItem>(link.Text, link, m.Tasks)] : [],
                [],
                m.Activities.Count > 0 ? [new Group<ActivityItem>(link.Text, link, m.Activities)] : []))
            .ToList();
    }

    /// <summary>An activity carried out over a span of months ("year 1"), not due in one.</summary>
    private static bool Spans(Activity activity) => activity.Timing.Kind == TimingKind.During && activity.Timing.Months.Distinct().Count() > 1;
}
