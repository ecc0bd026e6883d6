using System.Globalization;
using System.Text.RegularExpressions;
using PlanPress.Model.Text;

namespace PlanPress.Model.Dates;

/// <summary>
/// A date phrase made plain for <see cref="DatePhrase"/>: folded (lower case, no accents), its
/// remarks in brackets and times of day left out, numeric dates in one form ("9/22/2025"), and the
/// words and signs that join a range ("–", "to", "al") or a list (",", "&amp;", "and", "y") as "-" and ",".
/// </summary>
internal static partial class PhraseText
{
    /// <summary>Folded, punctuation as spaces: what the phrases that name no time are looked for in.</summary>
    public static string Plain(string text) =>
        Spaces().Replace(Punctuation().Replace(Fold.RemoveDiacritics(text).ToLowerInvariant().Replace(',', ' ').Replace(';', ' '), " "), " ").Trim();

    /// <summary>Whether one of <paramref name="phrases"/> stands in <paramref name="words"/> as whole words.</summary>
    public static bool HasAny(string words, string[] phrases) =>
        phrases.Any(p => $" {words} ".Contains($" {p} ", StringComparison.Ordinal));

    /// <summary>Wording that places a step after or within some event, not in a month: "within 5 school days of …", "upon request", "30 calendar days from enrollment".</summary>
    public static bool WaitsOnEvent(string words) => EventWords().IsMatch(words);

    /// <summary>The folded text with <paramref name="phrases"/> taken out where they stand as whole words.</summary>
    public static string Without(string folded, string[] phrases) =>
        phrases.Aggregate(folded, (text, p) => Regex.Replace(text, $@"(?<![\p{{L}}\d]){Regex.Escape(p)}(?![\p{{L}}\d])", " ", RegexOptions.None, TimeSpan.FromSeconds(1)));

    /// <param name="remarks">Whether a remark in brackets is read too ("Monday (10/24)"), or left out ("9/9-9/20 (Kinder: 9/30)").</param>
    public static string Normalise(string text, bool remarks = false)
    {
        var folded = Fold.RemoveDiacritics(text).ToLowerInvariant();
        folded = remarks ? folded.Replace('(', ' ').Replace(')', ' ') : Remark().Replace(folded, " ");
        folded = TimeOfDay().Replace(folded, " ");
        folded = IsoDash().Replace(folded, "$1/$2/$3");
        folded = DashedDate().Replace(folded, "$1/$2/$3");
        folded = DottedDate().Replace(folded, m => m.Groups[3].Success ? $"{m.Groups[1].Value}/{m.Groups[2].Value}/{m.Groups[3].Value}" : $"{m.Groups[1].Value}/{m.Groups[2].Value}");
        folded = NoLaterThan().Replace(folded, " ");
        folded = ShortYear().Replace(folded, "20$1");
        folded = NineWeeks().Replace(folded, " quarter ");
        folded = WeekOf().Replace(folded, " week ");
        folded = SchoolYearPrefix().Replace(folded, "sy ");
        folded = OrdinalList().Replace(folded, "$1 , $2");
        folded = OrdinalEnd().Replace(folded, "$1");
        folded = NthDayOf().Replace(folded, " ");
        folded = Glued().Replace(folded, " ");
        folded = PartDash().Replace(folded, "$1 ");
        folded = WordSlash().Replace(folded, " , ");
        folded = Dashes().Replace(folded, " - ");
        folded = RangeWords().Replace(folded, " - ");
        folded = CommaYear().Replace(folded, " ");
        folded = ListWords().Replace(folded, " , ");
        folded = Punctuation().Replace(folded, " ");
        return Spaces().Replace(folded, " ").Trim(' ', '-', ',');
    }

    /// <summary>"2025-26", "SY 2025-2026", "curso 2025-2026": the program year it names; "Spring 2025-2026 school year": its season in that year.</summary>
    public static DateSpan? SchoolYear(string words, YearMonth? programStart)
    {
        if (SeasonOfSchoolYear().Match(words) is { Success: true } season && Years(season) is { } years)
        {
            var meaning = PhraseWords.Meanings[season.Groups["season"].Value];
            var (month, count) = PhraseWords.Season(meaning);
            var start = meaning == WordMeaning.Fall ? new YearMonth(years.First, month) : meaning == WordMeaning.Winter ? new YearMonth(years.First, 12) : new YearMonth(years.First + 1, month);
            return DateSpan.Of(start, start.AddMonths(count - 1));
        }

        if (WholeSchoolYear().Match(words) is { Success: true } whole && Years(whole) is { } named)
        {
            return new ProgramYear(programStart is { } s && s.Year == named.First ? s : new YearMonth(named.First, 8)).Whole;
        }

        return null;
    }

    private static (int First, int Second)? Years(Match match)
    {
        var (first, second) = (match.Groups["first"].Value, match.Groups["second"].Value);
        var one = int.Parse(first, CultureInfo.InvariantCulture) + (first.Length == 2 ? 2000 : 0);
        var two = int.Parse(second, CultureInfo.InvariantCulture) + (second.Length == 2 ? one / 100 * 100 : 0);
        return two == one + 1 ? (one, two) : null;
    }

