using System.Globalization;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Pairs;

namespace PlanPress.Model.Tests.Pairs;

/// <summary>When an entry of a pair's action plan happens, as months of their booklet: a pair starting in January 2024 with a 13-month booklet.</summary>
public sealed class MapWhenTests
{
    private static readonly YearMonth Start = new(2024, 1);

    private static string? Months(string text, string language = "en")
    {
        var months = MapWhen.Read(new SourceCell(text, new SourceLocation("pairs.xlsx", "MAP", "C9")), CultureInfo.GetCultureInfo(language), Start, 13);
        return months is null ? null : string.Join(" ", months);
    }

    [Theory]
    [InlineData("every month", "2024-01 2024-02 2024-03 2024-04 2024-05 2024-06 2024-07 2024-08 2024-09 2024-10 2024-11 2024-12 2025-01")]
    [InlineData("Monthly", "2024-01 2024-02 2024-03 2024-04 2024-05 2024-06 2024-07 2024-08 2024-09 2024-10 2024-11 2024-12 2025-01")]
    [InlineData("each quarter", "2024-03 2024-06 2024-09 2024-12")]
    [InlineData("Quarterly", "2024-03 2024-06 2024-09 2024-12")]
    [InlineData("every other month", "2024-02 2024-04 2024-06 2024-08 2024-10 2024-12")]
    [InlineData("every 6 months", "2024-06 2024-12")]
    [InlineData("October and March", "2024-03 2024-10")]
    [InlineData("Oct, Jan, Apr", "2024-01 2024-04 2024-10 2025-01")]
    [InlineData("month 3", "2024-03")]
    [InlineData("end of Q2", "2024-06")]
    [InlineData("May 2024", "2024-05")]
    [InlineData("3rd and 4th quarters", "2024-09 2024-12")]
    public void The_wording_is_placed_on_the_months_of_the_pairs_booklet(string text, string expected)
    {
        Assert.Equal(expected, Months(text));
    }

    [Fact]
    public void Month_names_and_every_quarter_are_read_in_the_plans_language()
    {
        Assert.Equal("2024-03 2024-10", Months("octubre y marzo", "es"));
        Assert.Equal("2024-03 2024-06 2024-09 2024-12", Months("cada trimestre", "es"));
    }

    [Theory]
    [InlineData("when we can")]
    [InlineData("sometime soon")]
    [InlineData("October and later")]
    public void Wording_that_names_no_month_is_not_guessed(string text)
    {
        Assert.Null(Months(text));
    }

    [Theory]
    [InlineData("III. Action Steps", MapPart.ActionStep)]
    [InlineData("Areas for Improvement:", MapPart.AreaToImprove)]
    [InlineData("V. Check-In Points:", MapPart.CheckIn)]
    [InlineData("Milestones and Deadlines", MapPart.Milestone)]
    [InlineData("VIII. Evaluation Criteria:", MapPart.SuccessIndicator)]
    [InlineData("short term goals", MapPart.ShortTermGoal)]
    [InlineData("Activities", MapPart.ActionStep)]
    [InlineData("Check-ins", MapPart.CheckIn)]
    public void Sections_are_read_in_the_templates_words_numbered_plural_or_with_a_colon(string text, MapPart part)
    {
        Assert.Equal(part, MapParts.Read(text));
    }

    [Fact]
    public void A_word_that_is_no_section_is_not_taken_for_one_and_gets_a_suggestion()
    {
        Assert.Null(MapParts.Read("Milstone"));
        Assert.Equal("Milestone", MapParts.Closest("Milstone"));
        Assert.Null(MapParts.Read("Lunch"));
    }
}
