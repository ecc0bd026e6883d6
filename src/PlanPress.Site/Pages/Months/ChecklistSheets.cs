using System.Collections.Concurrent;
using System.Globalization;
using PlanPress.Model.Dates;

namespace PlanPress.Site.Pages;

/// <summary>A month's checklist sheet, as the month page shows it and the year's booklet prints it.</summary>
public sealed class ChecklistSheets
{
    private readonly PageContext _context;
    private readonly ConcurrentDictionary<YearMonth, LiveAddress?> _live = new();

    // The weekly recurring duties, each with how it repeats: their days are boxes on every month's sheet.
    private readonly Lazy<List<(string Id, Recurrence Recurrence)>> _weekly;

    public ChecklistSheets(PageContext context)
    {
        _context = context;
        _weekly = new(() => context.Plan.Activities
            .Where(a => a.Timing.Recurrence?.Frequency == Frequency.Weekly)
            .Select(a => (a.Id, a.Timing.Recurrence!))
            .ToList());
    }

    /// <summary>The month's tasks, benchmarks and activities due, and the plan's recurring and as-needed duties.</summary>
    public ChecklistSheet Sheet(YearMonth month)
    {
        var items = _context.Items;
        // The calendar's ongoing tasks ("Log your meetings": no month of their own) are on every month's sheet, under their heading.
        var summary = items.Summary(month);
        if (items.Ongoing.Count > 0)
        {
            summary = summary with { Tasks = [.. summary.Tasks, new Group<TaskItem>(_context.T["ongoing-heading"], null, items.Ongoing)] };
        }

        return new(summary, _context.Index.ActivitiesDueIn(month).Select(items.Item).ToList(), items.Recurring, items.AsNeeded, null) { Weeks = WeeksIn(month), Live = Live(month), Meetings = MeetingViews.Line(_context, month) };
    }

    /// <summary>Where a month's printed sheet leads back to: its page and the plan's calendar, under base_url; made once a month, for its page and the booklet alike.</summary>
    public LiveAddress? Live(YearMonth month) =>
        _live.GetOrAdd(month, m => LiveAddress.For(_context.Plan.Settings.BaseUrl, _context.Paths.Month(m), _context.Paths.Calendar));

    /// <summary>The weekly recurring duties' days in a month, a box for each on the checklist.</summary>
    public Dictionary<string, WeekBoxes> WeeksIn(YearMonth month)
    {
        var culture = _context.Culture;
        var full = culture.DateTimeFormat.LongDatePattern;
        return _weekly.Value
            .Select(a => (a.Id, a.Recurrence, Days: a.Recurrence.WeeksIn(month)))
            .Where(a => a.Days.Count > 0)
            .ToDictionary(
                a => a.Id,
                a => new WeekBoxes(
                    a.Days.Select(d => new WeekBox(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.ToString("ddd d", culture), d.ToString(full, culture))).ToList(),
                    a.Recurrence.Time is not null),
                StringComparer.Ordinal);
    }
}
