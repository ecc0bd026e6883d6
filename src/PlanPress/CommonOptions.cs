using System.CommandLine;
using PlanPress.Reporting;

namespace PlanPress;

/// <summary>The options every command that reads the content shares.</summary>
public sealed class CommonOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "The folder holding site.yml and the plan's workbooks.", DefaultValueFactory = _ => "content" };

    public Option<string?> Theme { get; } = new("--theme") { Description = "The theme folder (default: themes/default here, else the theme that ships with PlanPress)." };

    public Option<string?> AsOf { get; } = new("--as-of") { Description = "The date (YYYY-MM-DD) the site is built for: sets \"this month\" and what is overdue. Default: today." };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print errors and the closing line only." };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Also print notes (skipped example rows, repeated terms) and each step." };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Theme);
        command.Options.Add(AsOf);
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
    }

    public Verbosity Verbosity(ParseResult result) =>
        result.GetValue(Quiet) ? Reporting.Verbosity.Quiet : result.GetValue(Verbose) ? Reporting.Verbosity.Verbose : Reporting.Verbosity.Normal;
}
