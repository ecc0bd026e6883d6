using PlanPress.Model.ActionPlans;
using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Glossary;
using PlanPress.Model.Improvement;
using PlanPress.Model.Pairs;
using PlanPress.Model.Resources;
using PlanPress.Model.Roles;
using PlanPress.Model.Text;

namespace PlanPress.Model;

/// <summary>The resolved plan and everything found wrong on the way.</summary>
public sealed record PlanResolution(Plan Plan, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Resolves what was imported into one plan: months and dates read, roles and people linked, phases spanned.</summary>
public static partial class PlanResolver
{
    /// <summary>Messages are in English, whatever the site's language.</summary>
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    public static PlanResolution Resolve(PlanSource source)
    {
        var diagnostics = new List<Diagnostic>();
        var roles = ReadRoles(source, diagnostics);
        var resolver = new RoleResolver(roles);
        var (tasks, undated) = ResolveTasks(source, resolver, diagnostics);
        var initiatives = InitiativeResolver.Resolve(source.Initiatives, resolver, source.Settings, diagnostics);
        var goals = ImprovementResolver.Resolve(source.ImprovementRows, resolver, source.Settings, diagnostics);
        var resources = ResourceResolver.Resolve(source.ResourceRows, initiatives, diagnostics);
        var keyTerms = source.Initiatives.SelectMany(i => i.KeyTerms).Select(t => new TermRow(t.Term, t.Definition));
        var glossary = GlossaryResolver.Resolve(source.Terms.Concat(keyTerms), diagnostics);

        var people = resolver.ListedPeople
            .Concat(tasks.SelectMany(t => t.Who.People))
            .Concat(initiatives.SelectMany(i => i.Benchmarks).SelectMany(b => b.Responsible.People))
            .Concat(goals.SelectMany(g => g.Activities).SelectMany(a => a.Responsible.People))
            .DistinctBy(p => p.Slug)
            .ToList();
        WarnFarMonths(tasks, initiatives, source.Settings.ProgramStart, diagnostics);
        WarnBeforeStart(tasks, source.Settings.ProgramStart, diagnostics);
        // A plan with no calendar (an improvement plan alone) has a page for each month its steps and benchmarks fall in, from the program start.
        var dated = tasks.Count > 0 ? tasks.Select(t => t.Month)
            : goals.SelectMany(g => g.Activities).SelectMany(a => a.Timing.Months).Concat(initiatives.SelectMany(i => i.Benchmarks).Select(b => b.Month).OfType<YearMonth>())
                .Where(m => source.Settings.ProgramStart is not { } start || (m >= start && m.MonthsSince(start) < PlanYears.FarMonths));
        var months = MonthRange(dated, source.Settings.ProgramStart);
        // While calendar rows are in error the months are not all known: no warnings that follow from that.
        if (tasks.Count > 0 && !diagnostics.HasErrors())
        {
            WarnMonthsWithoutPages(goals, months, diagnostics);
        }
        var pages = source.Pages.OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        var pairs = PairResolver.Resolve(source.PairRows, source.MapRows, source.Settings, months.Count, diagnostics);
        var plan = new Plan(source.Settings, months, Phases(tasks), roles, people, tasks, initiatives, goals, resources, glossary, pages)
        {
            Pairs = pairs,
            Meetings = source.Settings.MeetingLog.Length == 0 ? Meetings.MeetingLog.None : Meetings.MeetingResolver.Resolve(source.MeetingRows, months, pairs, source.Settings, diagnostics),
            PairRoles = PairResolver.RolesOf(resolver, source.Settings),
            ContentFolder = source.ContentFolder,
            Undated = undated,
            Texts = source.Texts.Count > 0 ? new Languages.PlanTexts(source.Texts) : Languages.PlanTexts.None,
        };
        return new PlanResolution(plan, diagnostics);
    }

    private static IReadOnlyList<Role> ReadRoles(PlanSource source, List<Diagnostic> diagnostics)
    {
        if (source.RoleRows.Count > 0)
        {
            var (roles, problems) = RoleResolver.ReadRoles(source.RoleRows);
            diagnostics.AddRange(problems);
            return roles;
        }

        // Without a Roles sheet every distinct name in the calendar's who column, or the improvement plan's
        // person responsible ("Principal; Math Coach"), is a role of its own.
        var rows = source.CalendarRows.Select(r => r.Who).Concat(source.ImprovementRows.Select(r => r.Responsible))
            .SelectMany(who => RoleResolver.SplitWho(who.Text).Select(name => (name, who.Location)))
            .DistinctBy(p => RoleResolver.Key(p.name))
            .Select(p => new RoleRow(
                new SourceCell(p.name, p.Location),
                SourceCell.Blank(p.Location),
                SourceCell.Blank(p.Location),
                SourceCell.Blank(p.Location)));
        return RoleResolver.ReadRoles(rows).Roles;
    }

    private static (List<CalendarTask> Tasks, List<CalendarTask> Undated) ResolveTasks(PlanSource source, RoleResolver resolver, List<Diagnostic> diagnostics)
    {
        var settings = source.Settings;
        var tasks = new List<CalendarTask>();
        var undated = new List<CalendarTask>();
        YearMonth? previous = null;
        var needStart = new List<CalendarRow>();
        var unread = new List<(CalendarRow Row, MonthReading Reading, int Under)>();
        var perMonth = new Dictionary<YearMonth, int>();
        // The rows under a month cell (merged down, or left blank) share it: its day is read once.
        (SourceLocation Cell, YearMonth Month, DateSpan? Day)? lastDay = null;
        var culture = settings.Culture;
        foreach (var row in source.CalendarRows)
        {
            // The rows under a month cell that cannot be read share it: one problem, said once, with how many rows it hides.
            if (unread.Count > 0 && unread[^1].Row.Month.Location == row.Month.Location)
            {
                unread[^1] = unread[^1] with { Under = unread[^1].Under + 1 };
                continue;
            }

            var reading = MonthText.Read(row.Month, culture, settings.ProgramStart, previous);
            // A date as people type it ("Week of Sept 22", "Fall 2025", "TBD"): the task on each month it spans, or kept undated.
            var phrase = reading.Month is null && row.Month.Date is null ? DatePhrase.Read(row.Month.Text, culture, settings.ProgramStart, previous) : null;
            if (phrase is { Kind: not SpanKind.Dated })
            {
                undated.Add(Task(row, $"task-{(phrase.Kind == SpanKind.Ongoing ? "ongoing" : "tbd")}-{undated.Count + 1}", default, resolver.Resolve(row.Who, "task", diagnostics)) with { When = phrase });
                diagnostics.Add(Diagnostic.Note(
                    row.Month.Location,
                    $"\"{row.Month.Text.Trim()}\" names no month: the task \"{row.Task.Text.Trim()}\" is listed on the year page under \"{(phrase.Kind == SpanKind.Ongoing ? "Ongoing" : "Date to be decided")}\".",
                    "a month or a date once it is known, e.g. \"October 2025\" or \"Oct 6–10\""));
                continue;
            }

            if ((phrase?.First ?? reading.Month) is { } placed)
            {
                WarnYearLeftOut(row.Month, placed, previous, diagnostics);
            }

            if (phrase is { } span)
            {
                previous = span.First;
                var who = resolver.Resolve(row.Who, "task", diagnostics);
                foreach (var spanned in span.Months)
                {
                    perMonth[spanned] = perMonth.GetValueOrDefault(spanned) + 1;
                    tasks.Add(Task(row, $"task-{spanned}-{perMonth[spanned]}", spanned, who) with { When = span });
                }

                continue;
            }

            if (reading.Month is not { } month)
            {
                if (reading.Problem == MonthText.NeedsProgramStart)
                {
                    needStart.Add(row);
                }
                else
                {
                    unread.Add((row, reading, 0));
                }

                continue;
            }

            previous = month;
            perMonth[month] = perMonth.GetValueOrDefault(month) + 1;
            if (lastDay is not { } known || known.Cell != row.Month.Location || known.Month != month)
            {
                lastDay = (row.Month.Location, month, DayOf(row.Month, month, culture, settings.ProgramStart));
            }

            tasks.Add(Task(row, $"task-{month}-{perMonth[month]}", month, resolver.Resolve(row.Who, "task", diagnostics)) with { When = lastDay.Value.Day });
        }

        foreach (var (row, reading, under) in unread)
        {
            var hidden = under == 0 ? string.Empty : $" {under} {(under == 1 ? "row" : "rows")} under it {(under == 1 ? "was" : "were")} not placed either.";
            if (Backwards(row.Month.Text, culture, settings.ProgramStart) is { } dates)
            {
                diagnostics.Add(Diagnostic.Error(row.Month.Location, $"This task ends ({dates.End}) before it starts ({dates.Start}).{hidden}", "the end date on or after the start date"));
                continue;
            }

            diagnostics.Add(Diagnostic.Error(row.Month.Location, reading.Explain("month", row.Month.Text) + hidden, MonthText.ExpectedFor(settings.ProgramStart), reading.Suggestion));
        }

        if (needStart.Count > 0)
        {
            var first = needStart[0].Month;
            var others = needStart.Select(r => r.Month.Location).Distinct().Count() - 1;
            diagnostics.Add(Diagnostic.Error(
                new SourceLocation(System.IO.Path.Combine(source.ContentFolder, "site.yml").Replace('\\', '/')),
                $"program_start is needed to place \"{first.Text.Trim()}\" ({first.Location}){(others > 0 ? $" and {others} other months counted from the start" : string.Empty)}.",
                "program_start: the program's first month, e.g. \"program_start: October 2023\", in site.yml"));
        }

        return (tasks, undated);
    }

    /// <summary>
    /// The day a month cell names when it names one: a date cell of a day other than the 1st (a date
    /// typed into Excel), or text with its day ("9/22/2025", "October 15, 2025"); null for a month.
    /// </summary>
    private static DateSpan? DayOf(SourceCell cell, YearMonth month, System.Globalization.CultureInfo culture, YearMonth? programStart) =>
        cell.Date is { } date ? (date.Day == 1 ? null : DateSpan.Between(DateOnly.FromDateTime(date), DateOnly.FromDateTime(date)))
        : DatePhrase.Read(cell.Text, culture, programStart, month) is { Kind: SpanKind.Dated, Days: not SpanDays.None } days && days.First == month && days.Last == month ? days
        : null;

    /// <summary>A start and an end (as Start and End columns are read, "start – end") each a date, the end before the start; null for anything else.</summary>
    private static (string Start, string End)? Backwards(string text, System.Globalization.CultureInfo culture, YearMonth? programStart) =>
        text.Split(" – ") is [var start, var end]
        && DatePhrase.Read(start, culture, programStart) is { Kind: SpanKind.Dated } from
        && DatePhrase.Read(end, culture, programStart, from.First) is { Kind: SpanKind.Dated } to
        && (to.Last < from.First || (to.To is { } last && from.From is { } first && last < first))
            ? (start.Trim(), end.Trim())
            : null;

    /// <summary>A date written without its year placed more than half a year after the row above: said, so a year meant otherwise is seen.</summary>
    private static void WarnYearLeftOut(SourceCell cell, YearMonth placed, YearMonth? above, List<Diagnostic> diagnostics)
    {
        if (above is { } before && cell.Date is null && placed.MonthsSince(before) > 6 && !YearWritten().IsMatch(cell.Text))
        {
            diagnostics.Add(Diagnostic.Warning(
                cell.Location,
                $"\"{cell.Text.Trim()}\" has no year, so it was placed in {placed.Name(English)}, the first after the row above ({before.Name(English)}).",
                $"the year written beside it, such as \"{cell.Text.Trim()} {placed.Year - 1}\", if another is meant"));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}|'\d{2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}\b|-\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex YearWritten();

    private static CalendarTask Task(CalendarRow row, string id, YearMonth month, Assignment who) => new(
        id,
        month,
        row.Phase.Text.Trim(),
        row.Task.Text.Trim(),
        who,
        row.Notes.Text.Trim(),
        row.Task.Location);

    /// <summary>An activity due in a month the calendar does not reach is on no checklist: say which month, and where the calendar runs.</summary>
    private static void WarnMonthsWithoutPages(IReadOnlyList<Goal> goals, List<YearMonth> months, List<Diagnostic> diagnostics)
    {
        if (months.Count == 0)
        {
            return;
        }

        foreach (var activity in goals.SelectMany(g => g.Activities).Where(a => a.Timing.Kind == TimingKind.Due))
        {
            var outside = activity.Timing.Months.Where(m => m < months[0] || m > months[^1]).ToList();
            if (outside.Count > 0)
            {
                diagnostics.Add(Diagnostic.Warning(
                    activity.Source,
                    $"The timeline \"{activity.TimelineText}\" of activity {activity.Id} falls in {string.Join(" and ", outside.Select(m => m.Name(English)))}, which has no checklist page: the calendar runs from {months[0].Name(English)} to {months[^1].Name(English)}.",
                    "a timeline within the calendar's months, or calendar rows reaching that month"));
            }
        }
    }

    /// <summary>A month years away from the program start (or the calendar's first month) is most likely a mistyped year.</summary>
    private static void WarnFarMonths(List<CalendarTask> tasks, IReadOnlyList<Initiative> initiatives, YearMonth? programStart, List<Diagnostic> diagnostics)
    {
        if ((programStart ?? tasks.Select(t => (YearMonth?)t.Month).Min()) is not { } start)
        {
            return;
        }

        var dated = tasks.Select(t => (t.Month, t.Source))
            .Concat(initiatives.SelectMany(i => i.Benchmarks).Where(b => b.Month is not null).Select(b => (Month: b.Month!.Value, Source: b.Source)));
        // One warning per far month, at its first row: a month cell carried down over many rows is one problem.
        foreach (var far in dated.Where(d => Math.Abs(d.Month.MonthsSince(start)) > PlanYears.FarMonths).GroupBy(d => d.Month))
        {
            var others = far.Count() - 1;
            diagnostics.Add(Diagnostic.Warning(
                far.First().Source,
                $"{far.Key.Name(English)} is more than {PlanYears.FarMonths / 12} years from {(programStart is null ? "the calendar's first month" : "the program start")}, {start.Name(English)}{(others > 0 ? $" ({others} more {(others == 1 ? "row" : "rows")} in that month)" : string.Empty)}.",
                "a year within the plan's timeframe; check the year was typed right"));
        }
    }

    /// <summary>A task in a month before program_start makes the site start there, with months of nothing before the program: said once, at the first such row.</summary>
    private static void WarnBeforeStart(List<CalendarTask> tasks, YearMonth? programStart, List<Diagnostic> diagnostics)
    {
        if (programStart is { } start && tasks.Where(t => t.Month < start).MinBy(t => t.Month) is { } first)
        {
            var others = tasks.Count(t => t.Month < start) - 1;
            diagnostics.Add(Diagnostic.Warning(
                first.Source,
                $"This task is in {first.Month.Name(English)}, before the program starts ({start.Name(English)} in site.yml){(others > 0 ? $", as are {others} more" : string.Empty)}: the site starts with it.",
                "the year typed right, or program_start set to the program's first month"));
        }
    }

    /// <summary>Every month from the first (or the program start, if earlier) to the last, gaps included.</summary>
    private static List<YearMonth> MonthRange(IEnumerable<YearMonth> used, YearMonth? programStart)
    {
        var all = used.ToList();
        if (programStart is { } start)
        {
            all.Add(start);
        }

        if (all.Count == 0)
        {
            return [];
        }

        var first = all.Min();
        var last = all.Max();
        return Enumerable.Range(0, last.MonthsSince(first) + 1).Select(first.AddMonths).ToList();
    }

    private static List<Phase> Phases(IEnumerable<CalendarTask> tasks) =>
        tasks
            .Where(t => t.Phase.Length > 0)
            .GroupBy(t => Fold.Words(t.Phase))
            .Select(g => new Phase(g.First().Phase, Slug.From(g.First().Phase), g.Min(t => t.Month), g.Max(t => t.Month)))
            .OrderBy(p => p.First)
            .ThenBy(p => p.Last)
            .ToList();
}
