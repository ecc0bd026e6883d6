using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanPress.Import.Workbooks;

/// <summary>A drop-down list on a range of cells: its choices come from a range ("Roles!$A$2:$A$40") or a list ("\"Met,Not met\"").</summary>
/// <param name="AllowOtherValues">Whether a value not in the list is accepted (with a note) rather than refused.</param>
public sealed record ListValidation(string Range, string Source, bool AllowOtherValues, string Prompt);

/// <summary>What a sheet to write holds: rows of text, numbers and dates, and how it is laid out.</summary>
public sealed record SheetSpec(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>Column widths in characters, from column A.</summary>
    public IReadOnlyList<double> ColumnWidths { get; init; } = [];

    /// <summary>How many rows from the top stay in view when scrolling.</summary>
    public int FrozenRows { get; init; }

    /// <summary>Ranges such as "A1:E1" shown as one cell.</summary>
    public IReadOnlyList<string> Merges { get; init; } = [];

    /// <summary>Row numbers (from 1) shown in bold: titles, labels and header rows.</summary>
    public IReadOnlyList<int> BoldRows { get; init; } = [];

    /// <summary>Row numbers (from 1) that are hidden.</summary>
    public IReadOnlyList<int> HiddenRows { get; init; } = [];

    public IReadOnlyList<ListValidation> Lists { get; init; } = [];

    public bool Hidden { get; init; }
}

/// <summary>
/// Writes real .xlsx workbooks (the Open XML SDK): text, numbers and dates (shown as "Oct-23"),
/// column widths, frozen header rows, merged cells, bold rows, hidden rows and sheets, and
/// drop-down lists. Used for the starter workbooks of <c>planpress new</c>.
/// </summary>
public static class WorkbookWriter
{
    private const uint Plain = 0;
    private const uint Bold = 1;
    private const uint MonthYear = 2;
    private const uint Wrapped = 3;

    public static void Save(string path, IEnumerable<SheetSpec> sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var list = workbookPart.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var spec in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(spec);
            list.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
            {
                Id = workbookPart.GetIdOfPart(part),
                SheetId = id++,
                Name = spec.Name,
                State = spec.Hidden ? SheetStateValues.Hidden : null,
            });
        }

        workbookPart.Workbook.Save();
    }

    private static Worksheet Worksheet(SheetSpec spec)
    {
        var worksheet = new Worksheet();
        if (spec.FrozenRows > 0)
        {
            var topLeft = CellAddress.Of(spec.FrozenRows + 1, 0);
            worksheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = spec.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
            { WorkbookViewId = 0 }));
        }

        if (spec.ColumnWidths.Count > 0)
        {
            worksheet.Append(new Columns(spec.ColumnWidths.Select((width, i) =>
                new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })));
        }

        var data = new SheetData();
        for (var r = 0; r < spec.Rows.Count; r++)
        {
            var number = r + 1;
            var row = new Row { RowIndex = (uint)number, Hidden = spec.HiddenRows.Contains(number) ? true : null };
            var style = spec.BoldRows.Contains(number) ? Bold : Wrapped;
            for (var c = 0; c < spec.Rows[r].Count; c++)
            {
                if (Cell(spec.Rows[r][c], CellAddress.Of(number, c), style) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        worksheet.Append(data);
        if (spec.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(spec.Merges.Select(m => new MergeCell { Reference = m })));
        }

        if (spec.Lists.Count > 0)
        {
            worksheet.Append(new DataValidations(spec.Lists.Select(Validation)) { Count = (uint)spec.Lists.Count });
        }

        return worksheet;
    }

    private static DataValidation Validation(ListValidation list) => new(new Formula1(list.Source))
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowInputMessage = true,
        ShowErrorMessage = true,
        ErrorStyle = list.AllowOtherValues ? DataValidationErrorStyleValues.Information : DataValidationErrorStyleValues.Stop,
        PromptTitle = "Choose from the list",
        Prompt = list.Prompt,
        SequenceOfReferences = new ListValue<StringValue> { InnerText = list.Range },
    };

    private static Cell? Cell(object? value, string reference, uint style) => value switch
    {
        null or "" => null,
        DateTime date => new Cell { CellReference = reference, StyleIndex = MonthYear, CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture)) },
        int or double => new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)) },
        _ => new Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
    };

    /// <summary>Styles by index: plain, bold, a date shown as "Oct-23" (built-in format 17), wrapped text at the top of its cell.</summary>
    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } },
                new CellFormat { NumberFormatId = 17, ApplyNumberFormat = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top } },
                new CellFormat { ApplyAlignment = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } }));
        styles.Stylesheet.Save();
    }
}
