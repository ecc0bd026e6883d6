using System.IO.Compression;
using System.Text;

namespace PlanPress.Import.Workbooks;

/// <summary>What a file really is, told from its bytes rather than its name.</summary>
internal enum FileKind
{
    Xlsx,
    Xls,
    Text,
    Html,
    Encrypted,
    OpenDocument,
    OtherZip,
    OtherCompound,
    Unknown,
}

internal static class FileKindExtensions
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    extension(FileKind)
    {
        /// <summary>Reads the start of the file (and, for a zip or an Office compound file, its table of contents).</summary>
        public static FileKind Of(byte[] file)
        {
            var head = file[..Math.Min(file.Length, 8192)];
            if (head.AsSpan().StartsWith(Zip))
            {
                return ZipKind(file);
            }

            if (head.AsSpan().StartsWith(Compound))
            {
                return CompoundKind(file);
            }

            var text = TextEncoding.Detect(head);
            var start = text.Encoding.GetString(head, text.Skip, head.Length - text.Skip).TrimStart();
            if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
                || (start.StartsWith('<') && start.Contains("<html", StringComparison.OrdinalIgnoreCase)))
            {
                return FileKind.Html;
            }

            return text.Encoding.WebName.StartsWith("utf-16", StringComparison.Ordinal) || !head.Contains((byte)0) ? FileKind.Text : FileKind.Unknown;
        }
    }

    private static FileKind ZipKind(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        if (names.Contains("xl/workbook.xml") || names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal) && n.EndsWith("workbook.xml", StringComparison.Ordinal)))
        {
            return FileKind.Xlsx;
        }

        if (!names.Contains("content.xml") || !names.Contains("mimetype") || !Starts(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet"))
        {
            return FileKind.OtherZip;
        }

        // A password-protected OpenDocument file says so in its manifest; its content.xml is ciphertext.
        return Contains(zip, "META-INF/manifest.xml", "encryption-data") ? FileKind.Encrypted : FileKind.OpenDocument;
    }

    /// <summary>Whether a part of the zip begins with <paramref name="text"/> (read no further than that).</summary>
    private static bool Starts(ZipArchive zip, string part, string text)
    {
        using var stream = zip.GetEntry(part)!.Open();
        var head = new byte[text.Length];
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && Encoding.ASCII.GetString(head) == text;
    }

    /// <summary>Whether a small part of the zip (its first 64 KB) holds <paramref name="text"/>.</summary>
    private static bool Contains(ZipArchive zip, string part, string text)
    {
        if (zip.GetEntry(part) is not { } entry)
        {
            return false;
        }

        using var stream = entry.Open();
        var head = new byte[64 * 1024];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(head, 0, read).Contains(text, StringComparison.Ordinal);
    }

    /// <summary>An Office compound file: an encrypted .xlsx keeps an "EncryptedPackage" stream, a .xls a "Workbook" (or "Book") stream.</summary>
    private static FileKind CompoundKind(byte[] file)
    {
        bool Has(string name) => file.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;
        return Has("EncryptedPackage") ? FileKind.Encrypted
            : Has("Workbook") || Has("Book") ? FileKind.Xls
            : FileKind.OtherCompound;
    }
}
