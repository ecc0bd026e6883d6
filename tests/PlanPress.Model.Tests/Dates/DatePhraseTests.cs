using System.Globalization;
using PlanPress.Model.Dates;

namespace PlanPress.Model.Tests.Dates;

/// <summary>Dates as people type them, each read as the months (and days) it means in a school year starting August 2025.</summary>
public sealed class DatePhraseTests
{
    private static readonly YearMonth SchoolStart = new(2025, 8);

    private static string? Read(string text, string language = "en", YearMonth? start = null) =>
        DatePhrase.Read(text, CultureInfo.GetCultureInfo(language), start ?? SchoolStart) is { } span
            ? span.Kind switch
            {
                SpanKind.Dated => span.Days == SpanDays.None ? $"{span.First}..{span.Last}" : $"{span.From:yyyy-MM-dd}..{span.To:yyyy-MM-dd}",
                _ => span.Kind.ToString(),
            }
            : null;

    [Theory]
    [InlineData("Week of Sept 22", "2025-09-22..2025-09-26")]
    [InlineData("Oct 6–10", "2025-10-06..2025-10-10")]
    [InlineData("Oct 30 - Nov 3", "2025-10-30..2025-11-03")]
    [InlineData("March 3-7, 2026", "2026-03-03..2026-03-07")]
    [InlineData("Dec 15 – Jan 5, 2026", "2025-12-15..2026-01-05")]
    [InlineData("Sept 22", "2025-09-22..2025-09-22")]
    [InlineData("Monday, September 22nd", "2025-09-22..2025-09-22")]
    [InlineData("9/22/2025", "2025-09-22..2025-09-22")]
    [InlineData("9/22 - 9/26", "2025-09-22..2025-09-26")]
    [InlineData("2025-09-22", "2025-09-22..2025-09-22")]
    [InlineData("9/1/2025 – 6/1/2026", "2025-09-01..2026-06-01")]
    [InlineData("Late January", "2026-01-21..2026-01-31")]
    [InlineData("mid-March", "2026-03-11..2026-03-20")]
    [InlineData("Beginning of October", "2025-10-01..2025-10-10")]
    [InlineData("end of May", "2026-05-21..2026-05-31")]
    [InlineData("Sept–May", "2025-09..2026-05")]
    [InlineData("August 2025 - May 2026", "2025-08..2026-05")]
    [InlineData("October through December", "2025-10..2025-12")]
    [InlineData("Fall 2025", "2025-09..2025-11")]
    [InlineData("Winter 2026", "2025-12..2026-02")]
    [InlineData("spring", "2026-03..2026-05")]
    [InlineData("Fall '25", "2025-09..2025-11")]
    [InlineData("Spring semester", "2026-01..2026-05")]
    [InlineData("First semester", "2025-08..2025-12")]
    [InlineData("Q1", "2025-08..2025-10")]
    [InlineData("Q4", "2026-04..2026-05")]
    [InlineData("2nd quarter", "2025-11..2025-12")]
    [InlineData("Trimester 2", "2025-12..2026-02")]
    [InlineData("2025-26", "2025-08..2026-05")]
    [InlineData("2025-2026 school year", "2025-08..2026-05")]
    [InlineData("School year", "2025-08..2026-05")]
    [InlineData("To be scheduled", "ToBeDecided")]
    [InlineData("TBD", "ToBeDecided")]
    [InlineData("ongoing", "Ongoing")]
    [InlineData("As needed", "Ongoing")]
    [InlineData("Throughout the year", "Ongoing")]
    public void An_English_phrase_names_the_months_and_days_it_means(string phrase, string expected) =>
        Assert.Equal(expected, Read(phrase));

    [Theory]
    [InlineData("semana del 18 de agosto", "2025-08-18..2025-08-22")]
    [InlineData("principios de noviembre", "2025-11-01..2025-11-10")]
    [InlineData("a mediados de marzo", "2026-03-11..2026-03-20")]
    [InlineData("finales de enero", "2026-01-21..2026-01-31")]
    [InlineData("otoño 2025", "2025-09..2025-11")]
    [InlineData("del 6 al 10 de octubre", "2025-10-06..2025-10-10")]
    [InlineData("22/9/2025", "2025-09-22..2025-09-22")]
    [InlineData("octubre de 2025", "2025-10..2025-10")]
    [InlineData("de octubre a diciembre", "2025-10..2025-12")]
    [InlineData("primer semestre", "2025-08..2025-12")]
    [InlineData("2º trimestre", "2025-12..2026-02")]
    [InlineData("curso 2025-2026", "2025-08..2026-05")]
    [InlineData("por determinar", "ToBeDecided")]
    [InlineData("durante todo el año", "Ongoing")]
    public void A_Spanish_phrase_names_the_months_and_days_it_means(string phrase, string expected) =>
        Assert.Equal(expected, Read(phrase, "es"));

    [Fact]
    public void A_school_years_fourth_quarter_ends_with_the_school_year_and_a_calendar_years_with_the_year()
    {
        Assert.Equal("2026-04..2026-05", Read("Q4"));
        Assert.Equal("2026-05..2026-06", Read("Q4", start: new YearMonth(2025, 9)));
        Assert.Equal("2024-07..2024-09", Read("Q4", start: new YearMonth(2023, 10)));
    }

    [Theory]
    [InlineData("Novembr 2023")]
    [InlineData("next week")]
    [InlineData("Feb 30")]
    [InlineData("Q5")]
    [InlineData("March 2025 – May 2024")]
    [InlineData("meeting with Ms. Lopez")]
    [InlineData("Early January 0000")]
    [InlineData("Fall 0000")]
    public void Words_that_are_no_date_are_not_read_as_one(string phrase) =>
        Assert.Null(Read(phrase));

    [Theory]
    [InlineData("Oct TBD", "2025-10..2025-10")]
    [InlineData("octubre, por determinar", "2025-10..2025-10", "es")]
    [InlineData("October – to be determined", "2025-10..2025-10")]
    [InlineData("throughout October", "2025-10..2025-10")]
    [InlineData("durante octubre", "2025-10..2025-10", "es")]
    [InlineData("Todo el año", "2025-08..2026-05", "es")]
    [InlineData("All year", "2025-08..2026-05")]
    [InlineData("once a month", "Ongoing")]
    public void Words_around_a_date_are_read_the_same_in_English_and_Spanish(string phrase, string? expected, string language = "en") =>
        Assert.Equal(expected, Read(phrase, language));
}
