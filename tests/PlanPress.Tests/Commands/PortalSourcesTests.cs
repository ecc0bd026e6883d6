namespace PlanPress.Tests.Commands;

/// <summary>A portal of 200 plans, each kept as a shared spreadsheet on one server (Kestrel): fetched together, a few at a time.</summary>
public sealed class PortalSourcesTests : IAsyncLifetime, IDisposable
{
    private const int Plans = 200;

    private readonly TempFolder _folder = new();
    private WorkbookServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await WorkbookServer.StartAsync();
        _server.Delay = TimeSpan.FromMilliseconds(20);
        _folder.Write("portal/site.yml", "title: State plans\n");
        for (var i = 1; i <= Plans; i++)
        {
            var calendar = File.ReadAllBytes(new XlsxBuilder().Sheet("Calendar", ["Month", "Task", "Who"], ["October 2023", $"Assess needs in district {i}", "Coordinator"]).Save(_folder[$"workbooks/{i}.xlsx"]));
            _server.File($"/plans/{i}.xlsx", () => calendar);
            _folder.Write($"portal/plans/district-{i:000}/site.yml", $"title: District {i}\nprogram_start: 2023-10\nsources:\n  - url: {_server.Url($"/plans/{(i == 7 ? "missing" : i.ToString(System.Globalization.CultureInfo.InvariantCulture))}.xlsx")}\n    name: calendar.xlsx\n");
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_plans_workbook_is_fetched_a_few_at_a_time_and_a_failed_fetch_fails_only_its_plan()
    {
        var built = await PlanPressRun.StartAsync(
            new Dictionary<string, string> { ["PLANPRESS_CACHE"] = _folder["cache"] },
            "build", "--content", _folder["portal"], "--theme", Repository.Theme, "--output", _folder["site"], "--as-of", "2023-10-15");

        Assert.True(built.ExitCode == 3, built.Output);
        Assert.Contains($"{Plans - 1} built", built.Output, StringComparison.Ordinal);
        Assert.Contains($"calendar.xlsx ({_server.Address}plans/missing.xlsx): error: The server answered 404", built.Output, StringComparison.Ordinal);
        Assert.Contains("1 plan not updated (plans/district-007)", built.Output, StringComparison.Ordinal);
        Assert.Contains("Assess needs in district 200", File.ReadAllText(_folder["site/district-200/months/2023-10.html"]), StringComparison.Ordinal);
        Assert.Equal(Plans, _server.Requests.Count);
        Assert.InRange(_server.MostAtOnce, 2, Import.Sources.HostGate.Usual);
    }

    [Fact]
    public async Task A_plan_the_list_gives_by_the_address_of_its_shared_workbook_is_built_like_a_folders()
    {
        var charter = File.ReadAllBytes(new XlsxBuilder().Sheet("Calendar", ["Month", "Task", "Who"], ["October 2023", "Welcome the charter's mentors", "Coordinator"]).Save(_folder["workbooks/charter.xlsx"]));
        _server.File("/charter/export", () => charter);
        new XlsxBuilder().Sheet("Plans", ["School", "Folder", "Level"], ["Charter School", _server.Url("/charter/export?format=xlsx&key=SECRET").AbsoluteUri, "High"], ["District 1", "district-001", "Elementary"]).Save(_folder["portal/plans.xlsx"]);

        var built = await PlanPressRun.StartAsync(
            new Dictionary<string, string> { ["PLANPRESS_CACHE"] = _folder["cache"] },
            "build", "--content", _folder["portal"], "--theme", Repository.Theme, "--output", _folder["site"], "--as-of", "2023-10-15");

        Assert.True(built.ExitCode == 3, built.Output);
        Assert.Contains("Welcome the charter&#x27;s mentors", File.ReadAllText(_folder["site/charter-school/months/2023-10.html"]), StringComparison.Ordinal);
        var home = File.ReadAllText(_folder["site/index.html"]);
        // In the list's order: the plan given by its address first, then the listed folder, then the folders the list does not name.
        Assert.True(home.IndexOf("Charter School", StringComparison.Ordinal) < home.IndexOf("District 1<", StringComparison.Ordinal));
        Assert.True(home.IndexOf("District 1<", StringComparison.Ordinal) < home.IndexOf("District 2<", StringComparison.Ordinal));
        Assert.Contains($"<code>{_server.Address}charter/export</code>", File.ReadAllText(_folder["site/status.html"]), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", built.Output + string.Concat(Directory.EnumerateFiles(_folder["site"], "*.html").Select(File.ReadAllText)), StringComparison.Ordinal);
    }
}
