using System.Globalization;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;

namespace PlanPress.Site;

/// <summary>Dates in words in the plan's language, one way for pages and feeds alike: "March 15, 2024", "15 de marzo de 2024".</summary>
public sealed class DateWords(CultureInfo culture, Translations text)
{
    /// <summary>A date in words, without the weekday.</summary>
    public string InWords(DateOnly date) =>
        date.ToString(culture.DateTimeFormat.LongDatePattern.Replace("dddd, ", string.Empty, StringComparison.Ordinal), culture);

    /// <summary>
    /// The due date in one format in the plan's language, whatever the cell held: a day ("March 29,
    /// 2024") or, when the plan named only a month, the month ("February 2024"); wording that said
    /// more ("by end of Q2") follows as a note. "Date not set" when there is no date. Moved by
    /// <paramref name="shift"/> months on a pair's booklet, where the note, in the program's months, is left out.
    /// </summary>
    public string DateShown(Benchmark benchmark, int shift = 0) => benchmark switch
    {
        { Due: { } due } when shift != 0 => benchmark.DueWritten == DateWritten.Month ? YearMonth.From(due).AddMonths(shift).Name(culture) : InWords(Shifted(due, shift)),
        { Due: { } due, DueWritten: DateWritten.Day } => InWords(due),
        { Due: { } due, DueWritten: DateWritten.Month } => YearMonth.From(due).Name(culture),
        { Due: { } due } => $"{InWords(due)} (“{benchmark.DateText}”)",
        { DateText.Length: > 0 } => $"{text["date-not-set"]} (“{benchmark.DateText}”)",
        _ => text["date-not-set"],
    };

    /// <summary>
    /// When a task falls, as its calendar row's date named it: its days ("October 6–10", "6–10 de
    /// octubre", "October 30 – November 3"), its part of the month ("Early October"), or the months
    /// it spans ("September – November 2025"); empty for one whole month, which its page already says.
    /// </summary>
    public string Span(DateSpan span)
    {
        var dayFirst = DateOrder.DayFirstInWords(culture);
        string MonthDay(DateOnly day) => day.ToString(culture.DateTimeFormat.MonthDayPattern, culture);
        return span switch
        {
            { Days: SpanDays.Exact, From: { } from, To: { } to } when from == to => MonthDay(from),
            { Days: SpanDays.Exact, From: { } from, To: { } to } when from.Month == to.Month && from.Year == to.Year =>
                dayFirst ? $"{from.Day}–{MonthDay(to)}" : $"{MonthDay(from)}–{to.Day}",
            { Days: SpanDays.Exact, From: { } from, To: { } to } => $"{MonthDay(from)} – {MonthDay(to)}",
            { Days: SpanDays.Part, From: { } from } => text[from.Day <= 10 ? "month-early" : from.Day <= 20 ? "month-mid" : "month-late", from.ToString("MMMM", culture)],
            _ when span.First == span.Last => string.Empty,
            _ when span.First.Year == span.Last.Year => $"{span.First.FirstDay.ToString("MMMM", culture)} – {span.Last.Name(culture)}",
            _ => $"{span.First.Name(culture)} – {span.Last.Name(culture)}",
        };
    }

    /// <summary>A day moved by whole months, the last day of a month staying the last (October 31 → February 29).</summary>
    public static DateOnly Shifted(DateOnly day, int months) =>
        day.AddDays(1).Day == 1 ? day.AddDays(1).AddMonths(months).AddDays(-1) : day.AddMonths(months);
}
