using System.Globalization;
using PlanPress.Model.Text;

namespace PlanPress.Model.Dates;

/// <summary>
/// Reads a date the way people type it in a plan, in English or Spanish: a day ("Sept 22", "9/22"),
/// a range of days ("Oct 6–10", "March 3-7, 2026", "del 6 al 10 de octubre"), a list of days or
/// months ("September 16 & 18", "October, January, May"), a week ("week of Sept 22", "semana del
/// 18 de agosto"), part of a month ("late January", "mid-March", "principios de noviembre"), a
/// month or a range of months ("Sept–May"), a season ("Fall 2025", "otoño"), a semester, trimester
/// or quarter of the program year ("Spring semester", "Q4"), a school year ("2025-26"), and phrases
/// that name no time ("TBD", "ongoing"). A year left out is the one the plan is in: the first such
/// month on or after <c>previous</c> (the rows above) or the program start. A list spans from its
/// first to its last item; its days, not being one run, are not kept.
/// </summary>
public static class DatePhrase
{
    /// <returns>What the phrase names; null when it is not a date phrase this reader knows.</returns>
    public static DateSpan? Read(string text, CultureInfo culture, YearMonth? programStart, YearMonth? previous = null)
    {
        if (text.Length > 120)
        {
            return null;
        }

        var plain = PhraseText.Plain(text);
        if (PhraseText.HasAny(plain, PhraseWords.Ongoing))
        {
            return DateSpan.Ongoing;
        }

        // "Oct TBA", "octubre, por determinar": the month is known, the day is not.
        var undecided = PhraseText.HasAny(plain, PhraseWords.Undecided);
        var words = PhraseText.Normalise(undecided ? PhraseText.Without(Fold.RemoveDiacritics(text).ToLowerInvariant(), PhraseWords.Undecided) : text);

        var span = (words.Length == 0 ? null : Dated(words, culture, programStart, previous ?? programStart))
            ?? Dated(PhraseText.Normalise(text, remarks: true), culture, programStart, previous ?? programStart);
        // Wording that waits on something else ("within 5 school days of …", "upon request") names no time yet.
        return span ?? (undecided || PhraseText.WaitsOnEvent(plain) ? DateSpan.ToBeDecided : null);
    }

    private static DateSpan? Dated(string words, CultureInfo culture, YearMonth? programStart, YearMonth? anchor)
    {
        if (PhraseText.SchoolYear(words, programStart) is { } year)
        {
            return year;
        }

        if (words.Length == 0)
        {
            return null;
        }

        var items = new List<List<PhrasePoint>>();
        foreach (var item in PhraseText.Items(words, culture))
        {
            var points = new List<PhrasePoint>();
            foreach (var side in item)
            {
                if (PhrasePoint.Read(side, culture) is not { } point)
                {
                    return null;
                }

                points.Add(point);
            }

            // "October 15, 2024": a year on its own belongs to the item before it.
            if (points is [{ Year: { } alone, Month: null, Day: null, Season: null, Period: null, SchoolYear: false }] && items.Count > 0)
            {
                items[^1] = [.. items[^1][..^1], items[^1][^1] with { Year = items[^1][^1].Year ?? alone }];
                continue;
            }

            items.Add(points);
        }

        var all = Fill(items.SelectMany(i => i).ToList(), dayFirst: DateOrder.DayFirstInWords(culture));
        if (all.Count == 0)
        {
            return null;
        }

        var spans = new List<DateSpan>();
        foreach (var point in all)
        {
            if (point.Resolve(spans.Count == 0 ? anchor : spans[^1].First, programStart) is not { Kind: SpanKind.Dated } span)
            {
                return null;
            }

            // A list or range runs forward: "9/25-10-4" (Oct 4 mistyped) is no list of September days.
            if (spans.Count > 0 && (span.First < spans[^1].First || (span.From is { } from && spans[^1].From is { } before && from < before)))
            {
                return null;
            }

            spans.Add(span);
        }

        var (first, last) = (spans[0], spans[^1]);
        if (last.Last < first.First || PlanYears.Problem(first.First) is not null || PlanYears.Problem(last.Last) is not null)
        {
            return null;
        }

        // One day, one run of days, or one part of a month keeps its days; a list of them does not.
        var days = items.Count == 1 && spans.All(s => s.Days == SpanDays.Exact) ? SpanDays.Exact
            : spans.Count == 1 ? first.Days
            : SpanDays.None;
        return days == SpanDays.None
            ? DateSpan.Of(first.First, last.Last)
            : new DateSpan(SpanKind.Dated, first.First, last.Last, first.From, last.To) { Days = days };
    }

    /// <summary>
    /// What one point leaves out, the others give: a day with no month takes the month written after
    /// it in a language that writes the day first ("15, 22 y 29 de agosto"), else the one before it
    /// ("September 16 &amp; 18"), else whichever there is; a point with no year takes the next one's,
    /// a year earlier when its month comes later ("Dec 15 – Jan 5, 2026").
    /// </summary>
    private static List<PhrasePoint> Fill(List<PhrasePoint> points, bool dayFirst)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] is { Month: null, Day: not null })
            {
                var before = points.Take(i).LastOrDefault(p => p.Month is not null)?.Month;
                var after = points.Skip(i + 1).FirstOrDefault(p => p.Month is not null)?.Month;
                var month = dayFirst ? after ?? before : before ?? after;
                points[i] = points[i] with { Month = month };
            }
        }

        for (var i = points.Count - 2; i >= 0; i--)
        {
            if (points[i] is { Year: null, Month: { } month } && points[i + 1] is { Year: { } year, Month: { } next })
            {
                points[i] = points[i] with { Year = month > next ? year - 1 : year };
            }
        }

        return points;
    }
}
