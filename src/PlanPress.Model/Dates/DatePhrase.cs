using System.Globalization;
using System.Text.RegularExpressions;
using PlanPress.Model.Text;

namespace PlanPress.Model.Dates;

/// <summary>
/// Reads a date the way people type it in a plan, in English or Spanish: a day ("Sept 22", "9/22"),
/// a range of days ("Oct 6–10", "March 3-7, 2026", "del 6 al 10 de octubre"), a week ("week of
/// Sept 22", "semana del 18 de agosto"), part of a month ("late January", "mid-March", "principios
/// de noviembre"), a month or a range of months ("Sept–May"), a season ("Fall 2025", "otoño"), a
/// semester, trimester or quarter of the program year ("Spring semester", "Q4"), a school year
/// ("2025-26"), and phrases that name no time ("TBD", "ongoing"). A year left out is the one the
/// plan is in: the first such month on or after <c>previous</c> (the rows above) or the program start.
/// </summary>
public static partial class DatePhrase
{
    /// <returns>What the phrase names; null when it is not a date phrase this reader knows.</returns>
    public static DateSpan? Read(string text, CultureInfo culture, YearMonth? programStart, YearMonth? previous = null)
    {
        if (text.Length > 80)
        {
            return null;
        }

        var plain = Spaces().Replace(Punctuation().Replace(Fold.RemoveDiacritics(text).ToLowerInvariant(), " "), " ").Trim();
        if (Matches(plain, PhraseWords.Undecided))
        {
            return DateSpan.ToBeDecided;
        }

        if (Matches(plain, PhraseWords.Ongoing))
        {
            return DateSpan.Ongoing;
        }

        var words = Normalise(text);
        if (words.Length == 0)
        {
            return null;
        }

        if (ExplicitSchoolYear().Match(words) is { Success: true } years)
        {
            var first = int.Parse(years.Groups["first"].Value, CultureInfo.InvariantCulture);
            var second = years.Groups["second"].Value;
            var next = int.Parse(second, CultureInfo.InvariantCulture) + (second.Length == 2 ? first / 100 * 100 : 0);
            var start = programStart is { } s && s.Year == first ? s : new YearMonth(first, 8);
            return next == first + 1 ? new ProgramYear(start).Whole : null;
        }

        var segments = Tokens(words, culture).ToList();
        var parts = Split(segments);
        if (parts is null || parts.Count is 0 or > 2)
        {
            return null;
        }

        var points = new List<Point>();
        foreach (var part in parts)
        {
            if (Point.Read(part, culture) is not { } point)
            {
                return null;
            }

            points.Add(point);
        }

        var anchor = previous ?? programStart;
        var span = points.Count == 1 ? points[0].Resolve(anchor, programStart) : Range(points[0], points[1], anchor, programStart);
        return span is { Kind: SpanKind.Dated } dated && (dated.Last < dated.First || PlanYears.Problem(dated.First) is not null || PlanYears.Problem(dated.Last) is not null) ? null : span;
    }

    /// <summary>"Oct 6–10", "Oct 30 – Nov 3", "Sept–May", "Dec 15 – Jan 5, 2026": what one side leaves out, the other gives.</summary>
    private static DateSpan? Range(Point left, Point right, YearMonth? anchor, YearMonth? programStart)
    {
        if (right.Month is null && right.Day is not null && left.Month is not null)
        {
            right = right with { Month = left.Month };
        }

        if (left.Month is null && left.Day is not null && right.Month is not null)
        {
            left = left with { Month = right.Month };
        }

        if (left.Year is null && right.Year is { } rightYear && left.Month is { } fromMonth && right.Month is { } toMonth)
        {
            left = left with { Year = fromMonth > toMonth ? rightYear - 1 : rightYear };
        }

        var first = left.Resolve(anchor, programStart);
        if (first is not { Kind: SpanKind.Dated })
        {
            return null;
        }

        var last = right.Resolve(first.First, programStart);
        if (last is not { Kind: SpanKind.Dated })
        {
            return null;
        }

        var days = first.Days == SpanDays.Exact && last.Days == SpanDays.Exact ? SpanDays.Exact : SpanDays.None;
        return new DateSpan(SpanKind.Dated, first.First, last.Last, days == SpanDays.None ? null : first.From, days == SpanDays.None ? null : last.To) { Days = days };
    }

