using System.IO.Compression;
using System.Xml;
using PlanPress.Model;

namespace PlanPress.Import.Workbooks;

/// <summary>The XML parts of a zipped workbook (.xlsx, .ods), each read through a limit on what it may inflate to, never with a DTD.</summary>
internal static class ZipParts
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>What a workbook may still inflate to, and how many filled cells were read so far (against <see cref="WorkbookLimits.Cells"/>).</summary>
    public sealed class Budget
    {
        public LimitedStream.Allowance Inflation { get; } = new(WorkbookLimits.TotalBytes);

        public int Cells { get; set; }

        public long Slots { get; set; }

        /// <summary>Counts a filled cell at <paramref name="column"/> of a row that holds <paramref name="held"/> cells so far, against the limits on text, filled cells and cells held.</summary>
        public void Count(SourceCell cell, int column, int held, string? sheet)
        {
            if (cell.Text.Length > WorkbookLimits.CellCharacters)
            {
                throw new WorkbookTooLargeException($"cell {cell.Location.Cell} of sheet \"{sheet}\" holds {cell.Text.Length:N0} characters, more than a spreadsheet cell can ({WorkbookLimits.CellCharacters:N0})");
            }

            if (++Cells > WorkbookLimits.Cells)
            {
                throw new WorkbookTooLargeException($"it has more than {WorkbookLimits.Cells:N0} filled cells, more than PlanPress reads");
            }

            if (column >= held && (Slots += column - held + 1) > WorkbookLimits.CellSlots)
            {
                throw new WorkbookTooLargeException($"its sheets hold more than {WorkbookLimits.CellSlots:N0} cells, counting the empty ones before each row's last value");
            }
        }
    }

    /// <summary>
    /// The entry of a part, its name matched as Excel matches it: without regard to case, and with
    /// the backslashes some generators write taken for slashes ("XL\Worksheets\Sheet1.xml").
    /// </summary>
    /// <remarks>A part name in a relationship is a URI: "sheet%201.xml" is the entry "sheet 1.xml".</remarks>
    public static ZipArchiveEntry? Entry(ZipArchive zip, string path) =>
        zip.GetEntry(path)
        ?? zip.Entries.FirstOrDefault(e => string.Equals(Normalise(e.FullName), Normalise(path), StringComparison.OrdinalIgnoreCase))
        ?? (Uri.UnescapeDataString(path) is var unescaped && unescaped != path ? Entry(zip, unescaped) : null);

    /// <summary>A part's name as a path: slashes, no leading slash.</summary>
    public static string Normalise(string name) => name.Replace('\\', '/').TrimStart('/');

    /// <summary>An XML part of the zip, read through a limit on what it inflates to; null when there is no such part.</summary>
    public static XmlReader? Open(ZipArchive zip, string path, long limit, Budget budget)
    {
        var entry = Entry(zip, path);
        if (entry is null)
        {
            return null;
        }

        // The declared size may lie; the limited stream counts what really comes out.
        string TooLarge() => $"its part {path} inflates to more than PlanPress reads ({limit / 1024 / 1024} MB for this part, {WorkbookLimits.TotalBytes / 1024 / 1024} MB for the workbook)";
        if (entry.Length > limit || entry.Length > budget.Inflation.Remaining)
        {
            throw new WorkbookTooLargeException(TooLarge());
        }

        var stream = new LimitedStream(entry.Open(), limit, budget.Inflation, TooLarge);
        return XmlReader.Create(stream, Settings);
    }
}
