using System.Diagnostics;

namespace PlanPress.Printing;

/// <summary>Prints pages to PDF with a headless Chromium or Chrome installed on the machine.</summary>
public sealed class ChromiumPrinter(string executable)
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public string Executable => executable;

    /// <summary>The browser given, else PLANPRESS_CHROMIUM, else the first of the usual names on PATH; null when there is none.</summary>
    public static ChromiumPrinter? Find(string? given, Func<string, string?> variable)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return File.Exists(given) ? new ChromiumPrinter(given) : null;
        }

        if (variable("PLANPRESS_CHROMIUM") is { Length: > 0 } named && File.Exists(named))
        {
            return new ChromiumPrinter(named);
        }

        var folders = (variable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.SelectMany(folder => Names.Select(name => Path.Combine(folder, name))).Where(File.Exists).Select(path => new ChromiumPrinter(path)).FirstOrDefault();
    }

    /// <summary>Prints one page; returns why it failed, or null.</summary>
    public async Task<string?> PrintAsync(string page, string pdf, string profile, CancellationToken token)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // A closed network, a fresh profile and no sandbox (which needs privileges containers lack): the pages are our own files.
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={profile}", "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEndAsync(token);
        _ = process.StandardOutput.ReadToEndAsync(token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return $"{Path.GetFileName(executable)} did not finish printing within {Patience.TotalSeconds} s.";
        }

        return process.ExitCode == 0 && File.Exists(pdf)
            ? null
            : $"{Path.GetFileName(executable)} could not print the page (exit code {process.ExitCode}): {(await output.ConfigureAwait(false)).Trim().Split('\n').LastOrDefault()}";
    }
}
