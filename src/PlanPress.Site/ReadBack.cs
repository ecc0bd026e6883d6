using System.IO.Enumeration;
using System.Text;

namespace PlanPress.Site;

/// <summary>
/// Reads a file a previous build wrote (a history, a plan's parts, a portal's memory, a slice): untrusted,
/// since the output folder is restored from a cache and slices come from artifacts. Only a regular
/// file is read (no link, device or FIFO), and no more than its cap.
/// </summary>
public static class ReadBack
{
    /// <summary>
    /// The file's text; null with no problem when there is no file; null with the problem, in words,
    /// when it is a link, not a regular file, longer than <paramref name="maxBytes"/> or unreadable.
    /// </summary>
    public static (string? Text, string? Problem) Text(string file, long maxBytes)
    {
        var (bytes, problem) = Bytes(file, maxBytes);
        return (bytes is null ? null : Encoding.UTF8.GetString(bytes), problem);
    }

    /// <summary>As <see cref="Text"/>, the file's bytes as they are: for JSON of megabytes, parsed without a string on the way.</summary>
    public static (byte[]? Bytes, string? Problem) Bytes(string file, long maxBytes)
    {
        var info = new FileInfo(file);
        if (info.LinkTarget is not null)
        {
            return (null, "it is a link to another file; only a file the build wrote is read");
        }

        if (!info.Exists)
        {
            return Directory.Exists(file) ? (null, "it is a folder") : (null, null);
        }

        // A device, a FIFO or a file of /proc says it has no length: none is a file a build wrote.
        if (info.Length == 0)
        {
            return (null, "it is empty or not a regular file");
        }

        if (info.Length > maxBytes)
        {
            return (null, $"it is {info.Length / 1024.0 / 1024:0.#} MB, more than the {maxBytes / 1024 / 1024} MB a build writes");
        }

        try
        {
            using var stream = new FileStream(file, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Options = FileOptions.SequentialScan });
            var bytes = new byte[info.Length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            return stream.ReadByte() >= 0 ? (null, "it grew while it was read") : (read == bytes.Length ? bytes : bytes[..read], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }

    /// <summary>The first link in <paramref name="folder"/> or below it (the folder itself included); null when there is none.</summary>
    public static string? FirstLink(string folder)
    {
        var top = new DirectoryInfo(folder);
        if (top.LinkTarget is not null)
        {
            return folder;
        }

        if (!top.Exists)
        {
            return null;
        }

        // Told from each entry's attributes as it is listed (a link is a reparse point: one lstat an entry), with no
        // FileInfo and no readlink per file: a portal's next-day build looks through every kept plan's folder,
        // 118,000 files at 2,000 plans. A linked folder is named, never entered.
        static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
        var links = new FileSystemEnumerable<string>(
            folder,
            (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = IsLink,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(ref entry),
        };
        return links.FirstOrDefault();
    }
}
