using System.CommandLine;
using System.Threading.Channels;
using PlanPress.Import;
using PlanPress.Import.Portals;
using PlanPress.Import.Sources;
using PlanPress.Import.Workbooks;
using PlanPress.Model.Diagnostics;
using PlanPress.Portals;
using PlanPress.Reporting;
using PlanPress.Serving;
using PlanPress.Site;

namespace PlanPress.Commands;

/// <summary>
/// <c>planpress serve</c>: build, serve the site on 127.0.0.1, and rebuild and reload open pages
/// whenever a workbook, page or theme file is saved.
/// </summary>
public static class ServeCommand
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(60);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(250);
    private const int Retries = 20;

    public static Command Create(TextWriter output, Terminal terminal)
    {
        var options = new CommonOptions();
        var port = new Option<int>("--port") { Description = "The port to serve on (default: a free one, printed).", DefaultValueFactory = _ => 0 };
        var command = new Command("serve", "Build the site, serve it on http://127.0.0.1, and rebuild and reload open pages on every save. Ctrl+C stops it.");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction((result, token) => RunAsync(
            output,
            new Reporter(output, options.Verbosity(result), terminal with { IsInteractive = false }),
            result.GetValue(options.Content)!,
            options.ThemeFolder(result),
            result.GetValue(options.AsOf),
            options.Sources(result, terminal),
            result.GetValue(port),
            token));
        return command;
    }

    public static async Task<int> RunAsync(TextWriter output, Reporter reporter, string content, string themeFolder, string? asOfText, FetchOptions sources, int port, CancellationToken token)
    {
        if (CommonOptions.ReadAsOf(asOfText, out var asOf) is { } notADate)
        {
            reporter.Report([notADate]);
            return 1;
        }

        var changes = Channel.CreateUnbounded<string>();
        using var contentWatcher = Watch(content, changes);
        using var themeWatcher = Watch(themeFolder, changes);
        await using var server = await PreviewServer.StartAsync(port).ConfigureAwait(false);
        output.WriteLine($"Serving {content} at {server.Address} (Ctrl+C to stop).");

        var theme = new Theme(themeFolder);
        var workbooks = new WorkbookCache();
        var portal = new PortalMemory();
        try
        {
            await RebuildAsync().ConfigureAwait(false);
            while (true)
            {
                var changed = new List<string> { await changes.Reader.ReadAsync(token).ConfigureAwait(false) };

                // A save is several file events (a temporary file written, renamed over the workbook):
                // take them as one once none has come for a moment.
                while (true)
                {
                    using var quiet = CancellationTokenSource.CreateLinkedTokenSource(token);
                    quiet.CancelAfter(Settle);
                    try
                    {
                        changed.Add(await changes.Reader.ReadAsync(quiet.Token).ConfigureAwait(false));
                    }
                    catch (OperationCanceledException) when (!token.IsCancellationRequested)
                    {
                        break;
                    }
                }

                if (changed.Any(path => Paths.IsInside(path, themeFolder)))
                {
                    theme = new Theme(themeFolder);
                }

                await RebuildAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            output.WriteLine("Stopped.");
        }

        return 0;

        async Task RebuildAsync()
        {
            await WaitUntilReadableAsync(content, token).ConfigureAwait(false);
            if (PortalFolder.IsPortal(content))
            {
                await RebuildPortalAsync().ConfigureAwait(false);
                return;
            }

            var build = await SiteBuild.RunAsync(content, theme, asOf, sources, workbooks).ConfigureAwait(false);
            var problems = build.Diagnostics.ToList();
            reporter.Report(problems);
            if (problems.HasErrors())
            {
                server.ShowProblems(problems.Where(p => p.Severity != Severity.Info).ToList());
                reporter.Summary($"{DateTime.Now:HH:mm:ss} Build failed; the pages show why. Fix and save again.");
            }
            else
            {
                server.Publish(build.Site!.Files);
                reporter.Summary($"{DateTime.Now:HH:mm:ss} Built {build.Site!.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal))} pages.");
            }
        }

        // A portal: only the plans whose inputs changed since the last build are built again (the
        // others are kept in memory), then the portal's pages; a plan that a save broke keeps its
        // last good pages, and the log and its status page say why.
        async Task RebuildPortalAsync()
        {
            var result = await PortalBuild.RunAsync(content, theme, asOf, sources, staged: null, _ => { }, memory: portal).ConfigureAwait(false);
            var problems = result.Diagnostics;
            reporter.Report(problems);
            if (result.Failed)
            {
                server.ShowProblems(problems.Where(p => p.Severity != Severity.Info).ToList());
                reporter.Summary($"{DateTime.Now:HH:mm:ss} Build failed; the pages show why. Fix and save again.");
                return;
            }

            server.Publish([.. portal.Files(result.Entries), .. result.PortalFiles]);
            var failing = result.PlansFailed > 0 ? $"; {result.PlansFailed} not updated (see above and the status page)" : string.Empty;
            reporter.Summary($"{DateTime.Now:HH:mm:ss} Built {result.Pages} pages of {result.Entries.Count} plans ({result.Built} built){failing}.");
        }
    }

    private static FileSystemWatcher Watch(string folder, Channel<string> changes)
    {
        Directory.CreateDirectory(folder);
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        void Changed(object sender, FileSystemEventArgs e)
        {
            if (!IsScratch(e.Name ?? string.Empty))
            {
                changes.Writer.TryWrite(e.FullPath);
            }
        }

        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (sender, e) => Changed(sender, e);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>Lock and temporary files spreadsheet programs and editors write beside the real one while it is open or being saved.</summary>
    public static bool IsScratch(string path)
    {
        var name = Path.GetFileName(path);
        return ContentFiles.IsLockFile(name)
            || name.StartsWith('.')
            || name.EndsWith('~')
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || Path.GetExtension(name).Length == 0;
    }

    /// <summary>Waits while a spreadsheet program still holds a workbook it is saving (a bounded number of tries).</summary>
    private static async Task WaitUntilReadableAsync(string content, CancellationToken token)
    {
        if (!Directory.Exists(content))
        {
            return;
        }

        for (var attempt = 0; attempt < Retries; attempt++)
        {
            var held = Directory.EnumerateFiles(content).Where(f => !IsScratch(f)).Any(IsHeld);
            if (!held)
            {
                return;
            }

            await Task.Delay(RetryEvery, token).ConfigureAwait(false);
        }
    }

    private static bool IsHeld(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
