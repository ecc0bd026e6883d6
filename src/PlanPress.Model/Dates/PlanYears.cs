namespace PlanPress.Model.Dates;

/// <summary>
/// The years a plan can be about. A year outside them ("January 0001", a date cell holding 0) is a
/// typing slip or a broken cell, never a plan: it is an error, not 1,000 months of pages.
/// </summary>
public static class PlanYears
{
    public const int First = 1990;

    public const int Last = 2100;

    /// <summary>How far a month may lie from the program start before it is worth a warning.</summary>
    public const int FarMonths = 5 * 12;

    /// <summary>Why a month cannot be a plan's, or null when it can.</summary>
    public static string? Problem(YearMonth month) =>
        month.Year is >= First and <= Last ? null : $"the year {month.Year} is outside the years a plan can cover ({First}–{Last})";
}
