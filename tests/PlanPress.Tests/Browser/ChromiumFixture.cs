using Microsoft.Playwright;

namespace PlanPress.Tests.Browser;

/// <summary>
/// One real Chromium for the whole test run (the system's: scripts/test.sh installs Debian's
/// chromium when it is missing; PLANPRESS_CHROMIUM names another), and the sample site built
/// once for the pages the browser tests open. The browser tests run in two collections side by
/// side, each opening its own contexts in this one browser, which closes (and the sample is
/// deleted) when the last collection using it ends.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string AsOf = "2024-03-15";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private static readonly object Gate = new();
    private static Task<Started>? _shared;
    private static int _users;

    private Started _started = null!;

    public IBrowser Browser => _started.Browser;

    /// <summary>The Chromium the tests run.</summary>
    public string Executable => _started.Executable;

    /// <summary>The sample content, built as of <see cref="AsOf"/>.</summary>
    public string Site => _started.Folder["site"];

    public async Task InitializeAsync()
    {
        Task<Started> starting;
        lock (Gate)
        {
            _users++;
            starting = _shared ??= StartAsync();
        }

        _started = await starting;
    }

    public async Task DisposeAsync()
    {
        Task<Started>? last = null;
        lock (Gate)
        {
            if (--_users == 0)
            {
                (last, _shared) = (_shared, null);
            }
        }

        if (last is { IsCompletedSuccessfully: true })
        {
            last.Result.Folder.Dispose();
            await last.Result.Browser.DisposeAsync();
            last.Result.Playwright.Dispose();
        }
    }

    private sealed record Started(IPlaywright Playwright, IBrowser Browser, string Executable, TempFolder Folder);

    private static async Task<Started> StartAsync()
    {
        var executable = Environment.GetEnvironmentVariable("PLANPRESS_CHROMIUM") is { Length: > 0 } named ? named : Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("No Chromium found: run the tests with scripts/test.sh (it installs Debian's chromium) or set PLANPRESS_CHROMIUM.");
        var folder = new TempFolder();
        var build = await PlanPressRun.StartAsync("build", "--content", Repository.Content, "--theme", Repository.Theme, "--output", folder["site"], "--booklets", folder["booklets"], "--as-of", AsOf);
        Assert.True(build.ExitCode == 0, build.Output);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new Started(playwright, browser, executable, folder);
    }

    /// <summary>Every page of the built sample, by path from the site root.</summary>
    public IReadOnlyList<string> Pages =>
        Directory.EnumerateFiles(Site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public string Url(string page) => new Uri(Path.Combine(Site, page)).AbsoluteUri;

    /// <summary>The sample's base_url, where <see cref="ServeAsync"/> serves the built site as GitHub Pages would.</summary>
    public const string Host = "https://example.github.io/planpress/";

    /// <summary>The page's address on <see cref="Host"/>.</summary>
    public static string Served(string page) => Host + page;

    /// <summary>Every page with its address on <see cref="Host"/>; 404.html's is an address that is missing, where it is seen.</summary>
    public IEnumerable<(string Path, string Address)> ServedPages => Pages.Select(p => (p, Served(p == "404.html" ? "no/such/page.html" : p)));

    /// <summary>
    /// Serves the built site at <see cref="Host"/> to the context's pages, as GitHub Pages does:
    /// a folder's address gives its index.html, and any missing address gives 404.html with status 404.
    /// </summary>
    public Task ServeAsync(IBrowserContext context) => context.RouteAsync(Host + "**", async route =>
    {
        var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath)["/planpress/".Length..];
        path = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        var file = Path.GetFullPath(Path.Combine(Site, path));
        await (file.StartsWith(Site, StringComparison.Ordinal) && File.Exists(file)
            ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, Path = file })
            : route.FulfillAsync(new RouteFulfillOptions { Status = 404, Path = Path.Combine(Site, "404.html"), ContentType = "text/html; charset=utf-8" }));
    });
}

/// <summary>Half the browser tests (the sample's every page, print and checks), run beside <see cref="ChromiumVariantTests"/>: the two take about as long.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumTests : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}

/// <summary>The other half: every kind of site (<see cref="Variants.SiteVariants"/>), phones, the portal's pages, search, live reload and hostile cells, in the same browser.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumVariantTests : ICollectionFixture<ChromiumFixture>, ICollectionFixture<Variants.SiteVariants>
{
    public const string Name = "Chromium: site variants";
}
