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
    /// <summary>The first word of an answer that says they met, or that they did not; any other answer says neither.</summary>
    private static readonly string[] Yes = ["yes", "y", "si", "true", "met", "x", "✓", "✔"];
    private static readonly string[] No = ["no", "n", "false", "didnt", "did", "not"];

    /// <summary>Each response counted once: for a month of the plan, from a pair (known, or as named), or a warning at its row that names no one.</summary>
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
                // The answer itself is not quoted: build output may be public, and an answer may hold a name.
                diagnostics.Add(Diagnostic.Warning(row.Month.IsBlank ? row.Row : row.Month.Location, row.Month.IsBlank && day is null
                    ? "The response names no month and has no date; it is not counted."
                    : "The response's month cannot be read; it is not counted.", "the month met for, such as \"October 2023\" or \"October\", or the form's timestamp"));
                continue;
            }

            if (!months.Contains(month.Value))
            {
                diagnostics.Add(Diagnostic.Warning(row.Row, $"The response is for {month.Value.Name(culture)}, which is not a month of the plan ({span}); it is not counted.", "a month of the plan"));
                continue;
            }

            var names = Names(row.Who);
            var matched = pairs.Where(p => names.Contains(Fold.Compact(p.Mentor)) || names.Contains(Fold.Compact(p.Protege))).ToList();
            // A mentor of two pairs is told apart by the protégé's name beside theirs.
            var pair = matched.Count > 1 ? matched.Where(p => names.Contains(Fold.Compact(p.Mentor)) && names.Contains(Fold.Compact(p.Protege))).ToList() is [var both] ? both : null : matched.FirstOrDefault();
            if (names.Count == 0 || (pairs.Count > 0 && pair is null))
            {
                diagnostics.Add(Diagnostic.Warning(row.Row, names.Count == 0
                    ? "The response names no mentor or pair; it is not counted."
                    : matched.Count > 1 ? $"The response names someone of {matched.Count} pairs; it is not counted." : "The response names no pair of the Pairs sheet; it is not counted.", "the mentor's or the protégé's name as the Pairs sheet writes it (both, for a mentor of two pairs)"));
                continue;
            }

            if (pair is not null && month.Value < pair.Start)
            {
                diagnostics.Add(Diagnostic.Warning(row.Row, $"The response is for {month.Value.Name(culture)}, before the pair's first month ({pair.Start.Name(culture)}); it is not counted.", "the pair's start month on the Pairs sheet, or the month of the meeting"));
                continue;
            }

            var minutes = row.Time.Select(t => (t.Cell, Minutes: Minutes(t.Cell, t.Hours))).ToList();
            // "1.5" under a question in minutes is an hour and a half: nobody logs a meeting of a minute and a half.
            foreach (var (cell, few) in minutes.Where(m => m.Minutes is > 0 and <= 4 && double.TryParse(m.Cell.Text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out _)).ToList())
            {
                minutes[minutes.FindIndex(m => m.Cell == cell)] = (cell, Minutes(cell, hours: true));
                diagnostics.Add(Diagnostic.Note(cell.Location, "A meeting of a few minutes is unlikely: this number is taken as hours.", "minutes, or the unit written beside the number (\"1.5 h\", \"90 min\")"));
            }

            foreach (var (cell, _) in minutes.Where(m => m.Minutes is null && !m.Cell.IsBlank))
            {
                diagnostics.Add(Diagnostic.Warning(cell.Location, "The time cannot be read; the meeting is counted without it.", "minutes or hours, such as 45, \"1 h 30 min\", \"1.5 hours\" or 1:30"));
            }

            int? time = minutes.Any(m => m.Minutes is not null) ? minutes.Sum(m => m.Minutes ?? 0) : null;
            var met = Met(row.Met, time);
            if (met is null)
            {
                diagnostics.Add(Diagnostic.Warning(row.Met.Location, "The answer does not say whether the pair met; it is counted as not met.", "Yes or No"));
            }

            meetings.Add(new Meeting(row.Row, day, month.Value, pair?.Slug ?? string.Join(" ", names.Order(StringComparer.Ordinal)), pair, met ?? false, time, row.Notes.Text.Trim()));
        }

        return new MeetingLog(Once(meetings), pairs) { Kept = true };
    }

    /// <summary>A meeting that the mentor and the protégé both logged (the same pair, day and month) counted once, with the longer time.</summary>
    private static List<Meeting> Once(List<Meeting> meetings) =>
        meetings
            .GroupBy(m => m.Day is null ? (object)m.Row : (m.PairKey, m.Day, m.Month, m.Met))
            .Select(g => g.OrderByDescending(m => m.Minutes ?? -1).First())
            .OrderBy(m => meetings.IndexOf(m))
            .ToList();

    /// <summary>The names a response gives, each folded whole: a cell may hold one, or both joined ("Dana Whitfield & Marco Alvarez").</summary>
    private static HashSet<string> Names(IEnumerable<SourceCell> cells) =>
        cells.SelectMany(c => NameSeparators().Split(c.Text))
            .Select(Fold.Compact)
            .Where(n => n.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

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

        // A form's drop-down of month names alone: the plan's month of that name, the last one begun by the day sent when it has two.
        if (MonthText.MonthOfName(cell.Text.Trim(), culture) is { } number)
        {
            var named = months.Where(m => m.Month == number).ToList();
            return named.Count == 0 ? null : day is { } d && named.LastOrDefault(m => m.FirstDay <= d) is { Year: > 0 } fits ? fits : named[0];
        }

        return MonthText.Read(cell, culture, programStart, null).Month;
    }

    /// <summary>Yes or no by the answer's first word ("Yes, twice", "No – rescheduled"), or null when it says neither; a blank answer is a yes unless the time is none.</summary>
    private static bool? Met(SourceCell cell, int? minutes)
    {
        var first = Fold.Words(cell.Text).Split(' ')[0];
        var mark = cell.Text.Trim();
        return first.Length == 0 && !Yes.Contains(mark) ? minutes is not 0
            : Yes.Contains(first) || Yes.Contains(mark) ? true
            : No.Contains(first) ? false
            : null;
    }

    /// <summary>Minutes from "45", "45 min", "1 h 30 min", "1.5 hours", "1:30" or a time cell; a bare number counts hours when the header does.</summary>
    public static int? Minutes(SourceCell cell, bool hours)
    {
        // A duration cell (1:30) is a time of the spreadsheet's day zero.
        if (cell.Date is { } date)
        {
            return date.Year < 1900 || (date.Year == 1900 && date.DayOfYear == 1) ? (int)Math.Round(date.TimeOfDay.TotalMinutes) : null;
        }

        var text = cell.Text.Trim().ToLowerInvariant().Replace(',', '.');
        if (text.Length == 0)
        {
            return null;
        }

        if (Compact().Match(text) is { Success: true } run)
        {
            return int.Parse(run.Groups[1].Value, CultureInfo.InvariantCulture) * 60 + int.Parse(run.Groups[2].Value, CultureInfo.InvariantCulture);
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

    [GeneratedRegex(@"\A(\d{1,3}):(\d{2})(?::\d{2})?\z")]
    private static partial Regex Clock();

    /// <summary>"1h30", "1 h 30".</summary>
    [GeneratedRegex(@"\A(\d{1,3})\s*h\s*(\d{1,2})\z")]
    private static partial Regex Compact();

    [GeneratedRegex(@"\s*(?:&|\+|/|,|;|\band\b|\by\b|\bwith\b|\bcon\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparators();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*(hours?|hrs?|horas?|h|minutes?|mins?|minutos?|m)\b")]
    private static partial Regex Part();
}
