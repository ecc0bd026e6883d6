using System.Globalization;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Model.Tests.Dates;

public sealed class TimelineTests
{
    private static readonly YearMonth ProgramStart = new(2023, 10);

    private static Timing Read(string text, string language = "en") =>
        Timeline.Read(new SourceCell(text, new SourceLocation("plan.xlsx", "Reading", "C22")), CultureInfo.GetCultureInfo(language), ProgramStart);

    [Theory]
    [InlineData("3/4/19", "2019-03-04")]
    [InlineData("2/1/20", "2020-02-01")]
    [InlineData("October 15, 2020", "2020-10-15")]
    [InlineData("February 3, 2021", "2021-02-03")]
    [InlineData("by October 15, 2020", "2020-10-15")]
    [InlineData("2024-03-29", "2024-03-29")]
    [InlineData("15 March 2024", "2024-03-15")]
    public void A_day_is_read_as_that_day(string text, string due)
    {
        Assert.Equal(DateOnly.Parse(due, CultureInfo.InvariantCulture), Read(text).Due);
    }

    [Fact]
    public void Day_and_month_order_follows_the_plans_language()
    {
        Assert.Equal(new DateOnly(2019, 3, 4), Read("3/4/19", "en").Due);
        Assert.Equal(new DateOnly(2019, 4, 3), Read("3/4/19", "es").Due);
    }

    [Theory]
    [InlineData("Feb 2024", "2024-02-29")]
    [InlineData("December 2023", "2023-12-31")]
    [InlineData("Oct-23", "2023-10-31")]
    [InlineData("by the end of June 2024", "2024-06-30")]
    public void A_month_is_due_by_its_last_day(string text, string due)
    {
        Assert.Equal(DateOnly.Parse(due, CultureInfo.InvariantCulture), Read(text).Due);
    }

    [Theory]
    [InlineData("by end of Q2", "2024-03-31")]
    [InlineData("Q1", "2023-12-31")]
    [InlineData("No later than end of 3rd quarter", "2024-06-30")]
    [InlineData("end of the 4th quarter", "2024-09-30")]
    public void A_quarter_is_a_quarter_of_the_program_year_counted_from_its_start(string text, string due)
    {
        Assert.Equal(DateOnly.Parse(due, CultureInfo.InvariantCulture), Read(text).Due);
    }

    [Fact]
    public void A_date_cell_is_its_day()
    {
        var cell = new SourceCell("2019-03-04", new SourceLocation("plan.xlsx"), new DateTime(2019, 3, 4));

        Assert.Equal(new DateOnly(2019, 3, 4), Timeline.Read(cell, CultureInfo.GetCultureInfo("en"), null).Due);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sometime")]
    [InlineData("TBD")]
    [InlineData("Q5")]
    public void Words_that_name_no_date_are_not_read(string text)
    {
        Assert.Null(Read(text).Due);
    }

    [Fact]
    public void A_misspelt_month_is_suggested()
    {
        var reading = Read("Febuary 2024");

        Assert.Null(reading.Due);
        Assert.Equal("February 2024", reading.Suggestion);
    }

    [Theory]
    [InlineData("month 1, year 1", "2023-10")]
    [InlineData("month 1, year1", "2023-10")]
    [InlineData("month 2, year 1", "2023-11")]
    [InlineData("by the end of month 6 year 1", "2024-03")]
    [InlineData("end of the first year", "2024-09")]
    [InlineData("by the end of year 1", "2024-09")]
    [InlineData("by the end of their second year of employment", "2025-09")]
    [InlineData("by the end of their 18th month", "2025-03")]
    [InlineData("No later than end of 3rd quarter.", "2024-06")]
    [InlineData("once each of the 3rd and 4th quarters of the program year", "2024-06,2024-09")]
    public void The_seeds_timelines_resolve_against_the_program_start(string text, string months)
    {
        var timing = Read(text);

        Assert.Equal(TimingKind.Due, timing.Kind);
        Assert.Equal(months.Split(','), timing.Months.Select(m => m.ToString()));
        Assert.Equal(timing.Months[^1], timing.Month);
    }

    [Fact]
    public void A_year_on_its_own_runs_through_its_twelve_months()
    {
        var timing = Read("year 1");

        Assert.Equal(TimingKind.During, timing.Kind);
        Assert.Equal(12, timing.Months.Count);
        Assert.Equal((new YearMonth(2023, 10), new YearMonth(2024, 9)), (timing.Months[0], timing.Months[^1]));
    }

    [Theory]
    [InlineData("each week by Friday, 4 pm", TimingKind.Recurring)]
    [InlineData("every Monday", TimingKind.Recurring)]
    [InlineData("Weekly", TimingKind.Recurring)]
    [InlineData("within a week of below standard progress", TimingKind.AsNeeded)]
    [InlineData("as needed", TimingKind.AsNeeded)]
    [InlineData("when a protégé is absent twice", TimingKind.AsNeeded)]
    [InlineData("when pigs fly? no: whenever", TimingKind.AsNeeded)]
    [InlineData("soon-ish", TimingKind.NotSet)]
    public void Recurring_and_event_driven_wording_is_told_apart(string text, TimingKind kind)
    {
        Assert.Equal(kind, Read(text).Kind);
    }

    [Fact]
    public void Wording_relative_to_the_program_needs_its_start()
    {
        var cell = new SourceCell("month 2, year 1", new SourceLocation("plan.xlsx"));

        Assert.Equal(TimingKind.NotSet, Timeline.Read(cell, CultureInfo.GetCultureInfo("en"), programStart: null).Kind);
    }
}
