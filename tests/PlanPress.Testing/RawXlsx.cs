using System.IO.Compression;
using System.Security;
using System.Text;

namespace PlanPress.Testing;

/// <summary>
/// .xlsx files written part by part, for what spreadsheet programs and scripts put in a file but
/// no friendly writer makes: hidden columns as ranges, zero widths and heights, rows hidden by
/// default, "veryHidden" sheets, two sheets of one name, formula errors, formulas with no saved
/// value, shared strings that inflate far, a DTD.
/// </summary>
public sealed class RawXlsx
{
    private readonly List<(string Name, string State, string Xml)> _sheets = [];

    /// <summary>Extra parts (or a sheet's own part, replaced), by path in the zip, written as given.</summary>
    public Dictionary<string, string> Parts { get; } = new(StringComparer.Ordinal);

    /// <param name="xml">The worksheet's children: sheetFormatPr, cols, sheetData… (see <see cref="Row"/>).</param>
    /// <param name="state">visible, hidden or veryHidden.</param>
    public RawXlsx Sheet(string name, string xml, string state = "visible")
    {
        _sheets.Add((name, state, xml));
        return this;
    }

    /// <summary>A &lt;row&gt; of inline-string cells from column A; null leaves a cell out, and text starting with "&lt;c" is written as the cell itself.</summary>
    public static string Row(int number, params string?[] values) => RowWith(number, string.Empty, values);

    /// <summary>A row with attributes of its own (hidden="1", ht="0" …).</summary>
    public static string RowWith(int number, string attributes, params string?[] values)
    {
        var cells = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            var address = CellAddress(i, number);
            if (values[i] is not { } value)
            {
                continue;
            }

            cells.Append(value.StartsWith("<c", StringComparison.Ordinal)
                ? value.Replace("{ref}", address, StringComparison.Ordinal)
                : $"<c r=\"{address}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(value)}</t></is></c>");
        }

        return $"<row r=\"{number}\" {attributes}>{cells}</row>";
    }

    /// <summary>Rows 1, 2, 3 … from lists of values, inside &lt;sheetData&gt;.</summary>
    public static string Data(params string?[][] rows) =>
        "<sheetData>" + string.Concat(rows.Select((values, i) => Row(i + 1, values))) + "</sheetData>";

    public static string CellAddress(int column, int row)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name + row;
    }

    public string Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        // A default part is left out when Parts gives one of its own (a workbook.xml of another namespace, say).
        void Default(string name, string text)
        {
            if (!Parts.ContainsKey(name))
            {
                Write(name, text);
            }
        }

        void Write(string name, string text)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }

        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Default("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
        Default("_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        var sheets = string.Concat(_sheets.Select((s, i) => $"<sheet name=\"{SecurityElement.Escape(s.Name)}\" sheetId=\"{i + 1}\" state=\"{s.State}\" r:id=\"rId{i + 1}\"/>"));
        Default("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets>{sheets}</sheets></workbook>");
        var relationships = string.Concat(_sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"));
        var sharedStrings = Parts.ContainsKey("xl/sharedStrings.xml") ? $"<Relationship Id=\"rIdS\" Type=\"{Rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>" : string.Empty;
        var styles = Parts.ContainsKey("xl/styles.xml") ? $"<Relationship Id=\"rIdT\" Type=\"{Rel}/styles\" Target=\"styles.xml\"/>" : string.Empty;
        Default("xl/_rels/workbook.xml.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{relationships}{sharedStrings}{styles}</Relationships>");
        for (var i = 0; i < _sheets.Count; i++)
        {
            Default($"xl/worksheets/sheet{i + 1}.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\" xmlns:r=\"{Rel}\">{_sheets[i].Xml}</worksheet>");
        }

        foreach (var (name, text) in Parts)
        {
            Write(name, text);
        }

        return path;
    }
}
