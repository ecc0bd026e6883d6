using System.Globalization;
using System.Text.RegularExpressions;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Pairs;
using PlanPress.Model.Text;

namespace PlanPress.Model.Meetings;

/// <summary>
/// The meeting-log form's responses resolved against the plan: each row's month (the month it names,
/// else the month of its date), its pair (a known pair, or the names as written), whether they met and
/// for how long. A row that cannot be counted is a warning naming it, never a name: build output may be public.
/// </summary>
public static partial class MeetingResolver
{
    private static readonly string[] Yes = ["yes", "y", "si", "true", "met", "x", "✓", "✔"];
    private static readonly string[] No = ["no", "n", "false", "did not meet", "didnt meet", "not met", "no nos reunimos"];

    public static MeetingLog Resolve(IReadOnlyList<MeetingRow> rows, IReadOnlyList<YearMonth> months, IReadOnlyList<Pair> pairs, SiteSettings settings, List<Diagnostic> diagnostics)
    {
        var culture = settings.Culture;
        var meetings = new List<Meeting>();
        var span = months.Count > 0 ? $"{months[0].Name(culture)} – {months[^1].Name(culture)}" : "none";
        foreach (var row in rows)
        {
            var day = Day(row.When, culture);
            var month = MonthOf(row.Month, culture, settings.ProgramStart, months, day);
            if (month is null)
            {
                diagnostics.Add(Diagnostic.Warning(row.Row, row.Month.IsBlank && day is null
                    ? "The response names no month and has no date; it is not counted."
                    : $"The response's month \"{(row.Month.IsBlank ? row.When.Text : row.Month.Text)}\" cannot be read; it is not counted.", "the month met for, such as \"October 2023\" or \"October\", or the form's timestamp"));
                continue;
            }

            if (!months.Contains(month.Value))
            {
                diagnostics.Add(Diagnostic.Warning(row.Row, $"The response is for {month.Value.Name(culture)}, which is not a month of the plan ({span}); it is not counted.", "a month of the plan"));
                continue;
            }

            var who = string.Join(" ", row.Who.Select(c => c.Text)).Trim();
            var pair = pairs.FirstOrDefault(p => Names(who, p));
            if (who.Length == 0 || (pairs.Count > 0 && pair is null))
            {
                diagnostics.Add(Diagnostic.Warning(row.Row, who.Length == 0
                    ? "The response names no mentor or pair; it is not counted."
                    : "The response names no pair of the Pairs sheet; it is not counted.", "the mentor's or the protégé's name as the Pairs sheet writes it"));
                continue;
            }

            var minutes = Minutes(row.Time, row.Hours);
            if (minutes is null && !row.Time.IsBlank)
            {
                diagnostics.Add(Diagnostic.Warning(row.Time.Location, $"The time \"{row.Time.Text}\" cannot be read; the meeting is counted without its time.", "minutes or hours, such as 45, \"1 h 30 min\", \"1.5 hours\" or 1:30"));
            }

            var met = Met(row.Met, minutes);
            if (met is null)
            {
                diagnostics.Add(Diagnostic.Warning(row.Met.Location, $"\"{row.Met.Text}\" does not say whether the pair met; it is counted as met.", "Yes or No"));
            }

            meetings.Add(new Meeting(row.Row, day, month.Value, pair?.Slug ?? Fold.Compact(who), pair, met ?? true, minutes, row.Notes.Text.Trim()));
        }

        return new MeetingLog(meetings, pairs.Count > 0 ? pairs.Count : null) { Kept = true };
    }

    /// <summary>Whether the names a response gives are a pair's: the mentor's or the protégé's full name among them.</summary>
    private static bool Names(string who, Pair pair)
    {
        var folded = Fold.Compact(who);
        return (Fold.Compact(pair.Mentor) is { Length: > 0 } mentor && folded.Contains(mentor, StringComparison.Ordinal))
            || (Fold.Compact(pair.Protege) is { Length: > 0 } protege && folded.Contains(protege, StringComparison.Ordinal));
    }

    /// <summary>The day of a date cell or of a timestamp written as text ("10/16/2023 15:42:10", "2023-10-16").</summary>
    private static DateOnly? Day(SourceCell cell, CultureInfo culture)
    {
        if (cell.Date is { } date)
        {
            return DateOnly.FromDateTime(date);
        }

        var text = cell.Text.Trim();
        foreach (var reading in new[] { culture, CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("en-US") })
        {
            if (text.Length > 0 && DateTime.TryParse(text, reading, DateTimeStyles.AllowWhiteSpaces, out var parsed))
            {
                return DateOnly.FromDateTime(parsed);
            }
        }

        return null;
    }

    /// <summary>The month a response is for: the month it names ("October 2023", or "October" in the plan's year), else its day's.</summary>
    private static YearMonth? MonthOf(SourceCell cell, CultureInfo culture, YearMonth? programStart, IReadOnlyList<YearMonth> months, DateOnly? day)
    {
        if (cell.IsBlank)
        {
            return day is { } d ? YearMonth.From(d) : null;
        }

        if (MonthText.Read(cell, culture, programStart, null).Month is { } month)
        {
            return month;
        }

        // A form's drop-down of month names alone: the plan's month of that name, the one before the day sent when it has two.
        if (MonthText.MonthOfName(cell.Text.Trim(), culture) is { } number)
        {
            var named = months.Where(m => m.Month == number).ToList();
            return named.LastOrDefault(m => day is not { } d || m.FirstDay <= d) is { } fits ? fits : named.FirstOrDefault() is { Year: > 0 } first ? first : null;
        }

        return null;
    }

    /// <summary>Yes, no, or null when the cell says neither; a blank cell is a yes when a time is given or the form asks nothing.</summary>
    private static bool? Met(SourceCell cell, int? minutes)
    {
        var text = Fold.Compact(cell.Text);
        return cell.IsBlank ? minutes is not 0
            : Yes.Any(y => Fold.Compact(y) == text) ? true
            : No.Any(n => Fold.Compact(n) == text) ? false
            : null;
    }

    /// <summary>Minutes from "45", "45 min", "1 h 30 min", "1.5 hours", "1:30" or a time cell; a bare number counts hours when the header does.</summary>
    public static int? Minutes(SourceCell cell, bool hours)
    {
        if (cell.Date is { } date)
        {
            return (int)Math.Round(date.TimeOfDay.TotalMinutes + (date.Date > new DateTime(1900, 1, 1) ? 0 : (date.Date - new DateTime(1899, 12, 30)).TotalDays * 24 * 60));
        }

        var text = cell.Text.Trim().ToLowerInvariant().Replace(',', '.');
        if (text.Length == 0)
        {
            return null;
        }

        if (Clock().Match(text) is { Success: true } clock)
        {
            return int.Parse(clock.Groups[1].Value, CultureInfo.InvariantCulture) * 60 + int.Parse(clock.Groups[2].Value, CultureInfo.InvariantCulture);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0)
        {
            return (int)Math.Round(hours ? number * 60 : number);
        }

        var parts = Part().Matches(text);
        if (parts.Count == 0 || Part().Replace(text, string.Empty).Trim(' ', '.', '&', 'y', 'a', 'n', 'd') is { Length: > 0 })
        {
            return null;
        }

        return (int)Math.Round(parts.Sum(p => double.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture) * (p.Groups[2].Value.StartsWith('h') ? 60 : 1)));
    }

    [GeneratedRegex(@"\A(\d{1,2}):(\d{2})(?::00)?\z")]
    private static partial Regex Clock();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*(hours?|hrs?|horas?|h|minutes?|mins?|minutos?|m)\b")]
    private static partial Regex Part();
}
