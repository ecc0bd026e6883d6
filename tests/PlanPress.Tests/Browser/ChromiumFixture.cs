using Microsoft.Playwright;

namespace PlanPress.Tests.Browser;

/// <summary>
/// One real Chromium for the whole test run (the system's: scripts/test.sh installs Debian's
/// chromium when it is missing; PLANPRESS_CHROMIUM names another), and the sample site built
/// once for the pages the browser tests open.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime, IDisposable
{
    public const string AsOf = "2024-03-15";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private readonly TempFolder _folder = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The Chromium the tests run.</summary>
    public string Executable { get; private set; } = null!;

    /// <summary>The sample content, built as of <see cref="AsOf"/>.</summary>
    public string Site => _folder["site"];

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("PLANPRESS_CHROMIUM") is { Length: > 0 } named ? named : Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("No Chromium found: run the tests with scripts/test.sh (it installs Debian's chromium) or set PLANPRESS_CHROMIUM.");
        Executable = executable;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        var build = await PlanPressRun.StartAsync("build", "--content", Repository.Content, "--theme", Repository.Theme, "--output", Site, "--booklets", _folder["booklets"], "--as-of", AsOf);
        Assert.True(build.ExitCode == 0, build.Output);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Every page of the built sample, by path from the site root.</summary>
    public IReadOnlyList<string> Pages =>
        Directory.EnumerateFiles(Site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public string Url(string page) => new Uri(Path.Combine(Site, page)).AbsoluteUri;
}

[CollectionDefinition(Name)]
public sealed class ChromiumTests : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
