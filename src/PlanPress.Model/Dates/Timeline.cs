using System.Globalization;
using System.Text.RegularExpressions;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;

namespace PlanPress.Model.Dates;

/// <summary>How a timeline places an item in the year.</summary>
public enum TimingKind
{
    /// <summary>The wording could not be read: listed under "timing not set".</summary>
    NotSet,

    /// <summary>Due by a day (or the end of a month or quarter), once or once in each of several periods.</summary>
    Due,

    /// <summary>Runs through a span of months ("year 1").</summary>
    During,

    /// <summary>Happens again and again ("each week by Friday, 4 pm"): a duty on every month's checklist.</summary>
    Recurring,

    /// <summary>Happens when something else does ("within a week of below standard progress"): listed as "as needed".</summary>
    AsNeeded,
}

/// <summary>What the wording of a date named: a day, a whole month, or a period whose end it is ("by end of Q2", "year 1").</summary>
public enum DateWritten
{
    /// <summary>A day ("March 29, 2024", "3/29/24", a date cell), or nothing written.</summary>
    Day,

    /// <summary>Just the month the date is the last day of ("Feb 2024", "2024-02").</summary>
    Month,

    /// <summary>Wording that says more than the day it resolves to ("by end of Q2", "month 6, year 1"): worth keeping beside the date.</summary>
    Period,
}

/// <summary>
/// What a timeline was read as: its kind, the months it appears in, the day it is due by (the
/// last, when there are several), and what was probably meant when it could not be read.
/// </summary>
/// <param name="Problem">Why the wording names no date a plan can have ("the year 1 is outside …"): an error, not a guess.</param>
public sealed record Timing(TimingKind Kind, IReadOnlyList<YearMonth> Months, DateOnly? Due, string? Suggestion = null, string? Problem = null)
{
    /// <summary>Why wording that looks like a date is none ("February 2024 has no 31st day"), for the warning.</summary>
    public string? Reason { get; init; }

    /// <summary>What the wording named, for showing <see cref="Due"/> as it was meant: a day, a month or a period.</summary>
    public DateWritten Written { get; init; }

    /// <summary>How a recurring timeline repeats, when its wording says ("each week by Friday, 4 pm"); null otherwise.</summary>
    public Recurrence? Recurrence { get; init; }

    public static readonly Timing NotSet = new(TimingKind.NotSet, [], null);

    public static Timing By(DateOnly due) => new(TimingKind.Due, [YearMonth.From(due)], due);

    public YearMonth? Month => Due is { } due ? YearMonth.From(due) : null;
}

/// <summary>
/// The one place that turns words into dates. Reads a date, month or timeline the way plans write
/// them: a date cell, "3/4/19" (day and month in the order of the plan's language), "October 15,
/// 2020", a month ("Feb 2024", anything <see cref="MonthText"/> reads), and wording relative to
/// the program start: "month 1, year 1", "by the end of month 6 year 1", "end of the first year",
/// "by the end of their 18th month", "No later than end of 3rd quarter", "once each of the 3rd and
/// 4th quarters of the program year", "year 1"; recurring ("each week by Friday, 4 pm") and
/// event-driven ("within a week of below standard progress") wording.
/// </summary>
public static partial class Timeline
{
    public const string Expected =
        "a date such as \"3/4/2024\" or \"October 15, 2024\", a month such as \"Feb 2024\", a time in the program such as \"month 2, year 1\", \"end of the first year\" or \"by end of Q2\", or a date cell";

    /// <summary>What is expected, with examples in the plan's own years (the year after its program start) and its language's day order.</summary>
    public static string ExpectedFor(YearMonth? programStart, CultureInfo culture)
    {
        if (programStart is not { } start)
        {
            return Expected;
        }

        var year = start.Year + 1;
        var monthFirst = DateOrder.MonthFirstInDigits(culture);
        var day = monthFirst ? $"3/14/{year}" : $"14/3/{year}";
        return $"a date such as \"{day}\" or \"October 15, {year}\", a month such as \"Feb {year}\", a time in the program such as \"month 2, year 1\", \"end of the first year\" or \"by end of Q2\", or a date cell";
    }

    /// <summary>The reason of a timing that is "TBD", "to be scheduled" or waits on an event: said in a note, not a warning.</summary>
    public const string NoTimeYet = "it names no time yet";

    public static Timing Read(SourceCell cell, CultureInfo culture, YearMonth? programStart)
    {
        var timing = ReadAnyYear(cell, culture, programStart);
        var months = timing.Due is { } due ? timing.Months.Append(YearMonth.From(due)) : timing.Months;
        if (months.Select(PlanYears.Problem).OfType<string>().FirstOrDefault() is { } problem)
        {
            return new Timing(TimingKind.NotSet, [], null, null, problem);
        }

        return timing.Due is { } day && cell.Date is null ? timing with { Written = WrittenAs(cell.Text.Trim(), day, culture) } : timing;
    }

