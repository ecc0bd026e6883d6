using System.Buffers.Binary;
using System.Text;

namespace PlanPress.Import.Workbooks;

/// <summary>
/// The cells of a .xls workbook that hold a formula error (#REF!, #DIV/0! …) or an error value.
/// ExcelDataReader 3.6 reads them as blank, which "same as above" would take for the month above;
/// so the workbook's BIFF records are scanned for them here: the Office compound file's "Workbook"
/// stream, its sheets in order, and in each the FORMULA records whose saved result is an error and
/// the BOOLERR records that hold one.
/// </summary>
internal static class XlsFormulaErrors
{
    private const ushort BeginningOfFile = 0x0809;
    private const ushort EndOfFile = 0x000A;
    private const ushort BoundSheet = 0x0085;
    private const ushort Formula = 0x0006;
    private const ushort BoolErr = 0x0205;
    private const uint EndOfChain = 0xFFFFFFFE;

    /// <summary>For each sheet in workbook order, its error cells: (row from 0, column from 0) → "the formula error #REF!".</summary>
    public static IReadOnlyList<Dictionary<(int Row, int Column), string>> Read(byte[] file)
    {
        var stream = WorkbookStream(file);
        if (stream is null)
        {
            return [];
        }

        var sheetOffsets = new List<int>();
        var sheets = new List<Dictionary<(int, int), string>>();
        Dictionary<(int, int), string>? current = null;
        for (var position = 0; position + 4 <= stream.Length;)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position));
            var length = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position + 2));
            var data = stream.AsSpan(position + 4, Math.Min(length, stream.Length - position - 4));
            if (type == BoundSheet && data.Length >= 4)
            {
                sheetOffsets.Add((int)BinaryPrimitives.ReadUInt32LittleEndian(data));
                sheets.Add([]);
            }
            else if (type == BeginningOfFile)
            {
                var index = sheetOffsets.IndexOf(position);
                current = index >= 0 ? sheets[index] : null;
            }
            else if (type == EndOfFile)
            {
                current = null;
            }
            else if (current is not null && type == Formula && data.Length >= 14
                && data[12] == 0xFF && data[13] == 0xFF && data[6] == 2)
            {
                current[(BinaryPrimitives.ReadUInt16LittleEndian(data), BinaryPrimitives.ReadUInt16LittleEndian(data[2..]))] = $"the formula error {Name(data[8])}";
            }
            else if (current is not null && type == BoolErr && data.Length >= 8 && data[7] == 1)
            {
                current[(BinaryPrimitives.ReadUInt16LittleEndian(data), BinaryPrimitives.ReadUInt16LittleEndian(data[2..]))] = $"the error {Name(data[6])}";
            }

            position += 4 + length;
        }

        return sheets;
    }

    private static string Name(byte code) => code switch
    {
        0x00 => "#NULL!",
        0x07 => "#DIV/0!",
        0x0F => "#VALUE!",
        0x17 => "#REF!",
        0x1D => "#NAME?",
        0x24 => "#NUM!",
        0x2A => "#N/A",
        _ => $"#ERROR ({code})",
    };

    /// <summary>The "Workbook" (or older "Book") stream of an Office compound file, or null when it cannot be found.</summary>
    private static byte[]? WorkbookStream(byte[] file)
    {
        if (file.Length < 512)
        {
            return null;
        }

        var header = file.AsSpan();
        var sectorSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(header[0x1E..]);
        var miniSectorSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(header[0x20..]);
        if (sectorSize is not (512 or 4096) || miniSectorSize != 64)
        {
            return null;
        }

        var fat = Fat(file, sectorSize);
        var directory = Chain(file, fat, BinaryPrimitives.ReadUInt32LittleEndian(header[0x30..]), sectorSize, long.MaxValue);
        var miniCutoff = BinaryPrimitives.ReadUInt32LittleEndian(header[0x38..]);
        byte[]? rootStream = null;
        for (var entry = 0; entry + 128 <= directory.Length; entry += 128)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(entry + 0x40));
            var name = Encoding.Unicode.GetString(directory, entry, Math.Clamp(nameLength - 2, 0, 62));
            var kind = directory[entry + 0x42];
            var start = BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(entry + 0x74));
            var size = (long)BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(entry + 0x78));
            if (kind == 5)
            {
                rootStream = Chain(file, fat, start, sectorSize, size);
            }
            else if (kind == 2 && name is "Workbook" or "Book")
            {
                if (size >= miniCutoff)
                {
                    return Chain(file, fat, start, sectorSize, size);
                }

                // A small stream lives in the mini stream (the root entry's data), in 64-byte sectors.
                var miniFat = Chain(file, fat, BinaryPrimitives.ReadUInt32LittleEndian(header[0x3C..]), sectorSize, long.MaxValue);
                var miniTable = Enumerable.Range(0, miniFat.Length / 4).Select(i => BinaryPrimitives.ReadUInt32LittleEndian(miniFat.AsSpan(i * 4))).ToArray();
                return rootStream is null ? null : MiniChain(rootStream, miniTable, start, size);
            }
        }

        return null;
    }

    /// <summary>The file allocation table: the sectors listed in the header and in the DIFAT sectors after it.</summary>
    private static uint[] Fat(byte[] file, int sectorSize)
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x4C + (i * 4))));
        }

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x44));
        for (var guard = 0; difat < EndOfChain && guard < 10_000; guard++)
        {
            var offset = (long)(difat + 1) * sectorSize;
            if (offset + sectorSize > file.Length)
            {
                break;
            }

            for (var i = 0; i < (sectorSize / 4) - 1; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)offset + (i * 4))));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)offset + sectorSize - 4));
        }

        var fat = new List<uint>();
        foreach (var sector in fatSectors.Where(s => s < EndOfChain))
        {
            var offset = (long)(sector + 1) * sectorSize;
            if (offset + sectorSize > file.Length)
            {
                continue;
            }

            for (var i = 0; i < sectorSize / 4; i++)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)offset + (i * 4))));
            }
        }

        return [.. fat];
    }

    /// <summary>A stream's bytes, following its chain of sectors; a chain that loops or leaves the file stops there.</summary>
    private static byte[] Chain(byte[] file, uint[] fat, uint start, int sectorSize, long size)
    {
        using var bytes = new MemoryStream();
        var seen = new HashSet<uint>();
        for (var sector = start; sector < EndOfChain && sector < fat.Length && seen.Add(sector) && bytes.Length < size; sector = fat[sector])
        {
            var offset = (long)(sector + 1) * sectorSize;
            if (offset + sectorSize > file.Length)
            {
                break;
            }

            bytes.Write(file, (int)offset, sectorSize);
        }

        var all = bytes.ToArray();
        return size < all.Length ? all[..(int)size] : all;
    }

    private static byte[] MiniChain(byte[] miniStream, uint[] miniFat, uint start, long size)
    {
        using var bytes = new MemoryStream();
        var seen = new HashSet<uint>();
        for (var sector = start; sector < EndOfChain && sector < miniFat.Length && seen.Add(sector) && bytes.Length < size; sector = miniFat[sector])
        {
            var offset = (long)sector * 64;
            if (offset + 64 > miniStream.Length)
            {
                break;
            }

            bytes.Write(miniStream, (int)offset, 64);
        }

        var all = bytes.ToArray();
        return size < all.Length ? all[..(int)size] : all;
    }
}
