using PlanPress.Model.Diagnostics;

namespace PlanPress.Import;

/// <summary>
/// Symbolic links in the content folder. One that leads outside the folder (to /etc/passwd, to a
/// home folder) is never followed, so nothing from elsewhere on the build machine is published.
/// </summary>
public static class ContentLinks
{
    /// <summary>An error when the file or folder is a link leading outside the content folder or nowhere; null when it may be read.</summary>
    public static Diagnostic? Refuse(string contentFolder, string path)
    {
        FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (entry.LinkTarget is null)
        {
            return null;
        }

        var location = new SourceLocation(path.Replace('\\', '/'));
        var target = entry.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null || !target.Exists)
        {
            return Diagnostic.Error(location, $"This is a link to {entry.LinkTarget}, which does not exist.", "the file itself in the content folder, not a link to it");
        }

        var root = Path.GetFullPath(contentFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.Ordinal)
            ? null
            : Diagnostic.Error(location, $"This is a link to a {(entry is DirectoryInfo ? "folder" : "file")} outside the content folder, which PlanPress never reads.", $"the {(entry is DirectoryInfo ? "folder" : "file")} itself copied into the content folder");
    }
}
