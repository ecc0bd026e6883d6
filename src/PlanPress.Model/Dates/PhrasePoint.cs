using System.Globalization;

namespace PlanPress.Model.Dates;

/// <summary>One side of a date phrase, as its words gave it: any of a year, month, day, part of the month, season or period.</summary>
internal sealed record PhrasePoint(int? Year, int? Month, int? Day, WordMeaning? Part, WordMeaning? Season, WordMeaning? Period, int? Number, bool Week, bool SchoolYear)
{
    public static PhrasePoint? Read(IReadOnlyList<string> tokens, CultureInfo culture)
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

        // A small number beside "quarter" is which one; beside a season, its year ("Fall 25"); beside a month, the day.
        if (season is not null && period is null && year is null && numbers.Count == 1 && numbers[0] < 100)
        {
            year = 2000 + numbers[0];
        }
        else if (period is not null && number is null && numbers.Count == 1 && numbers[0] is >= 1 and <= 4)
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

        schoolYear = schoolYear && (yearWord || tokens.Any(t => t is "curso" or "sy" or "ciclo" or "escolar"));
        return new PhrasePoint(year, month, day, part, season, period, number, week, schoolYear);
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
            if (Year is { } year && year is >= PlanYears.First and <= PlanYears.Last)
            {
                begins = season == WordMeaning.Winter ? new YearMonth(year - 1, 12) : new YearMonth(year, first);
            }
            else if (Year is null && anchor is { } after)
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

        if ((Year ?? Next(month, anchor)) is not { } inYear || inYear is < PlanYears.First or > PlanYears.Last)
        {
            return null;
        }

        var ym = new YearMonth(inYear, month);
        var last = DateTime.DaysInMonth(inYear, month);
        if (Day is { } d)
        {
            if (d < 1 || d > last || Part is not null)
            {
                return null;
            }

            var date = new DateOnly(inYear, month, d);
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
