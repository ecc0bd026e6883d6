using PlanPress.Import.Sources;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests.Sources;

/// <summary>Fetching site.yml's sources from a real HTTP server (Kestrel, on this machine).</summary>
public sealed class SourceFetcherTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private WorkbookServer _server = null!;

    public async Task InitializeAsync() => _server = await WorkbookServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private FetchOptions Options(bool offline = false) => new(offline, _folder["cache"]) { Timeout = TimeSpan.FromSeconds(2), MaxBytes = 200_000 };

    private RemoteSource Source(string pathAndQuery, string name = "calendar.xlsx") => new(_server.Url(pathAndQuery), name, new SourceLocation("content/site.yml", null, "line 3"));

    private static byte[] Calendar() => File.ReadAllBytes(Repository.Fixture("calendar-other-words.xlsx"));

    private async Task<(IReadOnlyList<FetchedSource> Copies, Diagnostic Problem)> FailsAsync(string pathAndQuery)
    {
        var (copies, diagnostics) = await SourceFetcher.FetchAsync([Source(pathAndQuery)], Options(), Now);
        return (copies, Assert.Single(diagnostics, d => d.Severity == Severity.Error));
    }

    [Fact]
    public async Task A_workbook_is_fetched_into_the_cache_and_read_again_only_when_it_changed()
    {
        _server.File("/plan/calendar.xlsx", Calendar);

        var first = await SourceFetcher.FetchAsync([Source("/plan/calendar.xlsx")], Options(), Now);
        var second = await SourceFetcher.FetchAsync([Source("/plan/calendar.xlsx")], Options(), Now);

        Assert.Empty(first.Diagnostics);
        Assert.Equal(Calendar(), File.ReadAllBytes(Assert.Single(first.Copies).Path));
        Assert.Empty(second.Diagnostics);
        Assert.Equal(1, _server.NotModified);
        Assert.Equal(Calendar(), File.ReadAllBytes(Assert.Single(second.Copies).Path));
        Assert.EndsWith(".xlsx", second.Copies[0].Path, StringComparison.Ordinal);
        Assert.StartsWith(_folder["cache"], second.Copies[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offline_the_cached_copy_is_read_and_its_age_said_and_without_one_it_is_an_error()
    {
        _server.File("/calendar.xlsx", Calendar);
        var none = await SourceFetcher.FetchAsync([Source("/calendar.xlsx")], Options(offline: true), Now);
        await SourceFetcher.FetchAsync([Source("/calendar.xlsx")], Options(), DateTimeOffset.Now);
        var requests = _server.Requests.Count;

        var later = await SourceFetcher.FetchAsync([Source("/calendar.xlsx")], Options(offline: true), DateTimeOffset.Now.AddDays(3));

        Assert.Contains("never been fetched", Assert.Single(none.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Empty(none.Copies);
        Assert.Equal(requests, _server.Requests.Count);
        var warning = Assert.Single(later.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("fetched 3 days ago", warning.Message, StringComparison.Ordinal);
        Assert.Equal(Calendar(), File.ReadAllBytes(Assert.Single(later.Copies).Path));
    }

    [Theory]
    [InlineData(404, "404 Not Found")]
    [InlineData(500, "500 Internal Server Error")]
    [InlineData(403, "needs a sign-in")]
    public async Task A_server_error_is_an_error_naming_the_source_and_its_status(int status, string said)
    {
        _server.Status("/calendar.xlsx", status);

        var (copies, problem) = await FailsAsync("/calendar.xlsx");

        Assert.Empty(copies);
        Assert.Contains(said, problem.Message, StringComparison.Ordinal);
        Assert.Equal($"calendar.xlsx ({_server.Address}calendar.xlsx)", problem.Location.File);
    }

    [Fact]
    public async Task The_query_string_which_may_hold_a_key_is_never_shown()
    {
        var (_, problem) = await FailsAsync("/spreadsheets/d/abc/export?format=xlsx&key=TOPSECRET");

        Assert.DoesNotContain("TOPSECRET", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("TOPSECRET", problem.Expected, StringComparison.Ordinal);
        Assert.Contains("/spreadsheets/d/abc/export", problem.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_page_instead_of_the_workbook_is_refused_and_not_cached()
    {
        _server.Page("/calendar.xlsx", "<!DOCTYPE html><html><head><title>Sign in - Google Accounts</title></head><body><form>Email</form></body></html>");

        var (_, problem) = await FailsAsync("/calendar.xlsx");
        var offline = await SourceFetcher.FetchAsync([Source("/calendar.xlsx")], Options(offline: true), Now);

        Assert.Contains("a web page, not a workbook", problem.Message, StringComparison.Ordinal);
        Assert.Contains("shared so that anyone with the link can view it", problem.Expected, StringComparison.Ordinal);
        Assert.Empty(offline.Copies);
    }

    [Fact]
    public async Task Redirects_are_followed_but_not_in_a_loop_nor_to_plain_http()
    {
        _server.File("/files/calendar.xlsx", Calendar);
        _server.Redirect("/share", "/files/calendar.xlsx");
        _server.Redirect("/a", "/b");
        _server.Redirect("/b", "/a");
        _server.Redirect("/away", "http://example.org/calendar.xlsx");

        var followed = await SourceFetcher.FetchAsync([Source("/share")], Options(), Now);
        var (_, loop) = await FailsAsync("/a");
        var (_, away) = await FailsAsync("/away");

        Assert.Empty(followed.Diagnostics);
        Assert.Equal(Calendar(), File.ReadAllBytes(Assert.Single(followed.Copies).Path));
        Assert.Contains("redirects in a loop", loop.Message, StringComparison.Ordinal);
        Assert.Contains("http://example.org/calendar.xlsx, which is not https", away.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_stops_answering_is_given_up_on_in_time()
    {
        _server.Slow("/calendar.xlsx", TimeSpan.FromSeconds(30));

        var (_, problem) = await FailsAsync("/calendar.xlsx");

        Assert.Contains("did not send the workbook within 2 s", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--offline", problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_past_the_size_cap_is_refused_whether_or_not_its_length_was_announced()
    {
        _server.File("/announced.xlsx", () => new byte[300_000]);
        _server.Endless("/chunked.xlsx", 10_000_000);

        var (_, announced) = await FailsAsync("/announced.xlsx");
        var (_, chunked) = await FailsAsync("/chunked.xlsx");

        Assert.Contains("larger than PlanPress reads", announced.Message, StringComparison.Ordinal);
        Assert.Contains("larger than PlanPress reads", chunked.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_an_error_that_suggests_offline()
    {
        var gone = await WorkbookServer.StartAsync();
        var url = gone.Url("/calendar.xlsx");
        await gone.DisposeAsync();

        var (copies, diagnostics) = await SourceFetcher.FetchAsync([new RemoteSource(url, "calendar.xlsx", new SourceLocation("site.yml"))], Options(), Now);

        var problem = Assert.Single(diagnostics);
        Assert.Empty(copies);
        Assert.Contains("could not be fetched (no connection could be made to the server)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--offline", problem.Expected, StringComparison.Ordinal);
    }
}
