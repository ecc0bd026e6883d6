using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Languages;
using PlanPress.Model.Text;

namespace PlanPress.Import;

/// <summary>
/// A Planning for Success action plan: one sheet per strategic initiative, laid out like the DESE
/// form. Labels ("Strategic Objective", "Strategic Initiative", "Describing Implementation") have
/// their value beside or below them; the key terms, benchmark and resource tables are found by
/// their header rows wherever they sit, and each runs until the next section. Rows starting with
/// "Example:" are the template's own and are skipped.
/// </summary>
public sealed class ActionPlanSheet : ISheetReader
{
    private const string ObjectiveLabel = "Strategic Objective";
    private const string InitiativeLabel = "Strategic Initiative";
    private const string ImplementationLabel = "Describing Implementation";
    private const int LabelReach = 4;

    private static readonly Column Responsible = new("Person Responsible", true, ["Person Responsible", "Persons Responsible", "Responsible", "Who", "Owner", "Lead"]);
    private static readonly Column Date = new("Date", true, ["Date", "Due", "Due Date", "Deadline", "By When", "Target Date", "When", "End Date", "Complete By", "Completion Date", "Timeline"]);
    private static readonly Column Status = new("Status", false, ["Status", "Progress"]);

    private static readonly Column ProcessBenchmark = new("Process Benchmark", true, ["Process Benchmark", "Process Benchmarks"]) { Translatable = true };
    private static readonly Column EarlyBenchmark = new("Early Evidence of Change Benchmark", true, ["Early Evidence of Change Benchmark", "Early Evidence of Change Benchmarks", "Early Evidence of Change", "Early Evidence Benchmark"]) { Translatable = true };
    private static readonly Column Term = new("Term", true, ["Term", "Key Term"]) { Translatable = true };
    private static readonly Column Definition = new("Definition", true, ["Definition", "Meaning"]) { Translatable = true };
    private static readonly Column Resource = new("Resource list", true, ["Resource list", "Resource", "Resources"]) { Translatable = true };
    private static readonly Column NewOrExpanded = new("New/expanded use of existing resource", false, ["New/expanded use of existing resource", "New or expanded use of existing resource", "Expanded use of existing resource"]) { Translatable = true };
    private static readonly Column Reallocation = new("Reallocation/Reassignment of Resource", false, ["Reallocation/Reassignment of Resource", "Reallocation or reassignment of resource", "Reallocation", "Reassignment"]) { Translatable = true };
    private static readonly Column NewResources = new("New resources", false, ["New resources", "New resource"]) { Translatable = true };
    private static readonly Column Notes = new("Notes", false, ["Notes", "Note", "Comments"]) { Translatable = true };

    public static readonly TableShape ProcessShape = new("Process Benchmark", [ProcessBenchmark, Responsible, Date, Status]);
    public static readonly TableShape EarlyEvidenceShape = new("Early Evidence of Change", [EarlyBenchmark, Responsible, Date, Status]);
    public static readonly TableShape KeyTermsShape = new("Key Terms", [Term, Definition]);
    public static readonly TableShape ResourcesShape = new("Resources", [Resource, NewOrExpanded, Reallocation, NewResources, Notes]);

    private static readonly TableShape[] Tables = [ProcessShape, EarlyEvidenceShape, KeyTermsShape, ResourcesShape];

    /// <summary>Section labels of the form; each ends the table above it.</summary>
    private static readonly string[] SectionLabels =
    [
        ObjectiveLabel, InitiativeLabel, ImplementationLabel, "Defining Key Terms", "Monitoring Progress",
        "Measuring Impact", "Identifying Resources Supporting Implementation",
    ];

    /// <summary>The template's own instructions, which sit where values go and are not values.</summary>
    private static readonly string[] Instructions =
    [
        "Describe how the initiative will be implemented", "Define terms relevant for this initiative",
        "Process Benchmarks: What will be done", "Early Evidence of Change: Changes in practice",
        "List the people, time, materials and funds", "Setting Benchmarks to Monitor Progress",
    ];

    /// <summary>How far down a form's first label or benchmark table may start: the DESE form's is in its first 30 rows.</summary>
    private const int RowsSearched = 200;

