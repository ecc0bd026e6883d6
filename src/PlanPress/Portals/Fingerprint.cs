using System.Security.Cryptography;
using System.Text;
using PlanPress.Import;

namespace PlanPress.Portals;

/// <summary>What a portal's plans are built from, hashed, so that a rebuild can tell which plans changed.</summary>
public static class Fingerprint
{
    /// <summary>What every plan's pages depend on besides its own folder: this build of PlanPress, the theme, the as-of date and the portal's own files.</summary>
    public static string Common(string portalFolder, string themeFolder, DateOnly asOf)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in new[] { typeof(Fingerprint), typeof(Site.Theme), typeof(Import.ContentFolder), typeof(Model.Plan) }.Select(t => t.Assembly))
        {
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        hash.AppendData(Encoding.UTF8.GetBytes(asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
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

        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
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
        if (File.Exists(file))
        {
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }
    }
}