    /// <summary>The phrase's items (split at ","), each one or two sides (split at "-"), each its tokens; "d:2025:9:22" for a numeric date.</summary>
    public static IEnumerable<List<List<string>>> Items(string words, CultureInfo culture)
    {
        var monthFirst = DateOrder.MonthFirstInDigits(culture);
        foreach (var item in words.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var sides = item.Split('-', StringSplitOptions.RemoveEmptyEntries)
                .Select(side => side.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Token(w, monthFirst)).OfType<string>().ToList())
                .Where(side => side.Count > 0)
                .ToList();
            // "3-4-5 de octubre", "Sept. Oct. Jan.": more than a range is a list.
            if (sides.Count > 2 || (sides.Count == 1 && sides[0].Count > 1 && sides[0].All(t => MonthText.MonthOfName(t, culture) is not null)))
            {
                foreach (var one in sides.Count > 2 ? sides : sides[0].Select(t => new List<string> { t }))
                {
                    yield return [one];
                }
            }
            else if (sides.Count > 0)
            {
                yield return sides;
            }
        }
    }

    private static string? Token(string word, bool monthFirst)
    {
        if (IsoDate().Match(word) is { Success: true } iso)
        {
            return $"d:{iso.Groups[1].Value}:{iso.Groups[2].Value}:{iso.Groups[3].Value}";
        }

        if (NumericDate().Match(word) is { Success: true } numeric)
        {
            var (month, day) = monthFirst ? (numeric.Groups[1].Value, numeric.Groups[2].Value) : (numeric.Groups[2].Value, numeric.Groups[1].Value);
            var year = numeric.Groups[3].Success ? int.Parse(numeric.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
            return $"d:{(year is > 0 and < 100 ? year + 2000 : year)}:{month}:{day}";
        }

        return PhraseWords.Ignored.Contains(word) ? null : word;
    }

    [GeneratedRegex(@"\([^)]*\)?")]
    private static partial Regex Remark();

    /// <summary>"5:30-7pm", "9:00AM", "4 p.m.": a time of day says nothing of the month.</summary>
    [GeneratedRegex(@"\b\d{1,2}(?::\d{2})?\s*(?:[-–]\s*\d{1,2}(?::\d{2})?\s*)?(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\b\d{1,2}:\d{2}\b")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")]
    private static partial Regex IsoDash();

    [GeneratedRegex(@"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")]
    private static partial Regex DashedDate();

    [GeneratedRegex(@"\b(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?\b")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"\b(?:no|not)\s+later\s+than\b")]
    private static partial Regex NoLaterThan();

    [GeneratedRegex(@"[‘’']([0-9]{2})\b")]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"\b(?:nine|9)\s+weeks?\b")]
    private static partial Regex NineWeeks();

    [GeneratedRegex(@"\bw/o\b")]
    private static partial Regex WeekOf();

    [GeneratedRegex(@"\bsy\s*(?=\d)")]
    private static partial Regex SchoolYearPrefix();

    /// <summary>"12th/13th": two days, not a date.</summary>
    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\s*/\s*(\d{1,2})(?=st|nd|rd|th)")]
    private static partial Regex OrdinalList();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th|er|ro|do|to|vo|no|o|a|º|ª|°)(?!\w)")]
    private static partial Regex OrdinalEnd();

    /// <summary>"First Working Friday in January", "3rd Friday in October": the month is what a calendar places it in.</summary>
    [GeneratedRegex(@"\b(?:first|second|third|fourth|last|\d|primer|primera|ultimo|ultima)\s+(?:working\s+|school\s+|business\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia)\s+(?:in|of|de|del)\b")]
    private static partial Regex NthDayOf();

    /// <summary>"May20": a month and a day written together.</summary>
    [GeneratedRegex(@"(?<=\p{L}{3})(?=\d)")]
    private static partial Regex Glued();

    /// <summary>"mid-March": the part of the month, not a range.</summary>
    [GeneratedRegex(@"\b(mid|early|late)\s*-\s*")]
    private static partial Regex PartDash();

    /// <summary>A slash not between digits ("September/October", "17/Tues") lists; between digits it is a date.</summary>
    [GeneratedRegex(@"(?<!\d)\s*/\s*|\s*/\s*(?!\d)")]
    private static partial Regex WordSlash();

    [GeneratedRegex(@"\s*[\u2010-\u2015\u2212-]+\s*")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\b(?:to|through|thru|until|till|hasta|al|a)\b")]
    private static partial Regex RangeWords();

    /// <summary>"June 2, 2025": a comma before a year is no list.</summary>
    [GeneratedRegex(@"\s*,\s*(?=\d{4}\b)")]
    private static partial Regex CommaYear();

    [GeneratedRegex(@"\b(?:and|or|y|o)\b|[&;,+]")]
    private static partial Regex ListWords();

    [GeneratedRegex(@"[.:()\[\]!?""“”'*]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^(?:within|upon|after|before or after|when|whenever|once|as soon as|if|no more than|as indicated|varies|depends|define|defined by|set by|cuando|tras|despues de|segun|en cuanto|una vez)\b|\b\d+\s+(?:calendar\s+|school\s+|business\s+|working\s+)?(?:days?|weeks?|months?)\s+(?:before|after|from|of|prior)\b")]
    private static partial Regex EventWords();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?:sy|school year|ano escolar|curso escolar|curso|ciclo escolar)\s+)?(?<first>\d{2}|\d{4}) - (?<second>\d{2}|\d{4})(?:\s+(?:school year|sy|ano escolar|curso escolar|academic year))?$")]
    private static partial Regex WholeSchoolYear();

    [GeneratedRegex(@"^(?<season>fall|autumn|spring|winter|summer|otono|invierno|primavera|verano)\s+(?:of\s+)?(?:the\s+)?(?<first>\d{4}) - (?<second>\d{2}|\d{4})(?:\s+school year)?$")]
    private static partial Regex SeasonOfSchoolYear();

    [GeneratedRegex(@"^(\d{4})/(\d{1,2})/(\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?$")]
    private static partial Regex NumericDate();
}