    /// <summary>Lower case, no accents, dashes of every kind as " - ", the words that join a range ("to", "through", "al") as one too.</summary>
    private static string Normalise(string text)
    {
        var folded = Fold.RemoveDiacritics(text).ToLowerInvariant().Trim();
        folded = IsoDash().Replace(folded, "$1/$2/$3");
        folded = NoLaterThan().Replace(folded, " ");
        folded = ShortYear().Replace(folded, "20$1");
        folded = PartDash().Replace(folded, "$1 ");
        folded = Dashes().Replace(folded, " - ");
        folded = Joiners().Replace(folded, " - ");
        folded = OrdinalEnd().Replace(folded, "$1");
        folded = Punctuation().Replace(folded, " ");
        return Spaces().Replace(folded, " ").Trim(' ', '-');
    }

    /// <summary>Whether the phrase is one of <paramref name="phrases"/>, or begins or ends with one ("TBD (spring)", "ongoing - as needed").</summary>
    private static bool Matches(string words, string[] phrases) =>
        phrases.Any(p => words == p || words.StartsWith(p + " ", StringComparison.Ordinal) || words.EndsWith(" " + p, StringComparison.Ordinal));

    /// <summary>The phrase's words as tokens: "d:2025:9:22" for a numeric date, "-" between the two sides of a range.</summary>
    private static IEnumerable<string> Tokens(string words, CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.ShortDatePattern;
        var monthFirst = pattern.IndexOf('M', StringComparison.Ordinal) < pattern.IndexOf('d', StringComparison.Ordinal);
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsoDate().Match(word) is { Success: true } iso)
            {
                yield return $"d:{iso.Groups[1].Value}:{iso.Groups[2].Value}:{iso.Groups[3].Value}";
            }
            else if (NumericDate().Match(word) is { Success: true } numeric)
            {
                var (month, day) = monthFirst ? (numeric.Groups[1].Value, numeric.Groups[2].Value) : (numeric.Groups[2].Value, numeric.Groups[1].Value);
                var year = numeric.Groups[3].Success ? int.Parse(numeric.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
                yield return $"d:{(year is > 0 and < 100 ? year + 2000 : year)}:{month}:{day}";
            }
            else if (!PhraseWords.Ignored.Contains(word))
            {
                yield return word;
            }
        }
    }

    private static List<List<string>>? Split(List<string> tokens)
    {
        var parts = new List<List<string>> { new() };
        foreach (var token in tokens)
        {
            if (token == "-")
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add(token);
            }
        }

        return parts.All(p => p.Count > 0) ? parts : null;
    }

    [GeneratedRegex(@"\s*[\u2010-\u2015\u2212-]+\s*")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\b(?:to|through|thru|until|till|hasta|al|a)\b")]
    private static partial Regex Joiners();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th|er|ro|do|to|vo|no|o|a|º|ª|°)(?!\w)")]
    private static partial Regex OrdinalEnd();

    [GeneratedRegex(@"[,.;:()\[\]!?""“”']")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\b(?:no|not)\s+later\s+than\b")]
    private static partial Regex NoLaterThan();

    /// <summary>"mid-March": the part of the month, not a range.</summary>
    [GeneratedRegex(@"\b(mid|early|late)\s*-\s*")]
    private static partial Regex PartDash();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?:sy|school year|ano escolar|curso escolar|curso|ciclo escolar)\s+)?(?<first>\d{4}) - (?<second>\d{2}|\d{4})(?:\s+(?:school year|sy|ano escolar|curso escolar|academic year))?$")]
    private static partial Regex ExplicitSchoolYear();

    [GeneratedRegex(@"^(\d{4})/(\d{1,2})/(\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")]
    private static partial Regex IsoDash();

    [GeneratedRegex(@"[‘’']([0-9]{2})\b")]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?$")]
    private static partial Regex NumericDate();
}

/// <summary>One side of a date phrase, as its words gave it: any of a year, month, day, part of the month, season or period.</summary>
internal sealed record Point(int? Year, int? Month, int? Day, WordMeaning? Part, WordMeaning? Season, WordMeaning? Period, int? Number, bool Week, bool SchoolYear)
{
    public static Point? Read(IReadOnlyList<string> tokens, CultureInfo culture)
    {
        int? year = null, month = null, day = null, number = null;
        WordMeaning? part = null, season = null, period = null;
        bool week = false, schoolYear = false, yearWord = false;
        var numbers = new List<int>();
        foreach (var token in tokens)
        {
            if (token.StartsWith("d:", StringComparison.Ordinal))
            {
                var fields = token[2..].Split(':').Select(f => int.Parse(f, CultureInfo.InvariantCulture)).ToArray();
                (year, month, day) = (fields[0] == 0 ? year : fields[0], fields[1], fields[2]);
            }
            else if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                if (token.Length == 4)
                {
                    year = value;
                }
                else
                {
                    numbers.Add(value);
                }
            }
            else if (token.Length == 2 && token[0] is 'q' or 's' or 't' && token[1] is >= '1' and <= '4')
            {
                (period, number) = (token[0] switch { 'q' => WordMeaning.Quarter, 's' => WordMeaning.Semester, _ => WordMeaning.Trimester }, token[1] - '0');
            }
            else if (MonthText.MonthOfName(token, culture) is { } named)
            {
                month = named;
            }
            else if (PhraseWords.Meanings.TryGetValue(token, out var meaning))
            {
                switch (meaning)
                {
                    case WordMeaning.Early or WordMeaning.Mid or WordMeaning.Late: part = meaning; break;
                    case WordMeaning.Fall or WordMeaning.Winter or WordMeaning.Spring or WordMeaning.Summer: season = meaning; break;
                    case WordMeaning.Quarter or WordMeaning.Semester or WordMeaning.Trimester: period = meaning; break;
                    case WordMeaning.Week: week = true; break;
                    case WordMeaning.SchoolYear: schoolYear = true; break;
                    case WordMeaning.Year: yearWord = true; break;
                    default: number = meaning - WordMeaning.First + 1; break;
                }
            }
            else
            {
                return null;
            }
        }