    /// <summary>What <paramref name="text"/> named of the day it was read as: just that day, just its month, or a period ending on it.</summary>
    private static DateWritten WrittenAs(string text, DateOnly due, CultureInfo culture)
    {
        var isDay = text.Length == 0
            || (DateTime.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces, out var day) && DateOnly.FromDateTime(day) == due)
            || (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out day) && DateOnly.FromDateTime(day) == due);
        if (isDay)
        {
            return DateWritten.Day;
        }

        return MonthText.Read(new SourceCell(text, new SourceLocation(string.Empty)), culture, null, null).Month == YearMonth.From(due)
            ? DateWritten.Month
            : DateWritten.Period;
    }

    private static Timing ReadAnyYear(SourceCell cell, CultureInfo culture, YearMonth? programStart)
    {
        if (cell.Date is { } date)
        {
            return Timing.By(DateOnly.FromDateTime(date));
        }

        var words = Fold.Words(cell.Text);
        if (words.Length == 0)
        {
            return Timing.NotSet;
        }

        if (EventDriven().IsMatch(words))
        {
            return new Timing(TimingKind.AsNeeded, [], null);
        }

        if (Recurring().IsMatch(words))
        {
            return new Timing(TimingKind.Recurring, [], null) { Recurrence = Recurrence.Read(cell.Text) };
        }

        var text = Lead().Replace(cell.Text.Trim(), string.Empty).Trim();
        if (DayInIt().IsMatch(text))
        {
            return DateTime.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces, out var day)
                ? Timing.By(DateOnly.FromDateTime(day))
                : Timing.NotSet with { Reason = WhyNoDate(text, culture) };
        }

        var lead = Lead().Match(words);
        if (ReadRelative(words[lead.Length..].Trim(), byEnd: lead.Length > 0) is { } months)
        {
            return programStart is { } start ? months(start) : Timing.NotSet;
        }

        var month = MonthText.Read(cell with { Text = text }, culture, programStart, previous: null);
        if (month.Month is { } m)
        {
            return Timing.By(LastDay(m));
        }

        return DatePhrase.Read(cell.Text, culture, programStart) is { } span ? FromSpan(span) : new Timing(TimingKind.NotSet, [], null, month.Suggestion, month.Problem);
    }

    /// <summary>A date as people type it: a day, due by it; a span within a month, due by its end; a span of months, running through them; "ongoing", every month.</summary>
    private static Timing FromSpan(DateSpan span) => span.Kind switch
    {
        SpanKind.Ongoing => new Timing(TimingKind.Recurring, [], null),
        SpanKind.ToBeDecided => Timing.NotSet with { Reason = NoTimeYet },
        _ when span.First == span.Last => Timing.By(span.End),
        _ => new Timing(TimingKind.During, span.Months.ToList(), span.End),
    };

    /// <summary>Wording relative to the program start, as a function of that start; null when the wording is not relative.</summary>
    /// <param name="byEnd">Whether "by", "end of" or "no later than" came first: "by year 2" is due at its end, "year 1" runs through it.</param>
    private static Func<YearMonth, Timing>? ReadRelative(string words, bool byEnd)
    {
        if (MonthOfYear().Match(words) is { Success: true } monthOfYear)
        {
            var month = Number(monthOfYear.Groups["month"].Value);
            var year = monthOfYear.Groups["year"].Success ? Number(monthOfYear.Groups["year"].Value) : 1;
            return month is >= 1 and <= 12 || !monthOfYear.Groups["year"].Success
                ? start => EndOfProgramMonth(start, (year - 1) * 12 + month)
                : null;
        }

        if (Quarters().Match(words) is { Success: true } quarters)
        {
            var numbers = quarters.Groups["n"].Captures.Select(c => Number(c.Value)).ToList();
            if (numbers.Any(n => n is < 1 or > 4))
            {
                return null;
            }

            return start =>
            {
                // A school year's quarters end with it (its fourth in May or June), not in the summer after it.
                var ends = numbers.Select(n => LastDay(new ProgramYear(start).EndOf(n, 4))).ToList();
                return new Timing(TimingKind.Due, ends.Select(YearMonth.From).ToList(), ends.Max());
            };
        }

        if (Year().Match(words) is { Success: true } yearMatch)
        {
            var year = Number(yearMatch.Groups["year"].Value);
            if (byEnd)
            {
                return start => EndOfProgramMonth(start, year * 12);
            }

            return start => new Timing(
                TimingKind.During,
                Enumerable.Range((year - 1) * 12, 12).Select(start.AddMonths).ToList(),
                LastDay(start.AddMonths(year * 12 - 1)));
        }

        return null;
    }

    /// <summary>"31/02/2024" in en: "there is no month 31: the plan reads dates as month/day/year (language en)"; "2/30/2024": "February 2024 has no 30th day".</summary>
    private static string? WhyNoDate(string text, CultureInfo culture)
    {
        if (NumericDate().Match(text) is not { Success: true } date)
        {
            return null;
        }

        var monthFirst = DateOrder.MonthFirstInDigits(culture);
        var (first, second) = (int.Parse(date.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(date.Groups[2].Value, CultureInfo.InvariantCulture));
        var (month, dayOfMonth) = monthFirst ? (first, second) : (second, first);
        var yearText = date.Groups[3].Value;
        var year = int.Parse(yearText, CultureInfo.InvariantCulture) + (yearText.Length <= 2 ? 2000 : 0);
        var order = monthFirst ? "month/day/year" : "day/month/year";
        if (month is < 1 or > 12)
        {
            return $"there is no month {month}: the plan reads dates as {order} (language {culture.Name})";
        }

        if (year is >= 1 and <= 9999 && dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            var name = new DateTime(year, month, 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-US"));
            return $"{name} has no {OrdinalOf(dayOfMonth)} day (the plan reads dates as {order}, language {culture.Name})";
        }

        return null;
    }

    private static string OrdinalOf(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static Timing EndOfProgramMonth(YearMonth start, int month) =>
        month >= 1 ? Timing.By(LastDay(start.AddMonths(month - 1))) : Timing.NotSet;

    private static DateOnly LastDay(YearMonth month) => month.AddMonths(1).FirstDay.AddDays(-1);

    /// <summary>"3", "3rd", "third" → 3.</summary>
    private static int Number(string word) => word switch
    {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        _ => int.Parse(OrdinalSuffix().Replace(word, string.Empty), CultureInfo.InvariantCulture),
    };

    private const string Ordinal = @"(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth)";

    /// <summary>Words that say "by this date" rather than being part of it.</summary>
    [GeneratedRegex(@"^(?:(?:no\s+later\s+than|not\s+later\s+than|by|before|due|on|once)\s+)?(?:(?:the\s+)?end\s+of\s+)?(?:the\s+|their\s+|each\s+of\s+the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    /// <summary>Text with a day in it: "3/4/19", "2024-03-04", "October 15, 2020", "15 October 2020".</summary>
    [GeneratedRegex(@"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$|^\d{4}-\d{1,2}-\d{1,2}$|^\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$|^\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}$")]
    private static partial Regex DayInIt();

    [GeneratedRegex(@"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$")]
    private static partial Regex NumericDate();

    /// <summary>"month 6 year 1", "month 1, year1" (folded), "18th month", "month 2".</summary>
    [GeneratedRegex(@"^(?:month\s*(?<month>\d{1,2})(?:\s*(?:of\s+)?year\s*(?<year>\d))?|(?<month>\d{1,2})(?:st|nd|rd|th)\s+month)(?:\s+of\s+(?:the\s+)?(?:program|employment))?$")]
    private static partial Regex MonthOfYear();

    /// <summary>"first year", "year 2", "second year of employment".</summary>
    [GeneratedRegex(@"^(?:(?<year>" + Ordinal + @")\s+year|year\s*(?<year>\d))(?:\s+of\s+(?:the\s+)?(?:program|employment))?$")]
    private static partial Regex Year();

    /// <summary>"3rd quarter", "q2", "3rd and 4th quarters of the program year", "quarter 2".</summary>
    [GeneratedRegex(@"^(?:q\s*(?<n>\d)|quarter\s*(?<n>\d)|(?<n>" + Ordinal + @")(?:\s*(?:and|,|&)\s*(?<n>" + Ordinal + @"))*\s+quarters?)(?:\s+of\s+(?:the\s+)?program(?:\s+year)?)?$")]
    private static partial Regex Quarters();

    /// <summary>Wording that repeats: "each week", "every Friday", "weekly", "monthly".</summary>
    [GeneratedRegex(@"\b(?:each|every)\s+(?:week|day|month|school\s+day|monday|tuesday|wednesday|thursday|friday)\b|\b(?:weekly|daily|monthly|biweekly|fortnightly)\b")]
    private static partial Regex Recurring();

    /// <summary>Wording that waits for an event: "within a week of …", "as needed", "when …".</summary>
    [GeneratedRegex(@"^(?:within|as\s+needed|as\s+soon\s+as|when|whenever|after|upon|if)\b")]
    private static partial Regex EventDriven();

    [GeneratedRegex(@"(?:st|nd|rd|th)$")]
    private static partial Regex OrdinalSuffix();
}
