using PuppeteerSharp;

namespace PlanPress.Printing;

/// <summary>
/// One headless Chromium that prints (or checks) page after page, driven by PuppeteerSharp over the DevTools
/// protocol on this machine only: starting a browser costs seconds, printing a page in a running
/// one a fraction of that, so a plan's dozens of months print in one start instead of one each.
/// The browser is the one installed on the machine; PuppeteerSharp never downloads one.
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(30);

    private readonly IBrowser _browser;
    private readonly IPage _page;

    private ChromiumSession(IBrowser browser, IPage page)
    {
        _browser = browser;
        _page = page;
    }

    /// <summary>Starts the browser with a fresh profile, its DevTools on a pipe of this process.</summary>
    public static async Task<ChromiumSession> StartAsync(string executable, string profile, CancellationToken token)
    {
        // A closed network, a fresh profile and no sandbox (which needs privileges containers lack): the pages are our own files.
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            UserDataDir = profile,
            Timeout = (int)StartPatience.TotalMilliseconds,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        }).WaitAsync(token).ConfigureAwait(false);
        try
        {
            var page = await browser.NewPageAsync().WaitAsync(token).ConfigureAwait(false);
            return new ChromiumSession(browser, page);
        }
        catch
        {
            await browser.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Prints a page (a file on this machine) with its stylesheet's paper size and margins, and returns the PDF.</summary>
    public async Task<byte[]> PrintAsync(string page, CancellationToken token)
    {
        var response = await _page.GoToAsync(new Uri(page).AbsoluteUri, WaitUntilNavigation.Load).WaitAsync(token).ConfigureAwait(false);
        if (response is { Ok: false })
        {
            throw new IOException($"the page did not open ({response.Status})");
        }

        return await _page.PdfDataAsync(new PdfOptions { PreferCSSPageSize = true, PrintBackground = false, DisplayHeaderFooter = false }).WaitAsync(token).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="script"/> in every page opened from now on, before the page's own (a checker the pages then call).</summary>
    public Task AddToEveryPageAsync(string script) => _page.EvaluateExpressionOnNewDocumentAsync(script);

    /// <summary>Opens a page <paramref name="width"/> CSS pixels wide, on screen.</summary>
    public async Task OpenAsync(Uri page, int width, CancellationToken token)
    {
        await WidthAsync(width).WaitAsync(token).ConfigureAwait(false);
        var response = await _page.GoToAsync(page.AbsoluteUri, WaitUntilNavigation.Load).WaitAsync(token).ConfigureAwait(false);
        if (response is { Ok: false })
        {
            throw new IOException($"the page did not open ({response.Status})");
        }
    }

    /// <summary>Lays the open page out again at <paramref name="width"/> CSS pixels, without reloading it.</summary>
    public Task WidthAsync(int width) => _page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 800 });

    /// <summary>Shows the open page as printed (its print stylesheet), or on screen again.</summary>
    public Task PrintMediaAsync(bool print) => _page.EmulateMediaTypeAsync(print ? PuppeteerSharp.Media.MediaType.Print : PuppeteerSharp.Media.MediaType.Screen);

    /// <summary>Runs a script (a function's text) in the open page and returns its result.</summary>
    public Task<T> EvaluateAsync<T>(string function, CancellationToken token, params object[] arguments) => _page.EvaluateFunctionAsync<T>(function, arguments).WaitAsync(token);

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync().ConfigureAwait(false);
        await _browser.DisposeAsync().ConfigureAwait(false);
    }
}