    /// <summary>
    /// A sheet is an action plan form when it has a Strategic Initiative or Strategic Objective
    /// label, or a benchmark table, in its first <see cref="RowsSearched"/> rows (a 100,000-row
    /// calendar is not read to its end to learn that it is not a form).
    /// </summary>
    public static bool Recognises(Sheet sheet) =>
        sheet.Rows.Take(RowsSearched).Any(row => row.Cells.Any(c => IsLabel(c, InitiativeLabel) || IsLabel(c, ObjectiveLabel))
            || TableFinder.IsHeader(sheet, ProcessShape, row) || TableFinder.IsHeader(sheet, EarlyEvidenceShape, row));

    TableShape? ISheetReader.Shape => null;

    bool ISheetReader.Recognises(Sheet sheet, SiteSettings settings) => Recognises(sheet);

    void ISheetReader.Read(Sheet sheet, FoundTable? table, SiteSettings settings, SheetRows into)
    {
        var (initiative, problems) = Read(sheet, settings, into.Texts);
        into.Diagnostics.AddRange(problems);
        if (initiative is not null)
        {
            into.Initiatives.Add(initiative);
        }
    }

    /// <param name="settings">Given with <paramref name="texts"/>, the text cells of the form's tables are added to it, with their paired columns in the site's other languages.</param>
    public static (InitiativeSource? Initiative, IReadOnlyList<Diagnostic> Diagnostics) Read(Sheet form, SiteSettings? settings = null, List<TextCell>? texts = null)
    {
        // Private columns are blanked under every table header of the form and private rows left out, so neither a table nor a label's value can read them.
        var cleaned = PrivateContent.Remove(form, row => Tables.Any(t => TableFinder.IsHeader(form, t, row)));
        var sheet = cleaned with { Rows = cleaned.Rows.Where(r => !r.IsPrivate).ToList() };
        var diagnostics = new List<Diagnostic>(sheet.Rows.SelectMany(r => r.Cells).Select(c => c.FaultDiagnostic()).OfType<Diagnostic>());
        var name = LabelValue(sheet, InitiativeLabel);
        if (name is null || name.IsBlank)
        {
            diagnostics.Add(Diagnostic.Error(
                name?.Location ?? sheet.Location,
                "This action plan sheet has no Strategic Initiative.",
                "the label \"Strategic Initiative\" with the initiative's name beside or below it"));
            return (null, diagnostics);
        }

        var location = name.Location;
        void Texts(FoundTable table, IEnumerable<SheetRow> rows)
        {
            if (settings is not null)
            {
                texts?.AddRange(TextCells.From(table, rows, settings, diagnostics));
            }
        }

        SourceCell Value(string label) => LabelValue(sheet, label) ?? SourceCell.Blank(location);

        var terms = ReadTable(sheet, KeyTermsShape, diagnostics, Texts)
            .Select(r => new KeyTermRow(r.Cell(Term), r.Cell(Definition)))
            .ToList();
        var benchmarks = ReadTable(sheet, ProcessShape, diagnostics, Texts)
            .Select(r => new BenchmarkRow(BenchmarkKind.Process, r.Cell(ProcessBenchmark), r.Cell(Responsible), r.Cell(Date), r.Cell(Status)))
            .Concat(ReadTable(sheet, EarlyEvidenceShape, diagnostics, Texts)
                .Select(r => new BenchmarkRow(BenchmarkKind.EarlyEvidence, r.Cell(EarlyBenchmark), r.Cell(Responsible), r.Cell(Date), r.Cell(Status))))
            .ToList();
        var resources = ReadTable(sheet, ResourcesShape, diagnostics, Texts)
            .Select(r => new InitiativeResourceRow(r.Cell(Resource), r.Cell(NewOrExpanded), r.Cell(Reallocation), r.Cell(NewResources), r.Cell(Notes)))
            .ToList();

        var initiative = new InitiativeSource(Title(sheet, location), Value(ObjectiveLabel), name, Value(ImplementationLabel), terms, benchmarks, resources);
        if (settings is { Languages.Count: > 1 } && texts is not null)
        {
            texts.AddRange(LabelTexts(sheet, settings, [(InitiativeLabel, name), (ObjectiveLabel, initiative.Objective), (ImplementationLabel, initiative.Implementation)]));
        }

        return (initiative, diagnostics);
    }

    /// <summary>A row of a form table, with its cells by column.</summary>
    private sealed record TableRow(FoundTable Table, SheetRow Row)
    {
        public SourceCell Cell(Column column) => Table.Cell(Row, column);
    }

