using System.Globalization;

namespace PlanPress.Model.Dates;

/// <summary>The order a language writes a date's day and month in: in digits ("3/14" or "14/3") and in words ("March 14" or "14 de marzo").</summary>
public static class DateOrder
{
    /// <summary>Whether "3/4/2024" is March 4 (en) rather than 3 April (es).</summary>
    public static bool MonthFirstInDigits(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.ShortDatePattern;
        return pattern.IndexOf('M', StringComparison.Ordinal) < pattern.IndexOf('d', StringComparison.Ordinal);
    }

    /// <summary>Whether a day is written before its month's name ("14 de marzo") rather than after it ("March 14").</summary>
    public static bool DayFirstInWords(CultureInfo culture) => culture.DateTimeFormat.MonthDayPattern.TrimStart('\'').StartsWith('d');
}
