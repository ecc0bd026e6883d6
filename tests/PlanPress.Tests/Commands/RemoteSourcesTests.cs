namespace PlanPress.Tests.Commands;

/// <summary>
/// The sample's calendar kept as a shared spreadsheet: site.yml lists its address, and build, check
/// and --offline read it from a real HTTP server (Kestrel) as if it were in the content folder.
/// </summary>
public sealed class RemoteSourcesTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private WorkbookServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await WorkbookServer.StartAsync();
        _folder.CopyFolder(Repository.Content, "content");
        var calendar = File.ReadAllBytes(_folder["content/calendar.xlsx"]);
        File.Delete(_folder["content/calendar.xlsx"]);
        _server.File("/spreadsheets/d/abc/export", () => calendar);
        File.AppendAllText(_folder["content/site.yml"], $"""

            sources:
              - url: {_server.Url("/spreadsheets/d/abc/export?format=xlsx&key=SECRET")}
                name: calendar.xlsx
            """);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private Task<PlanPressRun> RunAsync(string command, params string[] more) =>
        PlanPressRun.StartAsync(
            new Dictionary<string, string> { ["PLANPRESS_CACHE"] = _folder["cache"] },
            [command, "--content", _folder["content"], "--theme", Repository.Theme, "--as-of", "2024-03-15", .. command == "build" ? ["--output", _folder["site"], "--booklets", _folder["booklets"]] : Array.Empty<string>(), .. more]);

    [Fact]
    public async Task The_shared_calendar_is_built_like_a_local_one_and_a_failed_fetch_leaves_the_site_as_it_was()
    {
        var check = await RunAsync("check");
        var build = await RunAsync("build");
        var march = File.ReadAllText(_folder["site/months/2024-03.html"]);

        Assert.True(check.ExitCode == 0, check.Output);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("Built 43 pages", build.Output, StringComparison.Ordinal);
        Assert.Contains("Program Coordinator", march, StringComparison.Ordinal);

        _server.Status("/spreadsheets/d/abc/export", 500);
        var failed = await RunAsync("build");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains($"calendar.xlsx ({_server.Address}spreadsheets/d/abc/export): error: The server answered 500", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", failed.Output, StringComparison.Ordinal);
        Assert.False(failed.ShowsStackTrace, failed.Output);
        Assert.Equal(march, File.ReadAllText(_folder["site/months/2024-03.html"]));

        var offline = await RunAsync("build", "--offline");

        Assert.True(offline.ExitCode == 0, offline.Output);
        Assert.Contains("Offline: read the copy fetched just now", offline.Output, StringComparison.Ordinal);
        Assert.Contains("Built 43 pages", offline.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_file_that_is_not_a_workbook_is_named_by_its_source_in_the_error()
    {
        _server.File("/broken.xlsx", () => System.Text.Encoding.UTF8.GetBytes("not a workbook"));
        File.AppendAllText(_folder["content/site.yml"], $"\n  - {_server.Url("/broken.xlsx")}\n");

        var check = await RunAsync("check");

        Assert.Equal(1, check.ExitCode);
        Assert.True(check.Output.Contains($"broken.xlsx ({_server.Address}broken.xlsx): error: This is a text file, not a workbook", StringComparison.Ordinal), check.Output);
    }
}