    /// <summary>The filled rows of one of the form's tables; a table the form leaves out is no error, one missing a required column is.</summary>
    /// <param name="read">Told of the table and the rows taken from it.</param>
    private static List<TableRow> ReadTable(Sheet sheet, TableShape shape, List<Diagnostic> diagnostics, Action<FoundTable, IEnumerable<SheetRow>> read)
    {
        var found = TableFinder.Find(sheet, shape, Tables);
        if (found.Table is not { } table)
        {
            if (found.Problem is { Severity: Severity.Error } problem)
            {
                diagnostics.Add(problem);
            }

            return [];
        }

        var rows = new List<TableRow>();
        var first = shape.Columns[0];
        foreach (var row in table.RowsUntil(row => EndsTable(sheet, shape, row)))
        {
            if (table.IsBlankIn(row))
            {
                continue;
            }

            var lead = table.Cell(row, first);
            if (lead.Text.TrimStart().StartsWith("Example:", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(Diagnostic.Info(lead.Location, $"Skipped the template's example row \"{lead.Text.Trim()}\"."));
                continue;
            }

            if (lead.IsBlank)
            {
                diagnostics.Add(Diagnostic.Warning(lead.Location, $"This row of the {shape.Name} table has no {first.Name} and was skipped.", $"the {first.Name} in column {CellAddress.ColumnName(table.ColumnIndexes[first])}"));
                continue;
            }

            rows.Add(new TableRow(table, row));
        }

        read(table, rows.Select(r => r.Row));
        return rows;
    }

    /// <summary>The form's labelled texts, each with its value in the site's other languages, beside the same label with the language after it: "Strategic Initiative (es)".</summary>
    private static IEnumerable<TextCell> LabelTexts(Sheet sheet, SiteSettings settings, IEnumerable<(string Label, SourceCell Value)> labelled) =>
        labelled
            .Where(l => !l.Value.IsBlank)
            .Select(l => new TextCell(
                l.Value.Text.Trim(),
                l.Value.Location,
                settings.OtherLanguages
                    .Select(language => (language, Value: LabelValue(sheet, $"{l.Label} ({language})")))
                    .Where(t => t.Value is { IsBlank: false })
                    .ToDictionary(t => t.language, t => t.Value!.Text.Trim(), StringComparer.Ordinal)));

    /// <summary>A table ends at the next section label or the header of another table.</summary>
    private static bool EndsTable(Sheet sheet, TableShape shape, SheetRow row) =>
        row.Cells.Any(c => SectionLabels.Any(label => IsLabel(c, label)))
        || Tables.Where(t => t != shape).Any(t => TableFinder.IsHeader(sheet, t, row));

    /// <summary>The value of a label: the first filled cell to its right, else the first below it, before the next section.</summary>
    private static SourceCell? LabelValue(Sheet sheet, string label)
    {
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = sheet.Rows[r];
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (!IsLabel(row.Cells[c], label))
                {
                    continue;
                }

                var beside = row.Cells.Skip(c + 1).FirstOrDefault(IsValue);
                if (beside is not null)
                {
                    return beside;
                }

                foreach (var below in sheet.Rows.Skip(r + 1).Take(LabelReach))
                {
                    if (below.Cells.Any(cell => SectionLabels.Any(l => IsLabel(cell, l))) || Tables.Any(t => TableFinder.IsHeader(sheet, t, below)))
                    {
                        break;
                    }

                    if (below.Cells.Skip(c).FirstOrDefault(IsValue) is { } value)
                    {
                        return value;
                    }
                }

                return SourceCell.Blank(row.Cells[c].Location);
            }
        }

        return null;
    }

    /// <summary>The form's title row, "[School or District Name] Action Plan [Timeframe]", above the first label.</summary>
    private static SourceCell Title(Sheet sheet, SourceLocation fallback) =>
        sheet.Rows
            .TakeWhile(row => !row.Cells.Any(c => SectionLabels.Any(l => IsLabel(c, l))))
            .SelectMany(row => row.Cells)
            .FirstOrDefault(c => Fold.Words(c.Text).Contains("action plan", StringComparison.Ordinal))
        ?? SourceCell.Blank(fallback);

    private static bool IsLabel(SourceCell cell, string label) => Fold.Words(cell.Text) == Fold.Words(label);

    private static bool IsValue(SourceCell cell) =>
        !cell.IsBlank && !Instructions.Any(i => cell.Text.TrimStart().StartsWith(i, StringComparison.OrdinalIgnoreCase));
}
