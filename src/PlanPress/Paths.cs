using PlanPress.Model.Diagnostics;

namespace PlanPress;

/// <summary>Questions about folders the commands are given.</summary>
public static class Paths
{
    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal);
    }

    /// <summary>
    /// Why a folder a command would replace must not be, or null when it may be: it is named, and
    /// it holds neither the content nor the theme (replacing it would delete them). A folder of
    /// other files is refused later, by the missing marker file.
    /// </summary>
    /// <param name="option">The option that named it, e.g. "--output".</param>
    public static Diagnostic? ReplaceableProblem(string option, string folder, string content, string theme)
    {
        var location = new SourceLocation(option);
        if (string.IsNullOrWhiteSpace(folder))
        {
            return Diagnostic.Error(location, $"{option} names no folder.", "a folder for the built files, such as site-output");
        }

        foreach (var (kept, what) in new[] { (content, "content folder"), (theme, "theme folder") })
        {
            if (IsInside(kept, folder))
            {
                return Diagnostic.Error(location, $"{option} {folder} holds the {what} {kept}, which replacing it would delete.", "a folder of its own for the built files, such as site-output");
            }
        }

        return null;
    }
}
