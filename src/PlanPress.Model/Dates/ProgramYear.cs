namespace PlanPress.Model.Dates;

/// <summary>
/// The year a plan runs over, from its program start. A program that starts in August or
/// September keeps a school year: ten months (August to May, September to June), so its fourth
/// quarter ends with the school year, not in the summer after it. Any other runs twelve months.
/// Quarters, semesters and trimesters divide it: a school year's quarters are months 1–3, 4–5, 6–8
/// and 9–10 (August–October, November–December, January–March, April–May).
/// </summary>
public readonly record struct ProgramYear(YearMonth Start)
{
    public bool IsSchoolYear => Start.Month is 8 or 9;

    public int Length => IsSchoolYear ? 10 : 12;

    /// <summary>Part <paramref name="n"/> of <paramref name="count"/> (the 2nd of 4 quarters); null when there is no such part.</summary>
    public DateSpan? Part(int n, int count) =>
        n < 1 || n > count ? null : DateSpan.Of(Start.AddMonths(Ceiling(Length * (n - 1), count)), Start.AddMonths(Ceiling(Length * n, count) - 1));

    /// <summary>The last month of part <paramref name="n"/> of <paramref name="count"/>.</summary>
    public YearMonth EndOf(int n, int count) => Part(n, count)!.Last;

    public DateSpan Whole => DateSpan.Of(Start, Start.AddMonths(Length - 1));

    private static int Ceiling(int a, int b) => (a + b - 1) / b;
}
