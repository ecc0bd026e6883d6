namespace PlanPress.Model.Dates;

/// <summary>What a word of a date phrase stands for, beside the month names <see cref="MonthText"/> knows.</summary>
internal enum WordMeaning
{
    Early,
    Mid,
    Late,
    Fall,
    Winter,
    Spring,
    Summer,
    Quarter,
    Semester,
    Trimester,
    Week,
    SchoolYear,
    Year,
    First,
    Second,
    Third,
    Fourth,
}

/// <summary>
/// The words date phrases are written with, in English and Spanish, folded (lower case, no
/// accents): a table, so another language is rows added here, not code.
/// </summary>
internal static class PhraseWords
{
    /// <summary>Phrases that name no time yet; matched against the whole folded phrase's words.</summary>
    public static readonly string[] Undecided =
    [
        "tbd", "tba", "tbc", "to be determined", "to be decided", "to be scheduled", "to be announced", "to be confirmed",
        "date tbd", "dates tbd", "pending", "not yet scheduled", "not scheduled", "por determinar", "por definir",
        "por confirmar", "por anunciar", "a definir", "a determinar", "pendiente", "fecha por determinar", "sin fecha",
    ];

    /// <summary>Phrases of work that goes on rather than falls in a month.</summary>
    public static readonly string[] Ongoing =
    [
        "ongoing", "on going", "on-going", "continuous", "continuously", "continual", "throughout the year", "throughout the school year",
        "year round", "year-round", "as needed", "as necessary", "when needed", "each month", "every month", "each week", "every week",
        "once a month", "once a week", "twice a month", "una vez al mes", "una vez a la semana",
        "monthly", "weekly", "daily", "quarterly", "biweekly", "bi-weekly", "each quarter", "every quarter", "annually",
        "continuo", "continua", "permanente", "en curso", "durante todo el ano", "durante el ano", "durante el curso",
        "segun sea necesario", "segun se necesite", "cuando sea necesario", "mensual", "mensualmente", "semanal", "semanalmente",
        "trimestral", "trimestralmente", "diario", "diariamente", "cada mes", "cada semana", "cada dia", "cada ultimo", "each day", "every day", "yearly", "anualmente",
    ];

    /// <summary>Words that say nothing of the time itself ("by", "the", "de"), dropped before reading.</summary>
    public static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "by", "before", "due", "on", "starting", "start", "begins", "begin", "from", "in", "during", "the", "of", "approx",
        "approximately", "around", "about", "circa", "ca", "date", "dates",
        "de", "del", "el", "la", "los", "las", "en", "desde", "durante", "para", "antes", "hacia", "partir", "fecha", "fechas",
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "approximate", "tentative", "tentatively", "estimated", "aprox", "aproximadamente", "alrededor",
        "month", "mes", "day", "days", "throughout", "dia", "dias", "ends", "ambos", "inclusive", "between", "entre", "jue", "mie", "lun", "vie", "sab", "dom", "periodo", "vacacional",
    };

    public static readonly Dictionary<string, WordMeaning> Meanings = new(StringComparer.Ordinal)
    {
        ["early"] = WordMeaning.Early, ["beginning"] = WordMeaning.Early, ["principios"] = WordMeaning.Early, ["inicios"] = WordMeaning.Early,
        ["comienzos"] = WordMeaning.Early, ["inicio"] = WordMeaning.Early, ["principio"] = WordMeaning.Early,
        ["mid"] = WordMeaning.Mid, ["middle"] = WordMeaning.Mid, ["mediados"] = WordMeaning.Mid, ["mitad"] = WordMeaning.Mid,
        ["late"] = WordMeaning.Late, ["last"] = WordMeaning.Late, ["ultima"] = WordMeaning.Late, ["ultimo"] = WordMeaning.Late, ["end"] = WordMeaning.Late, ["finales"] = WordMeaning.Late, ["fines"] = WordMeaning.Late, ["fin"] = WordMeaning.Late, ["final"] = WordMeaning.Late,
        ["fall"] = WordMeaning.Fall, ["autumn"] = WordMeaning.Fall, ["otono"] = WordMeaning.Fall,
        ["winter"] = WordMeaning.Winter, ["invierno"] = WordMeaning.Winter,
        ["spring"] = WordMeaning.Spring, ["primavera"] = WordMeaning.Spring,
        ["summer"] = WordMeaning.Summer, ["verano"] = WordMeaning.Summer,
        ["quarter"] = WordMeaning.Quarter, ["qtr"] = WordMeaning.Quarter, ["quarters"] = WordMeaning.Quarter,
        ["semester"] = WordMeaning.Semester, ["sem"] = WordMeaning.Semester, ["semestre"] = WordMeaning.Semester, ["term"] = WordMeaning.Semester, ["half"] = WordMeaning.Semester,
        ["trimester"] = WordMeaning.Trimester, ["trimestre"] = WordMeaning.Trimester,
        ["week"] = WordMeaning.Week, ["wk"] = WordMeaning.Week, ["semana"] = WordMeaning.Week,
        ["school"] = WordMeaning.SchoolYear, ["sy"] = WordMeaning.SchoolYear, ["escolar"] = WordMeaning.SchoolYear, ["curso"] = WordMeaning.SchoolYear,
        ["academic"] = WordMeaning.SchoolYear, ["all"] = WordMeaning.SchoolYear, ["whole"] = WordMeaning.SchoolYear, ["entire"] = WordMeaning.SchoolYear,
        ["full"] = WordMeaning.SchoolYear, ["todo"] = WordMeaning.SchoolYear, ["ciclo"] = WordMeaning.SchoolYear,
        ["year"] = WordMeaning.Year, ["ano"] = WordMeaning.Year,
        ["first"] = WordMeaning.First, ["primer"] = WordMeaning.First, ["primero"] = WordMeaning.First, ["primera"] = WordMeaning.First,
        ["second"] = WordMeaning.Second, ["segundo"] = WordMeaning.Second, ["segunda"] = WordMeaning.Second,
        ["third"] = WordMeaning.Third, ["tercer"] = WordMeaning.Third, ["tercero"] = WordMeaning.Third, ["tercera"] = WordMeaning.Third,
        ["one"] = WordMeaning.First, ["two"] = WordMeaning.Second, ["three"] = WordMeaning.Third, ["four"] = WordMeaning.Fourth,
        ["fourth"] = WordMeaning.Fourth, ["cuarto"] = WordMeaning.Fourth, ["cuarta"] = WordMeaning.Fourth,
    };

    /// <summary>A season's first month and how many it has: fall is September to November.</summary>
    public static (int First, int Count) Season(WordMeaning season) => season switch
    {
        WordMeaning.Fall => (9, 3),
        WordMeaning.Winter => (12, 3),
        WordMeaning.Spring => (3, 3),
        _ => (6, 3),
    };
}
