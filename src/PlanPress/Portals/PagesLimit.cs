using PlanPress.Model.Diagnostics;

namespace PlanPress.Portals;

/// <summary>
/// GitHub Pages publishes a site of at most 1 GB, and a portal's plan publishes about 1 MB: a portal
/// built on GitHub Actions that is larger says so in its build, before its deploy fails.
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
                $"The site's files add up to {size / (double)Bytes:0.00} GB, and GitHub Pages publishes a site of at most 1 GB: its deploy will fail.",
                "a portal this large published to a storage bucket (docs/portals.md, \"What a national portal costs\"), or one of at most about 1,000 plans");
    }
}
