namespace PlanPress.Model.Dates;

/// <summary>What a date phrase names: a time in the plan, a time still to be decided, or work that goes on.</summary>
public enum SpanKind
{
    /// <summary>Months, and days when the phrase names them ("Oct 6–10", "Fall 2025", "Q2").</summary>
    Dated,

    /// <summary>No time yet: "TBD", "to be scheduled", "por determinar".</summary>
    ToBeDecided,

    /// <summary>Work that goes on rather than falls in a month: "ongoing", "as needed", "throughout the year".</summary>
    Ongoing,
}

/// <summary>How closely a dated span's days are known.</summary>
public enum SpanDays
{
    /// <summary>Whole months ("October", "Fall 2025", "Q2").</summary>
    None,

    /// <summary>The days written ("Oct 6–10", "week of Sept 22").</summary>
    Exact,

    /// <summary>Part of a month ("early", "mid", "late"): <see cref="DateSpan.From"/> and <see cref="DateSpan.To"/> are its third of the month.</summary>
    Part,
}

/// <summary>
/// What <see cref="DatePhrase"/> read: for a dated phrase, its first and last month and, when the
/// phrase names them, its first and last day; for the others, only its kind.
/// </summary>
public sealed record DateSpan(SpanKind Kind, YearMonth First, YearMonth Last, DateOnly? From = null, DateOnly? To = null)
{
    public static readonly DateSpan ToBeDecided = new(SpanKind.ToBeDecided, default, default);

    public static readonly DateSpan Ongoing = new(SpanKind.Ongoing, default, default);

    public SpanDays Days { get; init; }

    /// <summary>Every month from <see cref="First"/> to <see cref="Last"/>; none for a phrase that names no time.</summary>
    public IEnumerable<YearMonth> Months =>
        Kind == SpanKind.Dated ? Enumerable.Range(0, Last.MonthsSince(First) + 1).Select(First.AddMonths) : [];

    /// <summary>The day the span ends: its last day written, else the end of its last month.</summary>
    public DateOnly End => To ?? Last.AddMonths(1).FirstDay.AddDays(-1);

    public static DateSpan Of(YearMonth first, YearMonth last) => new(SpanKind.Dated, first, last);

    public static DateSpan Between(DateOnly from, DateOnly to, SpanDays days = SpanDays.Exact) =>
        new(SpanKind.Dated, YearMonth.From(from), YearMonth.From(to), from, to) { Days = days };
}
