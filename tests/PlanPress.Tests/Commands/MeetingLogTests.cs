using System.Text.Json;

namespace PlanPress.Tests.Commands;

/// <summary>
/// The pairs' meetings back from a form: a responses sheet shaped as Google Forms writes it (a
/// Timestamp, the respondent's e-mail, the questions as headers), beside the sample's content or
/// fetched from a shared sheet's address on a local server. The site shows counts and time only.
/// </summary>
public sealed class MeetingLogTests : IAsyncLifetime, IDisposable
{
    private const string Form = "https://docs.google.com/forms/d/e/FORM/viewform?usp=pp_url&entry.1={month}&entry.2={pair}";

    private readonly TempFolder _folder = new();
    private WorkbookServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await WorkbookServer.StartAsync();
        _folder.CopyFolder(Repository.Content, "content");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    /// <summary>The responses: Dana's pair met twice in October (90 + 45 min), Priya's answered "No" then met in November, and three rows that cannot all be counted.</summary>
    private static byte[] Responses(string path) => File.ReadAllBytes(new XlsxBuilder()
        .Sheet(
            "Form Responses 1",
            ["Timestamp", "Email Address", "Mentor name", "Which month is this meeting for?", "Did you meet this month?", "How many minutes did you meet?", "Notes (only the coordinator sees these)"],
            ["10/16/2023 15:42:10", "dana.w@example.org", "Dana Whitfield", "October 2023", "Yes", "90", "PRIVATE-NOTE fractions and the spelling bee"],
            ["10/30/2023 16:05:00", "dana.w@example.org", "Dana Whitfield", "October 2023", "Yes", "45", "PRIVATE-NOTE goals"],
            ["10/20/2023 9:00:00", "priya.r@example.org", "Priya Raman", "October 2023", "No", "", "PRIVATE-NOTE sick"],
            ["11/10/2023 10:00:00", "priya.r@example.org", "Priya Raman", "November", "Yes", "1 h", ""],
            ["11/11/2023 10:00:00", "someone@example.org", "Somebody Else", "October 2023", "Yes", "30", ""],
            ["11/12/2023 10:00:00", "dana.w@example.org", "Dana Whitfield", "March 2026", "Yes", "30", ""],
            ["11/13/2023 10:00:00", "dana.w@example.org", "Dana Whitfield", "November 2023", "Yes", "a while", ""])
        .Save(path));

    private Task<PlanPressRun> RunAsync(string command, string asOf = "2023-11-15") =>
        PlanPressRun.StartAsync(
            new Dictionary<string, string> { ["PLANPRESS_CACHE"] = _folder["cache"] },
            [command, "--content", _folder["content"], "--theme", Repository.Theme, "--as-of", asOf, .. command == "build" ? ["--output", _folder["site"], "--booklets", _folder["booklets"]] : Array.Empty<string>()]);

    private void Settings(string meetingLog) =>
        File.AppendAllText(_folder["content/site.yml"], $"\nmeeting_log: {meetingLog}\nlog_form: {Form}\nmentoring_hours: 50\n");

