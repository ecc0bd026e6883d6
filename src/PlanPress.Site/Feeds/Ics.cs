using System.Globalization;
using System.Text;
using PlanPress.Model.Dates;

namespace PlanPress.Site.Feeds;

/// <summary>One event of a calendar feed: all day on <see cref="Day"/>, or from its <see cref="Time"/> for an hour; repeating when it has a <see cref="Repeats"/>.</summary>
/// <param name="Time">The time of day, floating (in the reader's own time zone); null for all day.</param>
/// <param name="Repeats">How it repeats, until <paramref name="Until"/>; null for once.</param>
public sealed record IcsEvent(string Uid, DateOnly Day, string Summary, string Description, Uri? Url, TimeOnly? Time = null, Recurrence? Repeats = null, DateOnly Until = default)
{
    /// <summary>The last day of an all-day event of several days ("Oct 6–10"); null for one day.</summary>
    public DateOnly? LastDay { get; init; }

    /// <summary>How many days before it a subscribed calendar reminds its owner (a VALARM); 0 for no reminder.</summary>
    public int ReminderDays { get; init; }
}

/// <summary>
/// The one iCalendar writer (RFC 5545) of the plan's and the portal's feeds: events written as
/// content lines, text escaped, lines folded at 75 octets. Ical.Net reads its output back in the tests.
/// </summary>
public static class Ics
{
    private const int Octets = 75;

    /// <summary>A calendar named <paramref name="name"/> holding the events, each already written by <see cref="Event"/>.</summary>
    public static string Calendar(string productId, string name, IEnumerable<string> events)
    {
        var text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").Append(Fold($"PRODID:{productId}")).Append(Fold($"X-WR-CALNAME:{Escape(name)}"));
        foreach (var item in events)
        {
            text.Append(item);
        }

        return text.Append("END:VCALENDAR\r\n").ToString();
    }

    /// <param name="stamp">When the event's information last changed: the day the plan did.</param>
    public static string Event(IcsEvent item, DateOnly stamp)
    {
        var text = new StringBuilder("BEGIN:VEVENT\r\n")
            .Append("DTSTAMP:").Append(Day(stamp)).Append("T000000Z\r\n")
            .Append(Fold($"UID:{item.Uid}"));
        if (item.Time is { } time)
        {
            var start = item.Day.ToDateTime(time);
            text.Append("DTSTART:").Append(Moment(start)).Append("\r\nDTEND:").Append(Moment(start.AddHours(1))).Append("\r\n");
        }
        else
        {
            text.Append("DTSTART;VALUE=DATE:").Append(Day(item.Day)).Append("\r\nDTEND;VALUE=DATE:").Append(Day((item.LastDay ?? item.Day).AddDays(1))).Append("\r\n");
        }

        text.Append(Fold($"SUMMARY:{Escape(item.Summary)}"));
        if (item.Description.Length > 0)
        {
            text.Append(Fold($"DESCRIPTION:{Escape(item.Description)}"));
        }

        if (item.Url is { } url)
        {
            text.Append(Fold($"URL:{url.AbsoluteUri}"));
        }

        if (item.Repeats is { } rule)
        {
            // UNTIL is of DTSTART's kind: a day for an all-day event, a floating time for a timed one.
            var until = item.Time is null ? Day(item.Until) : Day(item.Until) + "T235959";
            var frequency = rule.Frequency switch { Frequency.Daily => "DAILY", Frequency.Monthly => "MONTHLY", _ => "WEEKLY" };
            var day = rule.Day is { } weekday ? ";BYDAY=" + weekday.ToString()[..2].ToUpperInvariant() : string.Empty;
            text.Append(Fold($"RRULE:FREQ={frequency};INTERVAL={rule.Interval}{day};UNTIL={until}"));
        }

        if (item.ReminderDays > 0)
        {
            // RFC 5545 3.6.6: a display alarm so many days before the event starts.
            text.Append("BEGIN:VALARM\r\nACTION:DISPLAY\r\n").Append(Fold($"DESCRIPTION:{Escape(item.Summary)}"))
                .Append("TRIGGER:-P").Append(item.ReminderDays.ToString(CultureInfo.InvariantCulture)).Append("D\r\nEND:VALARM\r\n");
        }

        return text.Append("END:VEVENT\r\n").ToString();
    }

    /// <summary>A logical line as written: broken before 75 octets of UTF-8 (never inside a character), each continuation led by a space, ended by CRLF.</summary>
    public static string Fold(string line)
    {
        // Most lines are short ASCII: a character is an octet, and there is nothing to break.
        if (line.Length <= Octets && System.Text.Ascii.IsValid(line))
        {
            return line + "\r\n";
        }

        var folded = new StringBuilder(line.Length + 8);
        var octets = 0;
        var limit = Octets;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                folded.Append("\r\n ");
                octets = 0;
                limit = Octets - 1;
            }

            folded.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        return folded.Append("\r\n").ToString();
    }

    /// <summary>Text as an iCalendar TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '\\' or ';' or ',' => escaped.Append('\\').Append(c),
                '\r' when i + 1 < text.Length && text[i + 1] == '\n' => escaped,
                '\r' or '\n' => escaped.Append("\\n"),
                _ when char.IsControl(c) => escaped,
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Moment(DateTime moment) => moment.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
