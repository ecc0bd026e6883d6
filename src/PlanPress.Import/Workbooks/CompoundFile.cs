using System.Buffers.Binary;
using System.Text;

namespace PlanPress.Import.Workbooks;

/// <summary>
/// The Office compound file a .xls workbook is stored in (a little file system: sectors, a file
/// allocation table, a directory of streams): its header checked, and a stream read by name.
/// </summary>
internal static class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;

    /// <summary>Why the file's header cannot be an Office compound file's, or null when it can: checked before ExcelDataReader, which trusts it and can ask for gigabytes.</summary>
    public static string? HeaderProblem(byte[] file)
    {
        if (file.Length < 512)
        {
            return "it is shorter than a compound file's header";
        }

        var header = file.AsSpan();
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header[0x1E..]);
        var miniShift = BinaryPrimitives.ReadUInt16LittleEndian(header[0x20..]);
        var fatSectors = BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
        var difatSectors = BinaryPrimitives.ReadUInt32LittleEndian(header[0x48..]);
        var miniFatSectors = BinaryPrimitives.ReadUInt32LittleEndian(header[0x40..]);
        var sectors = file.Length / 512;
        return sectorShift is not (9 or 12) || miniShift != 6 ? "its sector sizes are not a compound file's"
            : fatSectors > sectors || difatSectors > sectors || miniFatSectors > sectors ? "its header counts more sectors than the file holds"
            : BinaryPrimitives.ReadUInt32LittleEndian(header[0x30..]) > sectors ? "its directory lies past the end of the file"
            : null;
    }

    /// <summary>The first of the named streams of an Office compound file, or null when it cannot be found.</summary>
    public static byte[]? Stream(byte[] file, params string[] names)
    {
        if (HeaderProblem(file) is not null)
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
            else if (kind == 2 && names.Contains(name))
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