    [Fact]
    public async Task A_responses_workbook_gives_each_month_its_count_and_time_and_each_pair_its_meetings_and_no_name_or_note_is_published()
    {
        Responses(_folder["content/meeting-log.xlsx"]);
        Settings("meeting-log.xlsx");

        var build = await RunAsync("build");

        Assert.True(build.ExitCode == 0, build.Output);
        var log = _folder["content/meeting-log.xlsx"];
        Assert.Contains($"{log} [Form Responses 1] row 6: warning: The response names no pair of the Pairs sheet; it is not counted.", build.Output, StringComparison.Ordinal);
        Assert.Contains($"{log} [Form Responses 1] row 7: warning: The response is for March 2026, which is not a month of the plan (October 2023 – October 2024); it is not counted.", build.Output, StringComparison.Ordinal);
        Assert.Contains($"{log} [Form Responses 1] F8: warning: The time cannot be read; the meeting is counted without it.", build.Output, StringComparison.Ordinal);
        // Build output may be a public CI log: no name, and no answer quoted.
        Assert.DoesNotContain("Somebody", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("a while", build.Output, StringComparison.Ordinal);

        var october = File.ReadAllText(_folder["site/months/2023-10.html"]);
        // Priya's pair starts in January: October counts the one pair begun; her "No" is logged, not met.
        Assert.Contains("1 of 1 pairs logged a meeting for October 2023: 2 h 15 min in all.", october, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://docs.google.com/forms/d/e/FORM/viewform?usp=pp_url&amp;entry.1=October%202023&amp;entry.2=\">Mentors: log your meeting</a>", october, StringComparison.Ordinal);
        // Priya's November response is before her pair's first month (January): a warning, not counted.
        Assert.Contains($"{log} [Form Responses 1] row 5: warning: The response is for November 2023, before the pair's first month (January 2024); it is not counted.", build.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 1 pairs logged a meeting for November 2023: 0 min in all.", File.ReadAllText(_folder["site/index.html"]), StringComparison.Ordinal);
        Assert.Contains("No pair has logged a meeting for December 2023 yet.", File.ReadAllText(_folder["site/months/2023-12.html"]), StringComparison.Ordinal);

        using var plan = JsonDocument.Parse(File.ReadAllText(_folder["site/plan.json"]));
        var first = plan.RootElement.GetProperty("meetings")[0];
        Assert.Equal("2023-10", first.GetProperty("month").GetString());
        Assert.Equal(1, first.GetProperty("pairsMet").GetInt32());
        Assert.Equal(1, first.GetProperty("pairs").GetInt32());
        Assert.Equal(135, first.GetProperty("minutes").GetInt32());

        var booklet = File.ReadAllText(_folder["booklets/dana-whitfield-marco-alvarez.html"]);
        Assert.Contains("2 h 15 min of 50 h logged so far.", booklet, StringComparison.Ordinal);
        Assert.Contains("You logged 2 meetings for October 2023: 2 h 15 min in all.", booklet, StringComparison.Ordinal);
        Assert.Contains("<li>October 16, 2023: 1 h 30 min</li>", booklet, StringComparison.Ordinal);
        Assert.Contains("entry.2=Dana%20Whitfield%20%26%20Marco%20Alvarez", booklet, StringComparison.Ordinal);

        // Not a name, an e-mail address or a note in any file of the published site.
        foreach (var file in Directory.GetFiles(_folder["site"], "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var personal in new[] { "Whitfield", "Raman", "PRIVATE-NOTE", "dana.w@", "priya.r@", "someone@", "Somebody" })
            {
                Assert.False(text.Contains(personal, StringComparison.Ordinal), $"{file} holds \"{personal}\"");
            }
        }

        // For the coordinator: a pair with no meeting for a month that has ended, from the pair's own start (Priya's is January).
        var check = await RunAsync("check", "2024-01-10");
        var missed = check.Output.Split('\n').Where(l => l.Contains("logged no meeting", StringComparison.Ordinal)).ToList();
        Assert.True(missed.Count == 1 && missed[0].Trim().EndsWith("note: This pair logged no meeting for December 2023.", StringComparison.Ordinal) && missed[0].Contains("calendar.xlsx [Pairs] A", StringComparison.Ordinal), string.Join("\n", missed));
        Assert.DoesNotContain("Whitfield", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_responses_sheet_is_fetched_by_its_address_and_read_the_same()
    {
        var responses = Responses(_folder["responses.xlsx"]);
        _server.File("/spreadsheets/d/responses/export", () => responses);
        Settings(_server.Url("/spreadsheets/d/responses/export?format=xlsx&key=SECRET").ToString());

        var build = await RunAsync("build");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("SECRET", build.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 1 pairs logged a meeting for October 2023: 2 h 15 min in all.", File.ReadAllText(_folder["site/months/2023-10.html"]), StringComparison.Ordinal);
        Assert.Contains("2 h 15 min of 50 h logged so far.", File.ReadAllText(_folder["booklets/dana-whitfield-marco-alvarez.html"]), StringComparison.Ordinal);
        Assert.False(File.Exists(_folder["site/meeting-log.xlsx"]));
    }
}
