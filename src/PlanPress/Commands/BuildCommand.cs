using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PlanPress.Import;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Site;

namespace PlanPress.Commands;

/// <summary><c>planpress build</c>: import the content, resolve the plan, render the theme, replace the output folder.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output)
    {
        var content = new Option<string>("--content") { Description = "The folder holding site.yml and the plan's workbooks.", DefaultValueFactory = _ => "content" };
        var theme = new Option<string?>("--theme") { Description = "The theme folder (default: themes/default here, else the theme that ships with PlanPress)." };
        var outputFolder = new Option<string>("--output") { Description = "The folder the site is written to; replaced only when the build succeeds.", DefaultValueFactory = _ => "site-output" };
        var asOf = new Option<string?>("--as-of") { Description = "The date (YYYY-MM-DD) the site is built for: sets \"this month\". Default: today." };

        var command = new Command("build", "Build the site from the content folder.") { content, theme, outputFolder, asOf };
        command.SetAction((result, _) => RunAsync(
            output,
            result.GetValue(content)!,
            result.GetValue(theme),
            result.GetValue(outputFolder)!,
            result.GetValue(asOf)));
        return command;
    }

    public static async Task<int> RunAsync(TextWriter output, string content, string? theme, string outputFolder, string? asOfText)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var pages = 0;
        var succeeded = await BuildAsync().ConfigureAwait(false);

        foreach (var diagnostic in diagnostics)
        {
            await output.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var summary = succeeded
            ? $"Built {pages} pages into {outputFolder} in {clock.Elapsed.TotalSeconds:0.0} s ({Count(warnings, "warning")})."
            : $"Build failed with {Count(errors, "error")} and {Count(warnings, "warning")}; {outputFolder} was not changed.";
        await output.WriteLineAsync(summary).ConfigureAwait(false);
        return succeeded ? 0 : 1;

        async Task<bool> BuildAsync()
        {
            if (!TryParseAsOf(asOfText, out var asOf))
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation("--as-of"), $"\"{asOfText}\" is not a date.", "a date written YYYY-MM-DD, e.g. 2024-03-15"));
                return false;
            }

            var imported = ContentFolder.Read(content);
            diagnostics.AddRange(imported.Diagnostics);
            if (imported.Source is null || diagnostics.HasErrors())
            {
                return false;
            }

            var resolved = PlanResolver.Resolve(imported.Source);
            diagnostics.AddRange(resolved.Diagnostics);
            if (diagnostics.HasErrors())
            {
                return false;
            }

            var site = await SiteRenderer.RenderAsync(resolved.Plan, new Theme(theme ?? DefaultTheme()), asOf).ConfigureAwait(false);
            diagnostics.AddRange(site.Diagnostics);
            if (diagnostics.HasErrors())
            {
                return false;
            }

            if (SiteWriter.Replace(outputFolder, site.Files) is { } problem)
            {
                diagnostics.Add(problem);
                return false;
            }

            pages = site.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
            return true;
        }
    }

    /// <summary>themes/default in the current folder when there is one (a checkout of PlanPress), else the theme installed with the tool.</summary>
    private static string DefaultTheme()
    {
        var local = Path.Combine("themes", "default");
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "themes", "default");
    }

    private static bool TryParseAsOf(string? text, out DateOnly asOf)
    {
        if (text is null)
        {
            asOf = DateOnly.FromDateTime(DateTime.Today);
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf);
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? string.Empty : "s")}";
}
