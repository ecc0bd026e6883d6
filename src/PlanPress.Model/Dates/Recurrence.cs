using System.Globalization;
using System.Text.RegularExpressions;
using PlanPress.Model.Text;

namespace PlanPress.Model.Dates;

public enum Frequency
{
    Daily,
    Weekly,
    Monthly,
}

/// <summary>
/// How a recurring duty repeats, as a calendar can say it: "each week by Friday, 4 pm" is weekly
/// on Friday at 16:00; "every other Monday" every second week on Monday; "monthly" each month.
/// </summary>
/// <param name="Day">The weekday it falls on, when the wording names one.</param>
/// <param name="Time">The time of day, when the wording gives one ("4 pm", "8:30 am", "16:00").</param>
public sealed partial record Recurrence(Frequency Frequency, int Interval, DayOfWeek? Day, TimeOnly? Time)
{
    /// <summary>The recurrence a recurring timeline describes, or null when its wording says no more than "recurring".</summary>
    public static Recurrence? Read(string wording)
    {
        var words = Fold.Words(wording);
        DayOfWeek? day = null;
        foreach (var (name, value) in Weekdays)
        {
            if (Regex.IsMatch(words, $@"\b{name}s?\b"))
            {
                day = value;
                break;
            }
        }

        var interval = Regex.IsMatch(words, @"\b(?:biweekly|fortnightly|every\s+other|every\s+two|each\s+other)\b") ? 2 : 1;
        Frequency? frequency =
            Regex.IsMatch(words, @"\b(?:daily|each\s+day|every\s+day|each\s+school\s+day|every\s+school\s+day)\b") ? Frequency.Daily
            : Regex.IsMatch(words, @"\b(?:monthly|each\s+month|every\s+month)\b") ? Frequency.Monthly
            : day is not null || Regex.IsMatch(words, @"\b(?:weekly|biweekly|fortnightly|each\s+week|every\s+week|every\s+other\s+week)\b") ? Frequency.Weekly
            : null;
        return frequency is { } f ? new Recurrence(f, interval, f == Frequency.Weekly ? day : null, TimeOf(wording)) : null;
    }

    private static readonly (string Name, DayOfWeek Day)[] Weekdays =
    [
        ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday),
        ("thursday", DayOfWeek.Thursday), ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday), ("sunday", DayOfWeek.Sunday),
    ];

    /// <summary>"4 pm", "4:30 p.m.", "8 am", "16:00".</summary>
    private static TimeOnly? TimeOf(string wording)
    {
        if (TwelveHour().Match(wording) is { Success: true } twelve)
        {
            var hour = int.Parse(twelve.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = twelve.Groups["m"].Success ? int.Parse(twelve.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var pm = char.ToLowerInvariant(twelve.Groups["ampm"].Value[0]) == 'p';
            return hour is >= 1 and <= 12 && minute < 60 ? new TimeOnly((hour % 12) + (pm ? 12 : 0), minute) : null;
        }

        if (TwentyFourHour().Match(wording) is { Success: true } clock)
        {
            var hour = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture);
            return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
        }

        return null;
    }

    /// <summary>
    /// For a weekly duty, the days it falls on in a month: each of its weekday ("every other"
    /// Friday: every second, from the first), or without a weekday the first day of each week
    /// (the 1st, then each Monday). Empty for a daily or monthly duty.
    /// </summary>
    public IReadOnlyList<DateOnly> WeeksIn(YearMonth month)
    {
        if (Frequency != Frequency.Weekly)
        {
            return [];
        }

        var first = month.FirstDay;
        var days = new List<DateOnly>();
        if (Day is null)
        {
            // Without a weekday: the 1st, then the Monday each later week starts on.
            days.Add(first);
        }

        var start = Day is null ? first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7) : FirstOnOrAfter(first);
        for (var day = start; day.Month == first.Month; day = day.AddDays(7 * Interval))
        {
            if (day != first || Day is not null)
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>The first day on or after <paramref name="from"/> that the duty falls on.</summary>
    public DateOnly FirstOnOrAfter(DateOnly from)
    {
        if (Day is not { } day)
        {
            return from;
        }

        var days = ((int)day - (int)from.DayOfWeek + 7) % 7;
        return from.AddDays(days);
    }

    [GeneratedRegex(@"\b(?<h>\d{1,2})(?::(?<m>\d{2}))?\s*(?<ampm>[ap])\.?\s*m\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex TwelveHour();

    [GeneratedRegex(@"\b(?<h>\d{1,2}):(?<m>\d{2})\b")]
    private static partial Regex TwentyFourHour();
}
