using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;
using Spectre.Console;

namespace PlanPress.Reporting;

/// <summary>How much a command says.</summary>
public enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}

/// <summary>
/// Prints what a command found the one way diagnostics are printed, and a closing line. On a
/// terminal it shows progress and colours the severity (never with NO_COLOR set); under GitHub
/// Actions it also writes workflow commands so problems show on the pull request.
/// </summary>
public sealed class Reporter(TextWriter output, Verbosity verbosity, Terminal terminal)
{
    private readonly bool _colour = terminal.IsInteractive && string.IsNullOrEmpty(terminal.Variable("NO_COLOR"));
    private readonly bool _githubActions = terminal.Variable("GITHUB_ACTIONS") == "true";

    /// <summary>Whether the command runs on GitHub Actions: a build there is one for publishing.</summary>
    public bool OnGitHubActions => _githubActions;


    /// <summary>Runs work with a spinner naming its current step on a terminal, and plainly elsewhere.</summary>
    public async Task<T> WithProgressAsync<T>(Func<Action<string>, Task<T>> work)
    {
        if (!terminal.IsInteractive || verbosity == Verbosity.Quiet)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            return await work(step =>
            {
                if (verbosity == Verbosity.Verbose)
                {
                    output.WriteLine($"{step}… ({clock.Elapsed.TotalSeconds:0.0} s)");
                }
            }).ConfigureAwait(false);
        }

        return await AnsiConsole.Status().StartAsync("Starting", context => work(step => context.Status(step))).ConfigureAwait(false);
    }

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(Shown))
        {
            output.WriteLine(_colour ? Coloured(diagnostic) : diagnostic.ToString());
            if (_githubActions && diagnostic.Severity != Severity.Info)
            {
                output.WriteLine(WorkflowCommand(diagnostic));
            }
        }
    }

    /// <summary>The closing line; printed even when quiet.</summary>
    public void Summary(string line) => output.WriteLine(line);

    /// <summary>How many of the problems are errors and how many warnings.</summary>
    public static (int Errors, int Warnings) Tally(IEnumerable<Diagnostic> diagnostics)
    {
        var (errors, warnings) = (0, 0);
        foreach (var diagnostic in diagnostics)
        {
            errors += diagnostic.Severity == Severity.Error ? 1 : 0;
            warnings += diagnostic.Severity == Severity.Warning ? 1 : 0;
        }

        return (errors, warnings);
    }

    /// <summary>
    /// Reports the problems of a run that changed nothing and closes it ("Build failed with 2 errors
    /// and 1 warning; site-output was not changed."); returns its exit code, 1.
    /// </summary>
    /// <param name="run">What failed: "Build", "Assembly", "Printing".</param>
    /// <param name="unchanged">The folder left as it was; null when nothing at all was changed.</param>
    public int Failed(string run, IReadOnlyCollection<Diagnostic> diagnostics, string? unchanged)
    {
        Report(diagnostics);
        var (errors, warnings) = Tally(diagnostics);
        Summary($"{run} failed with {Plural.Of(errors, "error")} and {Plural.Of(warnings, "warning")}; {(unchanged is null ? "nothing was changed" : unchanged + " was not changed")}.");
        return 1;
    }

    private bool Shown(Diagnostic diagnostic) => verbosity switch
    {
        Verbosity.Quiet => diagnostic.Severity == Severity.Error,
        Verbosity.Normal => diagnostic.Severity != Severity.Info,
        _ => true,
    };

    private static string Coloured(Diagnostic diagnostic)
    {
        var text = diagnostic.ToString();
        var word = $": {diagnostic.Severity.ToString().ToLowerInvariant()}: ";
        var colour = diagnostic.Severity switch
        {
            Severity.Error => "\u001b[31m",
            Severity.Warning => "\u001b[33m",
            _ => "\u001b[36m",
        };
        return text.Replace(word, $": {colour}{word[2..^2]}\u001b[0m: ", StringComparison.Ordinal);
    }

    /// <summary>"::error file=content/calendar.xlsx,title=Calendar B14::The month …" (GitHub's workflow command syntax).</summary>
    public static string WorkflowCommand(Diagnostic diagnostic)
    {
        var kind = diagnostic.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
        var location = diagnostic.Location;
        var title = string.Join(' ', new[] { location.Sheet, location.Cell }.Where(p => !string.IsNullOrEmpty(p)));
        var properties = $"file={Property(location.File)}";
        if (title.Length > 0)
        {
            properties += $",title={Property(title)}";
        }

        return $"::{kind} {properties}::{Data(diagnostic.Explanation)}";
    }

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
