using System.Security.Cryptography;
using System.Text;
using PlanPress.Import;

namespace PlanPress.Portals;

/// <summary>What a portal's plans are built from, hashed, so that a rebuild can tell which plans changed.</summary>
public static class Fingerprint
{
    /// <summary>
    /// What every plan's pages depend on besides its own folder and the date: this build of PlanPress,
    /// the theme and the portal's own files. The date is each plan's own (<see cref="Site.Portals.PortalStatePlan.Until"/>).
    /// </summary>
    public static string Common(string portalFolder, string themeFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in new[] { typeof(Fingerprint), typeof(Site.Theme), typeof(Import.ContentFolder), typeof(Model.Plan) }.Select(t => t.Assembly))
        {
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        // The portal's own files (site.yml, the plans list): a plan's name and place in the list are on every page of its.
        foreach (var file in Directory.EnumerateFiles(portalFolder).Order(StringComparer.Ordinal).Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            AppendFile(hash, file, Path.GetFileName(file));
        }

        AppendFolder(hash, themeFolder);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Every file of a plan's folder, by path and bytes (dot files, such as git's, aside).</summary>
    public static string Folder(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendFolder(hash, folder);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendFolder(IncrementalHash hash, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        // Links are not followed (the plan's build refuses one leading out of its folder, and names it).
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint })
            .Select(f => (File: f, Name: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .Where(f => !f.Name.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        foreach (var (file, name) in files)
        {
            AppendFile(hash, file, name);
        }
    }

    private static void AppendFile(IncrementalHash hash, string file, string name)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
        var info = new FileInfo(file);
        // A link, a device or a FIFO (which say they have no length) is named, never read: reading /dev/zero would not end.
        if (info.Exists && info.LinkTarget is null && info.Length > 0)
        {
            hash.AppendData(BitConverter.GetBytes(info.Length));
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var buffer = new byte[1 << 16];
            for (var left = info.Length; left > 0;)
            {
                var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0)
                {
                    break;
                }

                hash.AppendData(buffer, 0, read);
                left -= read;
            }
        }
    }
}
