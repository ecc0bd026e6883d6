using System.Globalization;
using PlanPress.Model.Dates;
using PlanPress.Model.Meetings;
using PlanPress.Model.Pairs;

namespace PlanPress.Site.Pages;

/// <summary>A month's meetings as a page says them (a count and time, never a name), and the form to log one, its month filled in; null without a form.</summary>
public sealed record MeetingLine(string Text, string? Form);

/// <summary>A meeting on a pair's booklet: the day (or month) and how long.</summary>
public sealed record LoggedMeeting(string When, string Time, bool Met);

/// <summary>A pair's meetings on their booklet: each logged, and their time so far against mentoring_hours.</summary>
public sealed record PairMeetings(IReadOnlyList<LoggedMeeting> Meetings, string Total, string? Form);

/// <summary>The meeting log as the site and the pairs' booklets show it.</summary>
public static class MeetingViews
{
    /// <summary>The month's line on its page, its sheet and the home page; null when the plan keeps no meeting log.</summary>
    public static MeetingLine? Line(PageContext context, YearMonth month)
    {
        var log = context.Plan.Meetings;
        if (!log.Kept)
        {
            return null;
        }

        var counted = log.In(month);
        var name = month.Name(context.Culture);
        var time = Duration.Text(counted.Minutes);
        var text = counted switch
        {
            { PairsMet: 0 } => context.T["meetings-none", name],
            { Pairs: { } pairs } => context.T.Plural("meetings-of-pairs", counted.PairsMet, pairs, name, time),
            // Without the Pairs sheet (the public build) a name typed two ways would count as two pairs: the meetings are counted instead.
            _ => context.T.Plural("meetings-logged", counted.Meetings, name, time),
        };
        return new MeetingLine(text, Form(context, month, null));
    }

    /// <summary>A pair's line on their sheet for a month: what they logged for it.</summary>
    public static MeetingLine? Line(PageContext context, Pair pair, YearMonth month)
    {
        var log = context.Plan.Meetings;
        // A pair's booklet runs past the plan's last month when they started late: nothing is logged for those months.
        if (!log.Kept || !context.Plan.Months.Contains(month))
        {
            return null;
        }

        var theirs = log.Of(pair).Where(m => m.Met && m.Month == month).ToList();
        var name = month.Name(context.Culture);
        var text = theirs.Count == 0
            ? context.T["meetings-pair-none", name]
            : context.T.Plural("meetings-pair", theirs.Count, name, Duration.Text(theirs.Sum(m => m.Minutes ?? 0)));
        return new MeetingLine(text, Form(context, month, pair));
    }

    /// <summary>All a pair logged, for the start of their booklet; null when the plan keeps no meeting log.</summary>
    public static PairMeetings? Of(PageContext context, Pair pair)
    {
        var log = context.Plan.Meetings;
        if (!log.Kept)
        {
            return null;
        }

        var theirs = log.Of(pair);
        var minutes = theirs.Where(m => m.Met).Sum(m => m.Minutes ?? 0);
        var total = context.Plan.Settings.MentoringHours is { } hours
            ? context.T["meetings-total-of", Duration.Text(minutes), hours]
            : context.T["meetings-total", Duration.Text(minutes)];
        return new PairMeetings(
            theirs.Select(m => new LoggedMeeting(
                // The day, when it is one of the month met for (a meeting date, or a form sent that month); else the month.
                m.Day is { } day && YearMonth.From(day) == m.Month ? context.Dates.InWords(day) : m.Month.Name(context.Culture),
                m.Minutes is { } time ? Duration.Text(time) : string.Empty,
                m.Met)).ToList(),
            total,
            Form(context, context.AsOfMonth, pair));
    }

    /// <summary>log_form with the month (in the workbooks' language, as the form's choices are written) and the pair filled in; null without one.</summary>
    private static string? Form(PageContext context, YearMonth month, Pair? pair)
    {
        var settings = context.Plan.Settings;
        return settings.LogForm.Length == 0
            ? null
            : settings.LogForm
                .Replace("{month}", Uri.EscapeDataString(month.Name(CultureInfo.GetCultureInfo(settings.Languages[0]))), StringComparison.Ordinal)
                .Replace("{pair}", pair is null ? string.Empty : Uri.EscapeDataString(pair.Names), StringComparison.Ordinal);
    }
}
