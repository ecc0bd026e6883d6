using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.Pairs;
using PlanPress.Model.Roles;

namespace PlanPress.Site.Pages;

/// <summary>
/// A booklet for each mentor pair, their names filled in and the calendar shifted to start at
/// their own start month: the program's month 1 is their month 1. Their Mentoring Action Plan
/// comes first, its steps, milestones and check-ins on their months, and its evaluation criteria
/// on the last sheet. Kept apart from the site: names are personal.
/// </summary>
public sealed class PairBookletBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        var plan = context.Plan;
        var theirRoles = plan.PairRoles.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var theirs = plan.Activities.Where(a => IsTheirs(theirRoles, a.Responsible)).ToList();
        var duties = (Recurring: context.Items.Activities(TimingKind.Recurring, theirs), AsNeeded: context.Items.Activities(TimingKind.AsNeeded, theirs));
        var linkBase = plan.Settings.Root?.AbsoluteUri;
        return plan.Pairs.Select(pair => new BookletPage
        {
            Site = context.Site,
            Path = context.Paths.PairBooklet(pair),
            Heading = context.T["booklet-of", pair.Mentor, pair.Protege],
            LinkBase = linkBase,
            Map = pair.Map.Count > 0 ? MapSections.Of(context.T, pair) : null,
            Meetings = MeetingViews.Of(context, pair),
            Sheets = plan.Months.Select((_, i) => Sheet(context, pair, theirRoles, duties, i)).ToList(),
        });
    }

    /// <summary>Whether an item is a pair's: for one of their roles or for everyone, or any item when no role is known as theirs.</summary>
    private static bool IsTheirs(HashSet<string> theirRoles, Assignment who) =>
        theirRoles.Count == 0 || who.IsEveryone || who.Roles.Any(r => theirRoles.Contains(r.Slug));

    /// <summary>
    /// A pair's sheet for the program's month <paramref name="index"/>: headed with their own month,
    /// every date moved by as many months as they started after the program, their roles' items
    /// with the marks and blanks, and the rest of that month's work in a short "others" list. Its
    /// benchmarks carry no status: that is the program's, on another date.
    /// </summary>
    /// <param name="duties">Their roles' recurring and as-needed duties, the same on every sheet.</param>
    private static ChecklistSheet Sheet(PageContext context, Pair pair, HashSet<string> theirRoles, (List<ActivityItem> Recurring, List<ActivityItem> AsNeeded) duties, int index)
    {
        var items = context.Items;
        var month = context.Plan.Months[index];
        var theirs = pair.Start.AddMonths(index);
        var shift = theirs.MonthsSince(month);
        bool IsTheirs(Assignment who) => PairBookletBuilder.IsTheirs(theirRoles, who);

        // Their items under their own roles only: a task for "Coordinator & Mentors" sits under Mentor.
        Assignment Theirs(Assignment who) => theirRoles.Count == 0 ? who : who with { Roles = who.Roles.Where(r => theirRoles.Contains(r.Slug)).ToList(), People = [], Unknown = [] };
        var tasks = context.Index.TasksIn(month);
        var benchmarks = context.Index.BenchmarksDueIn(month);
        var activities = context.Index.ActivitiesDueIn(month);
        var summary = new MonthSummary(
            theirs.ToString(),
            context.MonthLink(theirs),
            context.PhaseNames(month),
            items.Groups(tasks.Where(t => IsTheirs(t.Who)).ToList(), t => Theirs(t.Who), items.Item),
            items.Groups(benchmarks.Where(b => IsTheirs(b.Responsible)).ToList(), b => Theirs(b.Responsible), b => items.ShiftedItem(b, shift)),
            []);
        var others = tasks.Where(t => !IsTheirs(t.Who)).Select(t => (t.Who, Other: new OtherItem(t.Id, items.Segments(t.Text), null)))
            .Concat(activities.Where(a => !IsTheirs(a.Responsible)).Select(a => (Who: a.Responsible, Other: new OtherItem(a.Id, items.ActivityText(a), a.Timing is { Kind: TimingKind.Due, Months.Count: 1 } ? null : items.When(a.Timing, shift)))))
            .Concat(benchmarks.Where(b => !IsTheirs(b.Responsible)).Select(b => (Who: b.Responsible, Other: new OtherItem(b.Id, items.Segments(b.Text), context.T["due"] + " " + items.DateShown(b, shift)))))
            .ToList();
        return new ChecklistSheet(
            summary,
            activities.Where(a => IsTheirs(a.Responsible)).Select(a => items.ShiftedItem(a, shift)).ToList(),
            duties.Recurring,
            duties.AsNeeded,
            new PairView(pair.Mentor, pair.Protege, pair.Group))
        {
            Weeks = context.Sheets.WeeksIn(theirs),
            Live = context.Plan.Months.Contains(theirs) ? context.Sheets.Live(theirs) : null,
            Meetings = MeetingViews.Line(context, pair, theirs),
            PairPlan = pair.Map.Where(e => e.Months.Contains(theirs)).Select(e => MapSections.Step(context.T, e)).ToList(),
            Evaluation = index == context.Plan.Months.Count - 1 ? pair.Map.Where(e => e.Part == MapPart.SuccessIndicator).Select(e => e.Text).ToList() : [],
            Others = Listed(items.Groups(others, o => o.Who, o => o.Other)),
        };
    }

    /// <summary>An item for two other roles is listed once, under the first.</summary>
    private static List<Group<OtherItem>> Listed(List<Group<OtherItem>> groups)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return groups
            .Select(g => g with { Items = g.Items.Where(i => seen.Add(i.Id)).ToList() })
            .Where(g => g.Items.Count > 0)
            .ToList();
    }
}
