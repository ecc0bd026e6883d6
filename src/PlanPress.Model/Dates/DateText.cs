using System.Globalization;
using System.Text.RegularExpressions;
using PlanPress.Model.Text;

namespace PlanPress.Model.Dates;

/// <summary>What a date cell was read as: the day something is due by, or why not and what was probably meant.</summary>
/// <param name="Due">The day given, or the last day of the month or quarter given.</param>
public sealed record DateReading(DateOnly? Due, string? Suggestion = null)
{
    public YearMonth? Month => Due is { } due ? YearMonth.From(due) : null;
}

/// <summary>
/// Reads a due date the way plans write it: a date cell, "3/4/19" (day and month in the order of
/// the plan's language), "October 15, 2020", a month ("Feb 2024", "Oct-23", anything
/// <see cref="MonthText"/> reads) or a quarter of the program year ("by end of Q2"), with or
/// without "by", "by the end of" or "no later than" in front.
/// </summary>
public static partial class DateText
{
    public const string Expected =
        "a date such as \"3/4/2024\", \"October 15, 2024\", a month such as \"Feb 2024\", a quarter such as \"by end of Q2\", or a date cell";

    public static DateReading Read(SourceCell cell, CultureInfo culture, YearMonth? programStart)
    {
        if (cell.Date is { } date)
        {
            return new DateReading(DateOnly.FromDateTime(date));
        }

        var text = Lead().Replace(cell.Text.Trim(), string.Empty).Trim();
        if (text.Length == 0)
        {
            return new DateReading(null);
        }

        if (DayInIt().IsMatch(text) && DateTime.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return new DateReading(DateOnly.FromDateTime(day));
        }

        if (Quarter().Match(Fold.Words(text)) is { Success: true } quarter)
        {
            if (programStart is not { } start)
            {
                return new DateReading(null);
            }

            var number = int.Parse(quarter.Groups["n"].Value, CultureInfo.InvariantCulture);
            return number is >= 1 and <= 4 ? new DateReading(LastDay(start.AddMonths(number * 3 - 1))) : new DateReading(null);
        }

        var month = MonthText.Read(cell with { Text = text }, culture, programStart, previous: null);
        return month.Month is { } m ? new DateReading(LastDay(m)) : new DateReading(null, month.Suggestion);
    }

    private static DateOnly LastDay(YearMonth month) => month.AddMonths(1).FirstDay.AddDays(-1);

    /// <summary>Words that say "by this date" rather than being part of it.</summary>
    [GeneratedRegex(@"^(?:(?:no\s+later\s+than|not\s+later\s+than|by|before|due|on)\s+)?(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    /// <summary>Text with a day in it: "3/4/19", "2024-03-04", "October 15, 2020", "15 October 2020".</summary>
    [GeneratedRegex(@"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$|^\d{4}-\d{1,2}-\d{1,2}$|^\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$|^\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}$")]
    private static partial Regex DayInIt();

    /// <summary>"q2", "2nd quarter", "quarter 2", "second quarter" (already folded to lower-case words).</summary>
    [GeneratedRegex(@"^(?:q\s*(?<n>\d)|(?<n>\d)(?:st|nd|rd|th)?\s+quarter|quarter\s+(?<n>\d))(?:\s+of\s+(?:the\s+)?program(?:\s+year)?)?$")]
    private static partial Regex Quarter();
}