        // A small number beside "quarter" is which one; beside a month, the day.
        if (period is not null && number is null && numbers.Count == 1 && numbers[0] is >= 1 and <= 4)
        {
            number = numbers[0];
        }
        else if (numbers.Count == 1 && day is null)
        {
            day = numbers[0];
        }
        else if (numbers.Count > 0)
        {
            return null;
        }

        schoolYear = schoolYear && (yearWord || tokens.Contains("curso") || tokens.Contains("sy"));
        return new Point(year, month, day, part, season, period, number, week, schoolYear);
    }

    /// <summary>The span this side names, its year found from <paramref name="anchor"/> when it has none; null when it names none.</summary>
    public DateSpan? Resolve(YearMonth? anchor, YearMonth? programStart)
    {
        if (Period is { } period)
        {
            var count = period switch { WordMeaning.Quarter => 4, WordMeaning.Semester => 2, _ => 3 };
            var n = Number ?? (period == WordMeaning.Semester ? Season switch { WordMeaning.Fall => 1, WordMeaning.Spring or WordMeaning.Winter => 2, _ => null } : null);
            return n is not { } which || Month is not null || Day is not null ? null
                : Year is { } year && period == WordMeaning.Quarter ? DateSpan.Of(new YearMonth(year, which * 3 - 2), new YearMonth(year, which * 3))
                : programStart is { } start ? new ProgramYear(start).Part(which, count)
                : null;
        }

        if (SchoolYear)
        {
            return programStart is { } start && Month is null && Day is null ? new ProgramYear(start).Whole : null;
        }

        if (Season is { } season)
        {
            var (first, months) = PhraseWords.Season(season);
            YearMonth begins;
            if (Year is { } year)
            {
                begins = season == WordMeaning.Winter ? new YearMonth(year - 1, 12) : new YearMonth(year, first);
            }
            else if (anchor is { } after)
            {
                begins = new YearMonth(after.Year - 1, first);
                while (begins.AddMonths(months - 1) < after)
                {
                    begins = begins.AddMonths(12);
                }
            }
            else
            {
                return null;
            }

            return Month is null && Day is null ? DateSpan.Of(begins, begins.AddMonths(months - 1)) : null;
        }

        if (Month is not { } month || month is < 1 or > 12)
        {
            return null;
        }

        if ((Year ?? Next(month, anchor)) is not { } inYear)
        {
            return null;
        }

        var ym = new YearMonth(inYear, month);
        var last = DateTime.DaysInMonth(Math.Clamp(inYear, 1, 9999), month);
        if (Day is { } d)
        {
            if (d < 1 || d > last || Part is not null)
            {
                return null;
            }

            var date = new DateOnly(Math.Clamp(inYear, 1, 9999), month, d);
            if (Week)
            {
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                return DateSpan.Between(monday, monday.AddDays(4));
            }

            return DateSpan.Between(date, date);
        }

        return Part switch
        {
            WordMeaning.Early => DateSpan.Between(ym.FirstDay, ym.FirstDay.AddDays(9), SpanDays.Part),
            WordMeaning.Mid => DateSpan.Between(ym.FirstDay.AddDays(10), ym.FirstDay.AddDays(19), SpanDays.Part),
            WordMeaning.Late => DateSpan.Between(ym.FirstDay.AddDays(20), ym.FirstDay.AddDays(last - 1), SpanDays.Part),
            _ => Week ? null : DateSpan.Of(ym, ym),
        };
    }

    /// <summary>The year of the first <paramref name="month"/> on or after <paramref name="anchor"/>.</summary>
    private static int? Next(int month, YearMonth? anchor) =>
        anchor is { } after ? (new YearMonth(after.Year, month) >= after ? after.Year : after.Year + 1) : null;
}
