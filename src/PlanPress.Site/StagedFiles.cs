using System.Buffers;

namespace PlanPress.Site;

/// <summary>How a staged site's files reach the disk: a file the previous site has byte for byte is linked, not written; a new one is written as new.</summary>
internal static class StagedFiles
{
    /// <summary>
    /// Gives a file the previous site already has, byte for byte, its new name in the staging folder
    /// instead of writing it again: a rebuild after a small edit creates and deletes only the files
    /// that changed. The previous site's file is only read, never changed; a symbolic link in its
    /// place is never followed into the new site.
    /// </summary>
    public static bool LinkUnchanged(string previous, string path, byte[] content)
    {
        var existing = new FileInfo(previous);
        if (!existing.Exists || existing.Length != content.Length || existing.LinkTarget is not null)
        {
            return false;
        }

        try
        {
            return SameBytes(previous, content) && HardLink.TryCreate(previous, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether a file of the same length holds these bytes, read a block at a time (a booklet can be 100 MB).</summary>
    public static bool SameBytes(string path, byte[] content)
    {
        var block = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var handle = File.OpenHandle(path);
            for (var at = 0; at < content.Length;)
            {
                var read = RandomAccess.Read(handle, block.AsSpan(0, Math.Min(block.Length, content.Length - at)), at);
                if (read == 0 || !block.AsSpan(0, read).SequenceEqual(content.AsSpan(at, read)))
                {
                    return false;
                }

                at += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    /// <summary>
    /// Writes a file into the staging folder, where it is new, as a new file. File.WriteAllBytes
    /// truncates even a file it has just created, and ext4 then gives the file its disk blocks as
    /// it is closed (auto_da_alloc, its guard for a file replaced in place): writing a 2,000-page
    /// site that way took about 3× as long, and deleting it on the next build about 10× as long.
    /// </summary>
    public static void WriteNew(string path, byte[] content)
    {
        try
        {
            Create(path, content);
        }
        catch (IOException) when (File.Exists(path))
        {
            // A path given twice keeps the last file's bytes, in a file of its own: the first may be
            // a link to the previous site's file, which is never written into.
            File.Delete(path);
            Create(path, content);
        }
    }

    private static void Create(string path, byte[] content)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, content, 0);
    }
}
