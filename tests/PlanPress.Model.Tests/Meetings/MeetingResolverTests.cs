using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Meetings;
using PlanPress.Model.Pairs;

namespace PlanPress.Model.Tests.Meetings;

/// <summary>Form responses as coordinators' forms give them: times written every way, names that contain others, a month named alone in a plan with two of them.</summary>
public sealed class MeetingResolverTests
{
    private static readonly SiteSettings Settings = new("Plan", "School", "2023–2024", new YearMonth(2023, 10), "en", string.Empty) { MeetingLog = "log.xlsx" };

    /// <summary>October 2023 to October 2024: two Octobers.</summary>
    private static readonly IReadOnlyList<YearMonth> Months = Enumerable.Range(0, 13).Select(i => new YearMonth(2023, 10).AddMonths(i)).ToList();

    private static readonly SourceLocation Here = new("log.xlsx", "Responses", "A2");

    private static int _rows = 1;

    /// <summary>A response on a row of its own.</summary>
    private static MeetingRow Row(string who, string month = "October 2023", string met = "Yes", string minutes = "30", string when = "")
    {
        var row = Here with { Cell = $"row {Interlocked.Increment(ref _rows)}" };
        return new(row, new SourceCell(when, row), new SourceCell(month, row), [new SourceCell(who, row)], new SourceCell(met, row), [new MeetingTime(new SourceCell(minutes, row), false)], SourceCell.Blank(row));
    }

    private static Pair PairOf(string mentor, string protege) => new(mentor, protege, new YearMonth(2023, 10), string.Empty, Here);

    [Theory]
    [InlineData("45", false, 45)]
    [InlineData("45 min", false, 45)]
    [InlineData("1 h 30 min", false, 90)]
    [InlineData("1h30", false, 90)]
    [InlineData("1.5 hours", false, 90)]
    [InlineData("1,5 horas", false, 90)]
    [InlineData("1:30", false, 90)]
    [InlineData("2", true, 120)]
    [InlineData("an hour or so", false, null)]
    public void A_time_is_read_as_people_write_it(string text, bool hours, int? minutes) =>
        Assert.Equal(minutes, MeetingResolver.Minutes(new SourceCell(text, Here), hours));

    [Fact]
    public void A_few_minutes_are_taken_for_hours_with_a_note_and_a_response_before_the_pairs_start_is_not_counted()
    {
        var pair = PairOf("Ann Lee", "Sam Park") with { Start = new YearMonth(2023, 11) };
        var diagnostics = new List<Diagnostic>();

        var log = MeetingResolver.Resolve([Row("Ann Lee", "November 2023", minutes: "1.5"), Row("Ann Lee", "October 2023")], Months, [pair], Settings, diagnostics);

        Assert.Equal(90, Assert.Single(log.Meetings).Minutes);
        Assert.Equal([Severity.Note, Severity.Warning], diagnostics.Select(d => d.Severity));
        Assert.Equal("The response is for October 2023, before the pair's first month (November 2023); it is not counted.", diagnostics[1].Message);
    }

    [Fact]
    public void A_duration_cell_is_its_time_of_day()
    {
        Assert.Equal(90, MeetingResolver.Minutes(new SourceCell("1:30", Here, new DateTime(1899, 12, 30, 1, 30, 0)), false));
        Assert.Null(MeetingResolver.Minutes(new SourceCell("10/16/2023", Here, new DateTime(2023, 10, 16)), false));
    }

    [Fact]
    public void A_name_inside_another_is_not_that_pair_and_a_mentor_of_two_pairs_needs_the_protege()
    {
        var ann = PairOf("Ann Lee", "Sam Park");
        var joann = PairOf("Joann Leeds", "Kim Ortiz");
        var twice = PairOf("Ray Cole", "Eli Moss");
        var again = PairOf("Ray Cole", "Noa Diaz");
        var diagnostics = new List<Diagnostic>();

        var log = MeetingResolver.Resolve(
            [Row("Joann Leeds"), Row("Ann Lee & Sam Park"), Row("Ray Cole"), Row("Ray Cole and Noa Diaz")],
            Months, [ann, joann, twice, again], Settings, diagnostics);

        Assert.Equal([joann, ann, again], log.Meetings.Select(m => m.Pair));
        Assert.Equal("The response names someone of 2 pairs; it is not counted.", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void A_month_named_alone_is_the_plans_month_of_that_name_begun_by_the_day_sent()
    {
        var pair = PairOf("Ann Lee", "Sam Park");

        var log = MeetingResolver.Resolve(
            [Row("Ann Lee", "October", when: "10/20/2023 9:00:00"), Row("Ann Lee", "October", when: "10/21/2024 9:00:00"), Row("Ann Lee", "October")],
            Months, [pair], Settings, []);

        Assert.Equal([new YearMonth(2023, 10), new YearMonth(2024, 10), new YearMonth(2023, 10)], log.Meetings.Select(m => m.Month));
    }

    [Fact]
    public void Whether_they_met_is_the_answers_first_word_and_an_unclear_one_is_not_met_with_a_warning_that_quotes_nothing()
    {
        var pair = PairOf("Ann Lee", "Sam Park");
        var diagnostics = new List<Diagnostic>();

        var log = MeetingResolver.Resolve(
            [Row("Ann Lee", met: "Yes, twice", when: "10/2/2023"), Row("Ann Lee", met: "No – Sam was sick", when: "10/3/2023"), Row("Ann Lee", met: "Sí", when: "10/4/2023"), Row("Ann Lee", met: "Rescheduled with Ann", when: "10/5/2023")],
            Months, [pair], Settings, diagnostics);

        Assert.Equal([true, false, true, false], log.Meetings.Select(m => m.Met));
        var warning = Assert.Single(diagnostics);
        Assert.DoesNotContain("Ann", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_both_of_the_pair_logged_is_counted_once()
    {
        var pair = PairOf("Ann Lee", "Sam Park");

        var log = MeetingResolver.Resolve(
            [Row("Ann Lee", minutes: "45", when: "10/16/2023 15:00:00"), Row("Sam Park", minutes: "50", when: "10/16/2023 18:00:00")],
            Months, [pair], Settings, []);

        Assert.Equal(50, Assert.Single(log.Meetings).Minutes);
        Assert.Equal(new MeetingMonth(new YearMonth(2023, 10), 1, 50, 1, 1), log.In(new YearMonth(2023, 10)));
    }
}
