using System.Globalization;
using System.Text.RegularExpressions;
using PlanPress.Model.Text;

namespace PlanPress.Model.Dates;

/// <summary>What a month cell was read as: the month, or why not (<see cref="Problem"/>) and what was probably meant.</summary>
public sealed record MonthReading(YearMonth? Month, string? Suggestion = null, string? Problem = null)
{
    /// <summary>"The month "Novembr 2023" cannot be read." with the reason when there is one.</summary>
    public string Explain(string what, string text) =>
        Problem is null ? $"The {what} \"{text}\" cannot be read." : $"The {what} \"{text}\" cannot be read: {Problem}.";
}

/// <summary>
/// Reads the month a calendar row belongs to, the way coordinators write it: a real date cell,
/// "October 2023", "Oct 2023", "Oct-23", "2023-10", "10/2023", "Month 3" (counted from the program
/// start) or a bare "November" (the next November on or after the month above).
/// </summary>
public static partial class MonthText
{
    public const string Expected =
        "a month such as \"October 2023\", \"Oct 2023\", \"Oct-23\", \"2023-10\", \"10/2023\", \"Month 3\" or a date cell";

    /// <summary>What is expected, with examples in the plan's own year (its program start) rather than another.</summary>
    public static string ExpectedFor(YearMonth? programStart)
    {
        if (programStart is not { } start)
        {
            return Expected;
        }

        var name = start.FirstDay.ToString("MMMM", English);
        var shortName = start.FirstDay.ToString("MMM", English);
        return $"a month such as \"{name} {start.Year}\", \"{shortName} {start.Year}\", \"{shortName}-{start.Year % 100:D2}\", \"{start}\", \"{start.Month:D2}/{start.Year}\", \"Month 3\" or a date cell";
    }

    /// <summary>The problem of "Month 3" in a plan whose site.yml has no program_start: one for the whole plan, not one per row.</summary>
    public const string NeedsProgramStart = "site.yml has no program_start to count the months of the program from";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <param name="cell">The month cell.</param>
    /// <param name="culture">The plan's language, whose month names are accepted beside English ones.</param>
    /// <param name="programStart">The program's first month, for "Month 3".</param>
    /// <param name="previous">The month of the rows above, for a month written without its year.</param>
    public static MonthReading Read(SourceCell cell, CultureInfo culture, YearMonth? programStart, YearMonth? previous)
    {
        var reading = ReadAnyYear(cell, culture, programStart, previous);
        return reading.Month is { } month && PlanYears.Problem(month) is { } problem ? new MonthReading(null, null, problem) : reading;
    }

