using System.Buffers.Binary;

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

    /// <summary>For each sheet in workbook order, its error cells: (row from 0, column from 0) → "the formula error #REF!".</summary>
    public static IReadOnlyList<Dictionary<(int Row, int Column), string>> Read(byte[] file)
    {
        var stream = CompoundFile.Stream(file, "Workbook", "Book");
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
}
