using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>
/// A calendar whose dates are written as people write them ("Week of Sept 22", "Fall 2025", "TBD"),
/// in English and in a plan kept in Spanish: each task on every month page it spans, with its days,
/// and those with no time yet kept on the year page, named in a note.
/// </summary>
public sealed class DatePhrasesTests
{
    private static async Task<(string Site, string Output)> BuildAsync(TempFolder folder, string language, string[] header, params object?[][] rows)
    {
        var content = folder["content"];
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "site.yml"), $"title: Peer mentoring\nlanguage: {language}\nprogram_start: 2025-08\nbase_url: https://example.org/mentoring/\nreminder_days: 0\n");
        new XlsxBuilder().Sheet("Calendar", [header, .. rows]).Save(Path.Combine(content, "calendar.xlsx"));
        var run = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", folder["site"], "--as-of", "2025-10-08");
        Assert.True(run.ExitCode == 0, run.Output);
        return (folder["site"], run.Output);
    }

    private static string Text(string site, string page) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, page))).QuerySelector("main")!.TextContent;

    /// <summary>The task's line on a page: its text, its days or months, who.</summary>
    private static string? Line(string site, string page, string task) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, page))).QuerySelectorAll("main .task")
            .Select(t => string.Join(' ', t.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .FirstOrDefault(t => t.Contains(task, StringComparison.Ordinal));

    [Fact]
    public async Task Dates_as_coordinators_type_them_put_each_task_on_the_months_it_spans_with_its_days()
    {
        using var folder = new TempFolder();
        var (site, output) = await BuildAsync(folder, "en", ["Date", "Task", "Who"],
            ["Week of Sept 22", "Meet your mentee", "Mentor"],
            ["Sept 29", "Meet again", "Mentor"],
            ["Oct 6–10", "Observe a session", "Coordinator"],
            ["Late January", "Run the mid-year survey", "Coordinator"],
            ["Fall 2025", "Recruit mentors", "Coordinator"],
            ["March 3-7, 2026", "Hold the spring conferences", "Coordinator"],
            ["Q4", "Write the year's report", "Coordinator"],
            ["To be scheduled", "Celebration picnic", "Coordinator"],
            ["ongoing", "Log your meetings", "Mentor"]);

        Assert.Contains("September 22–26", Line(site, "months/2025-09.html", "Meet your mentee"), StringComparison.Ordinal);
        Assert.Contains("October 6–10", Line(site, "months/2025-10.html", "Observe a session"), StringComparison.Ordinal);
        // "Sept 29" is a day of this September, not September 2029.
        Assert.Contains("September 29", Line(site, "months/2025-09.html", "Meet again"), StringComparison.Ordinal);
        Assert.Contains("Late January", Line(site, "months/2026-01.html", "Run the mid-year survey"), StringComparison.Ordinal);
        Assert.Contains("March 3–7", Line(site, "months/2026-03.html", "Hold the spring conferences"), StringComparison.Ordinal);
        // A season is on each of its months; a school year's fourth quarter ends with it, in May.
        foreach (var month in new[] { "2025-09", "2025-10", "2025-11" })
        {
            Assert.Contains("September – November 2025", Line(site, $"months/{month}.html", "Recruit mentors"), StringComparison.Ordinal);
        }

        Assert.NotNull(Line(site, "months/2026-05.html", "Write the year's report"));
        Assert.False(File.Exists(Path.Combine(site, "months/2026-07.html")));
        // Nothing is dropped: the tasks with no month are on the year page under their headings, each named in a note.
        var year = Text(site, "year.html");
        Assert.Contains("Date to be decided", year, StringComparison.Ordinal);
        Assert.Contains("Celebration picnic", year, StringComparison.Ordinal);
        Assert.Contains("Log your meetings", year, StringComparison.Ordinal);
        // In the calendar feed a run of days is one event over those days, once, with the reminder site.yml asks for (none here).
        var feed = Ical.Net.Calendar.Load(File.ReadAllText(Path.Combine(site, "calendar.ics")))!;
        var observe = Assert.Single(feed.Events, e => e.Summary == "Observe a session");
        Assert.Equal((new DateTime(2025, 10, 6), new DateTime(2025, 10, 11)), (observe.DtStart!.Value, observe.DtEnd!.Value));
        Assert.Empty(observe.Alarms);
        Assert.Equal(3, feed.Events.Count(e => e.Summary == "Recruit mentors"));
        // An ongoing task is on every month's checklist, under its heading, with boxes to tick; one to be decided is on none.
        foreach (var month in new[] { "2025-09", "2026-01" })
        {
            Assert.NotNull(Line(site, $"months/{month}.html", "Log your meetings"));
            Assert.Null(Line(site, $"months/{month}.html", "Celebration picnic"));
        }

        // They are on their role's page too, and search finds them there on the year page.
        Assert.Contains("Log your meetings", Text(site, "roles/mentor.html"), StringComparison.Ordinal);
        var index = File.ReadAllText(Path.Combine(site, "search-index.js"));
        Assert.Contains("\"year.html#task-tbd-1\"", index, StringComparison.Ordinal);
        Assert.NotNull(new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "year.html"))).GetElementById("task-tbd-1"));
        Assert.Contains("calendar.xlsx [Calendar] A9: note: \"To be scheduled\" names no month: the task \"Celebration picnic\" is listed on the year page under \"Date to be decided\".", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_calendar_kept_in_Spanish_is_read_with_its_headers_months_and_date_phrases()
    {
        using var folder = new TempFolder();
        var (site, _) = await BuildAsync(folder, "es", ["Mes", "Tarea", "Quién", "Notas"],
            ["octubre de 2025", "Reunirse con el mentor", "Coordinador y Mentores", ""],
            ["semana del 17 de noviembre", "Observar una sesión", "Coordinador", ""],
            ["principios de diciembre", "Encuesta de mitad de año", "Coordinador", "En línea"],
            ["otoño 2025", "Reclutar mentores", "Coordinador", ""],
            ["por determinar", "Fiesta de fin de curso", "Coordinador", ""]);

        Assert.NotNull(Line(site, "months/2025-10.html", "Reunirse con el mentor"));
        Assert.Contains("17–21 de noviembre", Line(site, "months/2025-11.html", "Observar una sesión"), StringComparison.Ordinal);
        Assert.Contains("A principios de diciembre", Line(site, "months/2025-12.html", "Encuesta de mitad de año"), StringComparison.Ordinal);
        Assert.Contains("septiembre – noviembre de 2025", Line(site, "months/2025-09.html", "Reclutar mentores"), StringComparison.Ordinal);
        Assert.Contains("Fiesta de fin de curso", Text(site, "year.html"), StringComparison.Ordinal);
        // "Coordinador y Mentores" is two roles, each with its page.
        Assert.True(File.Exists(Path.Combine(site, "roles/coordinador.html")) && File.Exists(Path.Combine(site, "roles/mentores.html")));
    }

    [Fact]
    public async Task A_row_of_its_own_above_its_tasks_is_their_phase_not_a_task()
    {
        using var folder = new TempFolder();
        var (site, _) = await BuildAsync(folder, "en", ["Month", "Task", "Who"],
            ["Fall term", "", ""],
            ["September 2025", "Meet your mentee", "Mentor"],
            ["October 2025", "Observe a session", "Coordinator"],
            ["Spring term", "", ""],
            ["January 2026", "Run the mid-year survey", "Coordinator"]);

        var september = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "months/2025-09.html")));
        Assert.Contains("Fall term", september.QuerySelector(".phase")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Spring term", new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "months/2026-01.html"))).QuerySelector(".phase")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Fall term", string.Join(' ', september.QuerySelectorAll(".task").Select(t => t.TextContent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_and_end_date_columns_put_a_task_on_every_month_between_them()
    {
        using var folder = new TempFolder();
        var (site, _) = await BuildAsync(folder, "en", ["Start Date", "End Date", "Task", "Who"],
            ["9/22/2025", "9/26/2025", "Meet your mentee", "Mentor"],
            ["10/1/2025", "12/15/2025", "Run the tutoring sessions", "Mentor"],
            ["1/12/2026", "", "Run the mid-year survey", "Coordinator"]);

        Assert.Contains("September 22–26", Line(site, "months/2025-09.html", "Meet your mentee"), StringComparison.Ordinal);
        foreach (var month in new[] { "2025-10", "2025-11", "2025-12" })
        {
            Assert.Contains("October 1 – December 15", Line(site, $"months/{month}.html", "Run the tutoring sessions"), StringComparison.Ordinal);
        }

        Assert.NotNull(Line(site, "months/2026-01.html", "Run the mid-year survey"));
    }

    [Fact]
    public async Task A_day_typed_as_a_date_cell_or_with_its_year_keeps_its_day_and_a_year_left_out_or_before_the_program_is_said()
    {
        using var folder = new TempFolder();
        var (site, output) = await BuildAsync(folder, "en", ["Date", "Task", "Who"],
            [new DateTime(2025, 9, 22), "Meet your mentee", "Mentor"],
            ["10/15/2025", "Observe a session", "Coordinator"],
            ["9/22", "Plan the next year", "Coordinator"],
            ["Nov 2024", "Old item", "Coordinator"]);

        Assert.Contains("September 22", Line(site, "months/2025-09.html", "Meet your mentee"), StringComparison.Ordinal);
        Assert.Contains("October 15", Line(site, "months/2025-10.html", "Observe a session"), StringComparison.Ordinal);
        // "9/22" under October 2025 is the next September: said, with how to say another.
        Assert.NotNull(Line(site, "months/2026-09.html", "Plan the next year"));
        Assert.Contains("calendar.xlsx [Calendar] A4: warning: \"9/22\" has no year, so it was placed in September 2026", output, StringComparison.Ordinal);
        Assert.Contains("calendar.xlsx [Calendar] B5: warning: This task is in November 2024, before the program starts (August 2025 in site.yml)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_end_date_before_its_start_is_an_error_saying_so_at_its_cell()
    {
        using var folder = new TempFolder();
        var content = folder["content"];
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: Peer mentoring\nlanguage: en\nprogram_start: 2025-08\n");
        new XlsxBuilder().Sheet("Calendar", ["Start Date", "End Date", "Task", "Who"], ["1/12/2026", "1/9/2026", "Run the mid-year survey", "Coordinator"]).Save(Path.Combine(content, "calendar.xlsx"));

        var run = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", folder["site"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("calendar.xlsx [Calendar] A2: error: This task ends (1/9/2026) before it starts (1/12/2026). Expected the end date on or after the start date.", run.Output, StringComparison.Ordinal);
    }
}
