using System.Globalization;
using System.Text.RegularExpressions;
using PlanPress.Model.Dates;
using PlanPress.Model.Text;

namespace PlanPress.Model.Pairs;

/// <summary>
/// Reads when an entry of a pair's Mentoring Action Plan happens, as months of their booklet:
/// "every month", "each quarter", "every 2 months", "October and March", or any date or time in
/// the program the <see cref="Timeline"/> reads, "month 3" counting from the pair's own start.
/// </summary>
public static partial class MapWhen
{
    public const string Expected =
        "\"every month\", \"each quarter\", \"every 2 months\", month names such as \"October and March\", a month such as \"Feb 2024\", a date, or a time in their program such as \"month 3\" or \"end of Q2\"";

    /// <summary>The months among the pair's <paramref name="count"/> booklet months (from <paramref name="start"/>) the wording names; null when it cannot be read.</summary>
    public static IReadOnlyList<YearMonth>? Read(SourceCell cell, CultureInfo culture, YearMonth start, int count)
    {
        var booklet = Enumerable.Range(0, count).Select(start.AddMonths).ToList();
        var words = Fold.Words(cell.Text);
        if (cell.Date is null && Quarterly().IsMatch(words))
        {
            return Every(booklet, 3);
        }

        if (cell.Date is null && EveryFewMonths().Match(words) is { Success: true } every)
        {
            return Every(booklet, Step(every.Groups["n"].Value));
        }

        if (cell.Date is null && MonthNames(words, culture) is { } names)
        {
            return booklet.Where(m => names.Contains(m.Month)).ToList();
        }

        var timing = Timeline.Read(cell, culture, start);
        return timing.Kind switch
        {
            TimingKind.Recurring => booklet,
            TimingKind.Due or TimingKind.During => timing.Months.Distinct().ToList(),
            _ => null,
        };
    }

    /// <summary>Every <paramref name="step"/>th month, the first at the end of the first period: "each quarter" is months 3, 6, 9 and 12.</summary>
    private static List<YearMonth> Every(List<YearMonth> booklet, int step) =>
        booklet.Where((_, i) => (i + 1) % step == 0).ToList();

    private static int Step(string word) => word switch
    {
        "other" or "second" or "two" => 2,
        "three" or "third" => 3,
        "four" or "fourth" => 4,
        "six" or "sixth" => 6,
        _ => Math.Max(1, int.Parse(word, CultureInfo.InvariantCulture)),
    };

    /// <summary>"October and March", "Oct, Jan, Apr": every word a month name (joined by and, commas); null otherwise.</summary>
    private static HashSet<int>? MonthNames(string words, CultureInfo culture)
    {
        var parts = words.Split([' '], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("and" or "y" or "in")).ToList();
        var months = parts.Select(p => MonthText.MonthOfName(p, culture)).ToList();
        return parts.Count > 0 && months.All(m => m is not null) ? months.Select(m => m!.Value).ToHashSet() : null;
    }

    [GeneratedRegex(@"^(?:(?:each|every|once\s+a|once\s+each)\s+quarter|quarterly|cada\s+trimestre|trimestral(?:mente)?)$")]
    private static partial Regex Quarterly();

    [GeneratedRegex(@"^(?:every|each)\s+(?<n>\d{1,2}|other|second|two|three|third|four|fourth|six|sixth)\s+months?$")]
    private static partial Regex EveryFewMonths();
}
