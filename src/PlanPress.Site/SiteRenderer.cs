using System.Text;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Site;

/// <summary>The rendered site, in memory, and any theme problems met while rendering it.</summary>
public sealed record RenderedSite(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Renders every page of a plan through a theme, without touching the disk beyond reading the theme.</summary>
public static class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<RenderedSite> RenderAsync(Plan plan, Theme theme, DateOnly asOf)
    {
        if (!Directory.Exists(theme.Folder))
        {
            return new RenderedSite([], [Diagnostic.Error(new SourceLocation(theme.Folder.Replace('\\', '/')), "The theme folder does not exist.", "a theme folder holding _Layout.cshtml and the page templates")]);
        }

        var files = new List<OutputFile>();
        var diagnostics = new List<Diagnostic>();
        foreach (var page in new SitePages(plan, asOf).All())
        {
            var (html, problem) = await theme.RenderAsync(page).ConfigureAwait(false);
            if (problem is not null)
            {
                diagnostics.Add(problem);

                // One broken template breaks every page that uses it; report it once.
                if (diagnostics.Count(d => d.Location == problem.Location) > 1)
                {
                    diagnostics.RemoveAt(diagnostics.Count - 1);
                }

                continue;
            }

            files.Add(new OutputFile(page.Path, Utf8.GetBytes(html!)));
        }

        foreach (var asset in theme.AssetPaths())
        {
            files.Add(new OutputFile(asset, await File.ReadAllBytesAsync(Path.Combine(theme.Folder, asset)).ConfigureAwait(false)));
        }

        files.Add(new OutputFile(SiteWriter.MarkerFile, Utf8.GetBytes(SiteWriter.MarkerText)));
        if (diagnostics.Count == 0)
        {
            diagnostics.AddRange(LinkCheck.Check(files));
        }

        return new RenderedSite(files, diagnostics);
    }
}
