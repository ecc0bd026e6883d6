using System.CommandLine;
using PlanPress.Import.Sources;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;
using PlanPress.Printing;
using PlanPress.Reporting;
using PlanPress.Site;

namespace PlanPress.Commands;

/// <summary>
/// <c>planpress pdf</c>: the month checklists, the year's booklet and the pairs' personal booklets
/// as PDF files, printed by a headless Chromium or Chrome on Letter or A4 paper.
/// </summary>
public static class PdfCommand
{
    /// <summary>The exit code when no browser to print with was found.</summary>
    public const int NoBrowser = 2;

    private static readonly TimeSpan PagePatience = TimeSpan.FromMinutes(1);

    public static Command Create(TextWriter output, Terminal terminal)
    {
        var options = new CommonOptions();
        var outputFolder = new Option<string>("--output") { Description = "Where the PDF files go (months/, booklet.pdf, booklets/); replaced whole.", DefaultValueFactory = _ => "pdf" };
        var chromium = new Option<string?>("--chromium") { Description = "The Chromium or Chrome to print with (default: PLANPRESS_CHROMIUM, else chromium or google-chrome on PATH)." };
        var paper = new Option<string>("--paper") { Description = "letter or a4.", DefaultValueFactory = _ => "letter" };
        paper.AcceptOnlyFromAmong("letter", "a4", "Letter", "A4");
        var command = new Command("pdf", "Print the month checklists, the year's booklet and the pairs' booklets to PDF with a headless Chromium.");
        options.AddTo(command);
        command.Options.Add(outputFolder);
        command.Options.Add(chromium);
        command.Options.Add(paper);
        command.SetAction((result, token) => RunAsync(
            new Reporter(output, options.Verbosity(result), terminal),
            terminal,
            result.GetValue(options.Content)!,
            result.GetValue(options.Theme),
            result.GetValue(options.AsOf),
            options.Sources(result, terminal),
            result.GetValue(outputFolder)!,
            result.GetValue(chromium),
            result.GetValue(paper)!.ToLowerInvariant(),
            token));
        return command;
    }

    public static async Task<int> RunAsync(Reporter reporter, Terminal terminal, string content, string? theme, string? asOfText, FetchOptions sources, string outputFolder, string? chromium, string paper, CancellationToken token)
    {
        if (ChromiumPrinter.Find(chromium, terminal.Variable) is not { } printer)
        {
            reporter.Report([ChromiumPrinter.Missing(chromium, "print with")]);
            reporter.Summary("No PDF was written.");
            return NoBrowser;
        }

        if (CommonOptions.ReadAsOf(asOfText, out var asOf) is { } notADate)
        {
            reporter.Report([notADate]);
            return 1;
        }

        if (Paths.ReplaceableProblem("--output", outputFolder, content, theme ?? CommonOptions.DefaultTheme()) is { } folderProblem)
        {
            reporter.Report([folderProblem]);
            reporter.Summary("No PDF was written.");
            return 1;
        }

        var build = await SiteBuild.RunAsync(content, theme, asOf, sources, _ => { }).ConfigureAwait(false);
        reporter.Report(build.Diagnostics);
        if (!build.Succeeded)
        {
            reporter.Summary("The plan has errors; no PDF was written.");
            return 1;
        }

        var work = Path.Combine(Path.GetTempPath(), "planpress-pdf", Guid.NewGuid().ToString("N"));
        try
        {
            // Each language's months and year booklet: the first's at the root, each other one's under its code.
            var codes = build.Plan!.Settings.Languages;
            var languages = codes.Select(code => SitePaths.Root.InLanguage(code, codes)).ToList();
            var pages = Stage(Path.Combine(work, "site"), build.Site!.Files, paper)
                .Where(p => languages.Any(l => l.IsMonth(p.Path) || p.Path == l.Booklet))
                .Select(p => (p.File, Pdf: p.Path.Replace(".html", ".pdf", StringComparison.Ordinal)));
            if (build.Booklets is { } booklets)
            {
                pages = pages.Concat(Stage(Path.Combine(work, "booklets"), booklets.Files, paper)
                    .Where(p => p.Path.EndsWith(".html", StringComparison.Ordinal))
                    .Select(p => (p.File, Pdf: "booklets/" + p.Path.Replace(".html", ".pdf", StringComparison.Ordinal))));
            }

            var problems = new List<Diagnostic>();
            var printed = new List<OutputFile>();
            string? current = null;
            try
            {
                // One browser for every page: starting one takes seconds, printing a page in it a fraction of that.
                await using var browser = await printer.StartAsync(Path.Combine(work, "profile"), token).ConfigureAwait(false);
                foreach (var (file, pdf) in pages)
                {
                    current = pdf;
                    using var patience = CancellationTokenSource.CreateLinkedTokenSource(token);
                    patience.CancelAfter(PagePatience);
                    printed.Add(new OutputFile(pdf, await browser.PrintAsync(file, patience.Token).ConfigureAwait(false)));
                }
            }
            catch (Exception e) when (e is IOException or PuppeteerSharp.PuppeteerException or PuppeteerSharp.ProcessException or System.ComponentModel.Win32Exception || (e is OperationCanceledException && !token.IsCancellationRequested))
            {
                var why = e is OperationCanceledException ? $"it did not finish within {PagePatience.TotalSeconds} s" : e.Message.TrimEnd(' ', '.');
                var name = Path.GetFileName(printer.Executable);
                problems.Add(Diagnostic.Error(
                    new SourceLocation(current ?? printer.Executable),
                    current is null ? $"{name} did not start: {why}." : $"{name} could not print the page: {why}.",
                    "a Chromium or Chrome that runs headless on this machine"));
            }

            if (problems.Count == 0 && SiteWriter.Replace(outputFolder, [.. printed, new OutputFile(SiteWriter.MarkerFile, System.Text.Encoding.UTF8.GetBytes(SiteWriter.MarkerText))]) is { } writeProblem)
            {
                problems.Add(writeProblem);
            }

            if (problems.Count > 0)
            {
                return reporter.Failed("Printing", problems, outputFolder);
            }

            reporter.Summary($"Printed {Plural.Of(printed.Count, "PDF")} on {(paper == "a4" ? "A4" : "Letter")} paper into {outputFolder} with {printer.Executable}.");
            return 0;
        }
        finally
        {
            SiteWriter.TryDelete(work);
        }
    }

    /// <summary>Writes built files to a folder to print from, with the paper size set in the stylesheet.</summary>
    private static List<(string Path, string File)> Stage(string folder, IReadOnlyList<OutputFile> files, string paper)
    {
        var staged = new List<(string Path, string File)>();
        foreach (var file in PaperSize.On(files, paper))
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
            staged.Add((file.Path, path));
        }

        return staged;
    }
}
