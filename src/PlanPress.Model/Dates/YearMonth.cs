using System.Globalization;

namespace PlanPress.Model.Dates;

/// <summary>A calendar month of a given year: the unit a mentoring calendar is planned in.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public static YearMonth From(DateTime date) => new(date.Year, date.Month);

    public static YearMonth From(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The month a key ("2024-03", as <see cref="ToString"/> writes it) names; null for any other text.</summary>
    public static YearMonth? FromKey(string key) =>
        DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? From(day) : null;

    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The month so many months later (or earlier); plain arithmetic, so no year is out of its range.</summary>
    public YearMonth AddMonths(int months)
    {
        var index = (Year * 12L) + (Month - 1) + months;
        return new YearMonth((int)Math.Floor(index / 12.0), (int)(((index % 12) + 12) % 12) + 1);
    }

    /// <summary>Whole months from <paramref name="other"/> to this month (positive when this is later).</summary>
    public int MonthsSince(YearMonth other) => (Year - other.Year) * 12 + (Month - other.Month);

    /// <summary>"October 2023" in the given culture.</summary>
    public string Name(CultureInfo culture) =>
        FirstDay.ToString(culture.DateTimeFormat.YearMonthPattern, culture);

    /// <summary>The name as a heading or a link begins, capitalised: "Marzo de 2024" where <see cref="Name"/> says "marzo de 2024".</summary>
    public string Title(CultureInfo culture)
    {
        var name = Name(culture);
        return name.Length == 0 ? name : culture.TextInfo.ToUpper(name[0]) + name[1..];
    }

    public int CompareTo(YearMonth other) => MonthsSince(other);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    /// <summary>"2024-03": the month's key in paths, feeds and plan.json (called for every link to a month, so written directly).</summary>
    public override string ToString() => Year is < 0 or > 9999 || Month is < 0 or > 99
        ? $"{Year:D4}-{Month:D2}"
        : string.Create(7, this, static (text, month) =>
        {
            month.Year.TryFormat(text[..4], out _, "D4", CultureInfo.InvariantCulture);
            text[4] = '-';
            month.Month.TryFormat(text[5..], out _, "D2", CultureInfo.InvariantCulture);
        });
}