    private static MonthReading ReadAnyYear(SourceCell cell, CultureInfo culture, YearMonth? programStart, YearMonth? previous)
    {
        if (cell.Date is { } date)
        {
            return new MonthReading(YearMonth.From(date));
        }

        var text = Fold.RemoveDiacritics(cell.Text).Trim().ToLowerInvariant();
        var names = MonthNames(culture);

        if (NumericMonth().Match(text) is { Success: true } numeric)
        {
            var year = int.Parse(numeric.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(numeric.Groups["month"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? new MonthReading(new YearMonth(year, month)) : new MonthReading(null);
        }

        if (RelativeMonth().Match(text) is { Success: true } relative)
        {
            var number = int.Parse(relative.Groups["number"].Value, CultureInfo.InvariantCulture);
            return programStart is not { } start ? new MonthReading(null, null, NeedsProgramStart)
                : number >= 1 ? new MonthReading(start.AddMonths(number - 1))
                : new MonthReading(null);
        }

        if (NamedMonth().Match(text) is { Success: true } named)
        {
            var word = named.Groups["name"].Value;
            var yearText = named.Groups["year"].Value;
            if (!names.TryGetValue(word, out var month))
            {
                var guess = Closest.Match(word, names.Keys.Where(k => k.Length > 3));
                var suggestion = guess is null
                    ? null
                    : Suggested(guess, names[guess], culture) + (yearText.Length > 0 ? " " + FullYear(yearText) : string.Empty);
                return new MonthReading(null, suggestion);
            }

            // "Sept 22" is a day of September, not September 2022: a two-digit year needs "Oct-23" or "Oct '23".
            if (yearText.Length == 2 && int.Parse(yearText, CultureInfo.InvariantCulture) <= 31 && named.Groups["space"].Success)
            {
                return new MonthReading(null);
            }

            if (yearText.Length > 0)
            {
                return new MonthReading(new YearMonth(FullYear(yearText), month));
            }

            return NextOccurrence(month, previous ?? programStart);
        }

        // A day written with its year ("March 29, 2024", "3/29/24"); one without ("Oct 6", "9/22") is no month of a known year.
        if ((WithYear().IsMatch(text) && DateTime.TryParse(cell.Text, culture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
            || DateTime.TryParseExact(cell.Text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed))
        {
            return new MonthReading(YearMonth.From(parsed));
        }

        return new MonthReading(null);
    }

    private static MonthReading NextOccurrence(int month, YearMonth? from)
    {
        if (from is not { } after)
        {
            return new MonthReading(null);
        }

        var candidate = new YearMonth(after.Year, month);
        return new MonthReading(candidate >= after ? candidate : new YearMonth(after.Year + 1, month));
    }

    private static int FullYear(string digits)
    {
        // Only a two-digit year ("Oct-23", "'24") is short for 20xx; "0001" is the year 1.
        var year = int.Parse(digits.TrimStart('\''), CultureInfo.InvariantCulture);
        return digits.TrimStart('\'').Length <= 2 ? 2000 + year : year;
    }

    /// <summary>The month meant, named in the language of the name it was closest to: "November" for "Novembr", "octubre" for "octubr".</summary>
    private static string Suggested(string closest, int month, CultureInfo culture)
    {
        var inCulture = culture.DateTimeFormat.GetMonthName(month);
        var theCultures = string.Equals(Fold.RemoveDiacritics(inCulture), closest, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Fold.RemoveDiacritics(culture.DateTimeFormat.GetAbbreviatedMonthName(month)).Trim('.'), closest, StringComparison.OrdinalIgnoreCase);
        return theCultures && culture.TwoLetterISOLanguageName != "en" ? inCulture : Capitalise(English.DateTimeFormat.GetMonthName(month));
    }

    private static string Capitalise(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>The month a name means ("October", "oct", "octubre"), in English or the plan's language; null for any other word.</summary>
    public static int? MonthOfName(string word, CultureInfo culture) =>
        MonthNames(culture).TryGetValue(Fold.RemoveDiacritics(word).Trim().Trim('.').ToLowerInvariant(), out var month) ? month : null;

    /// <summary>Each language's month names, built once: a calendar reads one month cell per row.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, int>> NamesByCulture = new(StringComparer.Ordinal);

    /// <summary>Full and abbreviated month names, folded, in English and the plan's language.</summary>
    private static Dictionary<string, int> MonthNames(CultureInfo culture) => NamesByCulture.GetOrAdd(culture.Name, _ => BuildMonthNames(culture));

    private static Dictionary<string, int> BuildMonthNames(CultureInfo culture)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal) { ["sept"] = 9 };
        foreach (var format in new[] { English.DateTimeFormat, culture.DateTimeFormat })
        {
            for (var month = 1; month <= 12; month++)
            {
                foreach (var name in new[] { format.GetMonthName(month), format.GetAbbreviatedMonthName(month) })
                {
                    var key = Fold.RemoveDiacritics(name).Trim('.').ToLowerInvariant();
                    if (key.Length > 0)
                    {
                        names.TryAdd(key, month);
                    }
                }
            }
        }

        return names;
    }

    [GeneratedRegex(@"^(?:(?<year>\d{4})\s*[-/.]\s*(?<month>\d{1,2})|(?<month>\d{1,2})\s*[-/.]\s*(?<year>\d{4}))$")]
    private static partial Regex NumericMonth();

    [GeneratedRegex(@"^month\s*(?<number>\d{1,2})$")]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"^(?<name>\p{L}+)\.?(?:(?:(?<space>\s+)|[\s,\-/]*)(?<year>'?\d{2}|\d{4}))?$")]
    private static partial Regex NamedMonth();

    /// <summary>A four-digit year, or a numeric date ending in a two-digit one ("3/29/24").</summary>
    [GeneratedRegex(@"\d{4}|^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}$")]
    private static partial Regex WithYear();
}
