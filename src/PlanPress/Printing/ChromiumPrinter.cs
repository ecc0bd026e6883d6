using PlanPress.Model.Diagnostics;

namespace PlanPress.Printing;

/// <summary>Prints pages to PDF with a headless Chromium or Chrome installed on the machine.</summary>
public sealed class ChromiumPrinter(string executable)
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

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

    /// <summary>What is said when <see cref="Find"/> finds no browser: none on the machine, or none at the path given.</summary>
    /// <param name="purpose">What the browser was wanted for: "print with", "check the pages in".</param>
    public static Diagnostic Missing(string? given, string purpose) => Diagnostic.Error(
        new SourceLocation(given ?? "--chromium"),
        given is null ? $"No Chromium or Chrome was found to {purpose}." : "There is no browser at this path.",
        "Chromium or Chrome installed (on Debian or Ubuntu: apt-get install chromium), or its path given with --chromium or PLANPRESS_CHROMIUM");

    /// <summary>Starts the browser, to print one page after another in it.</summary>
    public Task<ChromiumSession> StartAsync(string profile, CancellationToken token) => ChromiumSession.StartAsync(executable, profile, token);
}
