using System.Globalization;
using PlanPress.Model;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Model.Tests.Dates;

public sealed class MonthTextTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly YearMonth ProgramStart = new(2023, 10);

    private static MonthReading Read(string text, YearMonth? previous = null, CultureInfo? culture = null) =>
        MonthText.Read(new SourceCell(text, new SourceLocation("calendar.xlsx", "Calendar", "A5")), culture ?? English, ProgramStart, previous);

    [Theory]
    [InlineData("October 2023", 2023, 10)]
    [InlineData("october 2023", 2023, 10)]
    [InlineData("Oct 2023", 2023, 10)]
    [InlineData("Oct. 2023", 2023, 10)]
    [InlineData("October, 2023", 2023, 10)]
    [InlineData("Oct-23", 2023, 10)]
    [InlineData("Sept 2024", 2024, 9)]
    [InlineData("Sep-24", 2024, 9)]
    [InlineData("2023-10", 2023, 10)]
    [InlineData("2024/02", 2024, 2)]
    [InlineData("10/2023", 2023, 10)]
    [InlineData("3-2024", 2024, 3)]
    [InlineData("  March 2024 ", 2024, 3)]
    [InlineData("2024-03-15", 2024, 3)]
    [InlineData("Month 1", 2023, 10)]
    [InlineData("month 3", 2023, 12)]
    [InlineData("Month 13", 2024, 10)]
    public void Reads_the_ways_coordinators_write_a_month(string text, int year, int month)
    {
        Assert.Equal(new YearMonth(year, month), Read(text).Month);
    }

    [Fact]
    public void A_real_date_cell_gives_its_month_whatever_its_text()
    {
        var cell = new SourceCell("ignored", new SourceLocation("calendar.xlsx"), new DateTime(2024, 2, 1));

        Assert.Equal(new YearMonth(2024, 2), MonthText.Read(cell, English, null, null).Month);
    }

    [Theory]
    [InlineData("November", 2023, 10, 2023, 11)]
    [InlineData("October", 2023, 10, 2023, 10)]
    [InlineData("January", 2023, 12, 2024, 1)]
    [InlineData("Feb", 2024, 1, 2024, 2)]
    public void A_month_without_a_year_is_the_next_one_on_or_after_the_month_above(string text, int aboveYear, int aboveMonth, int year, int month)
    {
        Assert.Equal(new YearMonth(year, month), Read(text, new YearMonth(aboveYear, aboveMonth)).Month);
    }

    [Fact]
    public void Month_names_of_the_plans_language_are_read_too()
    {
        var spanish = CultureInfo.GetCultureInfo("es");

        Assert.Equal(new YearMonth(2024, 2), Read("febrero 2024", culture: spanish).Month);
        Assert.Equal(new YearMonth(2023, 12), Read("Diciembre 2023", culture: spanish).Month);
    }

    [Theory]
    [InlineData("Octobr 2023", "October 2023")]
    [InlineData("Novmber 2023", "November 2023")]
    [InlineData("Febuary", "February")]
    public void A_mistyped_month_is_not_guessed_but_suggested(string text, string suggestion)
    {
        var reading = Read(text);

        Assert.Null(reading.Month);
        Assert.Equal(suggestion, reading.Suggestion);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("13/2023")]
    [InlineData("2023-00")]
    [InlineData("Month 0")]
    [InlineData("TBD")]
    public void Text_that_names_no_month_is_not_read(string text)
    {
        Assert.Null(Read(text).Month);
    }

    [Theory]
    [InlineData("Sept 22")]
    [InlineData("Oct 6")]
    [InlineData("9/22")]
    public void A_day_written_without_its_year_is_no_month_of_a_year_here_the_date_phrase_reader_places_it(string text) =>
        Assert.Null(Read(text).Month);

    [Theory]
    [InlineData("octubr 2025", "es", "octubre 2025")]
    [InlineData("Novembr 2023", "es", "November 2023")]
    [InlineData("Novembr 2023", "en", "November 2023")]
    public void A_mistyped_month_is_suggested_in_the_language_it_was_written_in(string text, string language, string suggestion) =>
        Assert.Equal(suggestion, Read(text, culture: CultureInfo.GetCultureInfo(language)).Suggestion);
}
