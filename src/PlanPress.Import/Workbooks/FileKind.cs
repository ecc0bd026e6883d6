using System.IO.Compression;
using System.Text;

namespace PlanPress.Import.Workbooks;

/// <summary>What a file really is, told from its bytes rather than its name.</summary>
internal enum FileKind
{
    Xlsx,
    Xls,

    /// <summary>An Excel 2.x, 3.0 or 4.0 worksheet (1987–1992): a bare stream of BIFF2–4 records, not an Office compound file.</summary>
    OldXls,
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

            if (IsOldExcel(head))
            {
                return FileKind.OldXls;
            }

            var text = TextEncoding.Detect(head);
            var start = text.Encoding.GetString(head, text.Skip, head.Length - text.Skip).TrimStart();
            if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
                || (start.StartsWith('<') && start.Contains("<html", StringComparison.OrdinalIgnoreCase)))
            {
                return FileKind.Html;
            }

            return text.Encoding.WebName.StartsWith("utf-16", StringComparison.Ordinal) || IsTextWithStrayNuls(head) ? FileKind.Text : FileKind.Unknown;
        }
    }

    /// <summary>
    /// Text, perhaps with a few NUL bytes a program left in it (a CSV exported by some tools holds
    /// them): a few in a hundred at most, and the rest valid UTF-8. A binary file has far more, and
    /// is not UTF-8.
    /// </summary>
    private static bool IsTextWithStrayNuls(byte[] head)
    {
        var nuls = head.Count(b => b == 0);
        if (nuls == 0)
        {
            return true;
        }

        var rest = head.Where(b => b != 0).ToArray();
        // The head may end inside a character: judge it without its last three bytes.
        return nuls * 100 <= head.Length * 2 && System.Text.Unicode.Utf8.IsValid(rest.AsSpan(0, Math.Max(0, rest.Length - 3)));
    }

    private static FileKind ZipKind(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
        // Part names as Excel reads them: any case, backslashes for slashes; the workbook part anywhere the package says.
        var names = zip.Entries.Select(e => ZipParts.Normalise(e.FullName).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (names.Contains("[content_types].xml") && names.Any(n => n.EndsWith("workbook.xml", StringComparison.Ordinal) || n.EndsWith("workbook.bin", StringComparison.Ordinal)))
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
        using var stream = ZipParts.Entry(zip, part)!.Open();
        var head = new byte[text.Length];
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && Encoding.ASCII.GetString(head) == text;
    }

    /// <summary>Whether a small part of the zip (its first 64 KB) holds <paramref name="text"/>.</summary>
    private static bool Contains(ZipArchive zip, string part, string text)
    {
        if (ZipParts.Entry(zip, part) is not { } entry)
        {
            return false;
        }

        using var stream = entry.Open();
        var head = new byte[64 * 1024];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(head, 0, read).Contains(text, StringComparison.Ordinal);
    }

    /// <summary>A BIFF2, BIFF3 or BIFF4 beginning-of-file record (09 00, 09 02, 09 04) of a worksheet or workbook, as Excel 2.x–4.0 wrote them.</summary>
    private static bool IsOldExcel(byte[] head) =>
        head.Length >= 8 && head[0] == 0x09 && head[1] is 0x00 or 0x02 or 0x04
        && BitConverter.ToUInt16(head, 2) is 4 or 6 && BitConverter.ToUInt16(head, 6) is 0x0010 or 0x0020 or 0x0040 or 0x0100;

    /// <summary>An Office compound file: an encrypted .xlsx keeps an "EncryptedPackage" stream, a .xls a "Workbook" (or "Book") stream.</summary>
    private static FileKind CompoundKind(byte[] file)
    {
        bool Has(string name) => file.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;
        return Has("EncryptedPackage") ? FileKind.Encrypted
            : Has("Workbook") || Has("Book") ? FileKind.Xls
            : FileKind.OtherCompound;
    }
}
