using PlanPress.Model.Dates;

namespace PlanPress.Model.Tests.Dates;

public sealed class RecurrenceTests
{
    [Theory]
    [InlineData("each week by Friday, 4 pm", Frequency.Weekly, 1, DayOfWeek.Friday, "16:00")]
    [InlineData("every Monday at 8 a.m.", Frequency.Weekly, 1, DayOfWeek.Monday, "08:00")]
    [InlineData("every other Tuesday, 15:30", Frequency.Weekly, 2, DayOfWeek.Tuesday, "15:30")]
    [InlineData("weekly", Frequency.Weekly, 1, null, null)]
    [InlineData("biweekly check-in", Frequency.Weekly, 2, null, null)]
    [InlineData("daily", Frequency.Daily, 1, null, null)]
    [InlineData("monthly, at the staff meeting", Frequency.Monthly, 1, null, null)]
    public void Reads_how_a_duty_repeats(string wording, Frequency frequency, int interval, DayOfWeek? day, string? time)
    {
        var recurrence = Recurrence.Read(wording);

        Assert.Equal(new Recurrence(frequency, interval, day, time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)), recurrence);
    }

    [Fact]
    public void Wording_that_says_no_more_than_recurring_has_no_recurrence()
    {
        Assert.Null(Recurrence.Read("as the program needs"));
    }

    [Fact]
    public void The_first_occurrence_is_the_first_of_its_weekday_on_or_after_a_day()
    {
        var fridays = new Recurrence(Frequency.Weekly, 1, DayOfWeek.Friday, null);

        Assert.Equal(new DateOnly(2023, 10, 6), fridays.FirstOnOrAfter(new DateOnly(2023, 10, 1)));
        Assert.Equal(new DateOnly(2023, 10, 6), fridays.FirstOnOrAfter(new DateOnly(2023, 10, 6)));
    }

    [Theory]
    [InlineData("each week by Friday, 4 pm", "1 8 15 22 29")]
    [InlineData("every other Monday", "4 18")]
    [InlineData("weekly", "1 4 11 18 25")]
    [InlineData("monthly", "")]
    public void A_weekly_duty_falls_on_these_days_of_March_2024(string wording, string days)
    {
        var weeks = Recurrence.Read(wording)!.WeeksIn(new YearMonth(2024, 3));

        Assert.Equal(days, string.Join(' ', weeks.Select(d => d.Day)));
        Assert.All(weeks, d => Assert.Equal(3, d.Month));
    }
}
