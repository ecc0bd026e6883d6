using PlanPress.Import.Workbooks;

namespace PlanPress.Testing;

/// <summary>
/// Small real .xlsx workbooks for tests, named for what they exercise: rows of text, numbers and
/// dates (shown as "Oct-23"), merged ranges, hidden rows and hidden sheets. Written by the same
/// <see cref="WorkbookWriter"/> that writes the starter workbooks.
/// </summary>
public sealed class XlsxBuilder
{
    private readonly List<SheetSpec> _sheets = [];

    public XlsxBuilder Sheet(string name, params object?[][] rows) => Sheet(name, rows, merges: [], hiddenRows: [], hidden: false);

    public XlsxBuilder Sheet(string name, object?[][] rows, string[] merges, int[] hiddenRows, bool hidden)
    {
        _sheets.Add(new SheetSpec(name, rows) { Merges = merges, HiddenRows = hiddenRows, Hidden = hidden });
        return this;
    }

    public string Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WorkbookWriter.Save(path, _sheets);
        return path;
    }
}
