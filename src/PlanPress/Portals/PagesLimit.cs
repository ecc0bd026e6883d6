using PlanPress.Model.Diagnostics;

namespace PlanPress.Portals;

/// <summary>
/// GitHub Pages allows a published site 1 GB, and a portal's plan publishes about 1 MB: a portal
/// built on GitHub Actions that is larger says so in its build, before GitHub may refuse it.
/// </summary>
public static class PagesLimit
{
    /// <summary>GitHub Pages' limit on a published site.</summary>
    public const long Bytes = 1L << 30;

    /// <summary>A warning when the files of the built site add up to more than <paramref name="limit"/> bytes; null when they fit.</summary>
    public static Diagnostic? Check(string outputFolder, long limit = Bytes)
    {
        var size = new DirectoryInfo(outputFolder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        return size <= limit
            ? null
            : Diagnostic.Warning(
                new SourceLocation(outputFolder.Replace('\\', '/')),
                $"The site's files add up to {size / (double)Bytes:0.00} GB, over the 1 GB GitHub Pages allows a published site: GitHub may refuse to publish it or stop serving it.",
                "a site of at most 1 GB for GitHub Pages; a portal this large is published to a storage bucket instead (docs/portals.md, \"What a national portal costs\"), and this warning can then be ignored");
    }
}
