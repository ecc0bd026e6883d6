using System.Text;

namespace PlanPress.Tests.Browser;

/// <summary><c>planpress pdf</c> with the real Chromium the browser tests use.</summary>
[Collection(ChromiumTests.Name)]
public sealed class PdfCommandTests(ChromiumFixture chromium) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Prints_the_months_the_booklet_and_the_pairs_booklets_on_A4_in_each_language_of_the_plan()
    {
        var content = Commands.BilingualSample.Write(_folder);

        var run = await PlanPressRun.StartAsync("pdf", "--content", content, "--theme", Repository.Theme, "--output", _folder["pdf"], "--as-of", ChromiumFixture.AsOf, "--paper", "a4", "--chromium", chromium.Executable);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Printed 32 PDFs on A4 paper", run.Output, StringComparison.Ordinal);
        foreach (var language in new[] { string.Empty, "es/" })
        {
            Assert.Equal(13, Directory.GetFiles(_folder[$"pdf/{language}months"], "*.pdf").Length);
            Assert.All(Directory.GetFiles(_folder[$"pdf/{language}months"]), pdf => Assert.Equal(1, Pdf.PageCount(File.ReadAllBytes(pdf))));
            Assert.Equal(13, Pdf.PageCount(File.ReadAllBytes(_folder[$"pdf/{language}booklet.pdf"])));
            Assert.Equal(2, Directory.GetFiles(_folder[$"pdf/booklets/{language}"], "*.pdf").Length);
        }

        Assert.Contains("/MediaBox [0 0 594.95996 841.91998]", Encoding.Latin1.GetString(File.ReadAllBytes(_folder["pdf/booklet.pdf"])), StringComparison.Ordinal);
        Assert.Contains("Octubre", string.Concat(PrintedPage.Read(File.ReadAllBytes(_folder["pdf/es/months/2023-10.pdf"])).Letters.Select(l => l.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_browser_it_says_so_and_exits_with_its_own_code()
    {
        var run = await PlanPressRun.StartAsync(new Dictionary<string, string> { ["PATH"] = _folder.Path }, "pdf", "--content", Repository.Content, "--output", _folder["pdf"]);

        Assert.Equal(PlanPress.Commands.PdfCommand.NoBrowser, run.ExitCode);
        Assert.Contains("error: No Chromium or Chrome was found to print with. Expected Chromium or Chrome installed", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["pdf"]));
    }

    [Fact]
    public async Task A_browser_that_does_not_start_is_an_error_and_the_previous_pdfs_stay()
    {
        Directory.CreateDirectory(_folder["pdf"]);
        File.WriteAllText(_folder["pdf/.planpress"], "previous");

        var run = await PlanPressRun.StartAsync("pdf", "--content", Repository.Content, "--theme", Repository.Theme, "--output", _folder["pdf"], "--as-of", ChromiumFixture.AsOf, "--chromium", "/bin/false");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("false did not start: Failed to launch browser! The browser process exited with code 1.", run.Output, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(_folder["pdf/.planpress"]));
        Assert.False(run.ShowsStackTrace, run.Output);
    }
}
