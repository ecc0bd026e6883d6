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
        var target = Path.GetFullPath(output);
        var location = new SourceLocation(output.Replace('\\', '/'));
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, MarkerFile)))
        {
            return Diagnostic.Error(location, $"The output folder already holds files that PlanPress did not write (it has no {MarkerFile} file), so it was left alone.", "an empty folder, or one a previous build wrote");
        }

        var parent = Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar))!;
        var name = Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar));
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            foreach (var folder in files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.Path))!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            foreach (var file in files)
            {
                File.WriteAllBytes(Path.Combine(staging, file.Path), file.Content);
            }

            Directory.CreateDirectory(staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (!Directory.Exists(target) && Directory.Exists(retired))
            {
                Directory.Move(retired, target);
            }

            TryDelete(staging);
            return Diagnostic.Error(location, $"The site could not be written ({e.Message}); the previous site was left in place.");
        }

        TryDelete(retired);
        return null;
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
