using System.CommandLine;
using System.Globalization;
using PlanPress.Model.Diagnostics;
using PlanPress.Import.Sources;
using PlanPress.Site;
using PlanPress.Reporting;

namespace PlanPress;

/// <summary>The options every command that reads the content shares.</summary>
public sealed class CommonOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "The folder holding site.yml and the plan's workbooks.", DefaultValueFactory = _ => "content" };

    public Option<string?> Theme { get; } = new("--theme") { Description = "The theme folder (default: themes/default here, else the theme that ships with PlanPress)." };

    public Option<string?> AsOf { get; } = new("--as-of") { Description = "The date (YYYY-MM-DD) the site is built for: sets \"this month\" and what is overdue. Default: today." };

    public Option<bool> Offline { get; } = new("--offline") { Description = "Read the copies of site.yml's sources fetched last time instead of fetching them." };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print errors and the closing line only." };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Also print notes (skipped example rows, repeated terms) and each step." };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Theme);
        command.Options.Add(AsOf);
        command.Options.Add(Offline);
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
    }

    /// <summary>How site.yml's sources are fetched: into the user's cache, or read from it with --offline.</summary>
    public FetchOptions Sources(ParseResult result, Terminal terminal) => new(result.GetValue(Offline), CacheFolder.Of("sources", terminal.Variable));

    /// <summary>The theme folder given, else <see cref="DefaultTheme"/>.</summary>
    public string ThemeFolder(ParseResult result) => result.GetValue(Theme) ?? DefaultTheme();

    /// <summary>themes/default in the current folder when there is one (a checkout of PlanPress), else the theme installed with the tool.</summary>
    public static string DefaultTheme()
    {
        var local = Path.Combine("themes", "default");
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "themes", "default");
    }

    /// <summary>Reads --as-of: a date written YYYY-MM-DD, or today when not given; the problem when it is neither.</summary>
    public static Diagnostic? ReadAsOf(string? text, out DateOnly asOf)
    {
        asOf = DateOnly.FromDateTime(DateTime.Today);
        return text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf)
            ? null
            : Diagnostic.Error(new SourceLocation("--as-of"), $"\"{text}\" is not a date.", "a date written YYYY-MM-DD, e.g. 2024-03-15");
    }

    public Verbosity Verbosity(ParseResult result) =>
        result.GetValue(Quiet) ? Reporting.Verbosity.Quiet : result.GetValue(Verbose) ? Reporting.Verbosity.Verbose : Reporting.Verbosity.Normal;
}
