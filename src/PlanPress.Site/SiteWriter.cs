using PlanPress.Model.Diagnostics;

namespace PlanPress.Site;

/// <summary>
/// Writes a built site so that the output folder is only ever the previous site or the new one:
/// the new site is written beside it and swapped in once complete.
/// </summary>
public static class SiteWriter
{
    /// <summary>Marks a folder as PlanPress output, so a mistyped --output never replaces anything else.</summary>
    public const string MarkerFile = ".planpress";

    public const string MarkerText = "This folder is written by `planpress build`; its contents are replaced on every build.\n";

    public static Diagnostic? Replace(string output, IReadOnlyList<OutputFile> files)
    {
        using var staged = new StagedSite(output);
        return staged.Commit(files);
    }

    /// <summary>Deletes a folder of PlanPress's own scratch files, if it can: one left behind is harmless.</summary>
    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Scratch left behind is not worth failing over: the site itself is already in place.
        }
    }
}
