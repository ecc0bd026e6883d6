using PlanPress.Model.ActionPlans;
using PlanPress.Model.Calendar;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Glossary;
using PlanPress.Model.Improvement;
using PlanPress.Model.Pairs;
using PlanPress.Model.Resources;
using PlanPress.Model.Roles;

namespace PlanPress.Import;

/// <summary>What sheets gave, as they were read: every kind of row, and the problems met reading them.</summary>
public sealed class SheetRows
{
    public List<CalendarRow> Calendar { get; } = [];

    public List<RoleRow> Roles { get; } = [];

    public List<InitiativeSource> Initiatives { get; } = [];

    public List<ImprovementRow> Improvement { get; } = [];

    /// <summary>The Glossary sheets' terms.</summary>
    public List<TermRow> Glossary { get; } = [];

    /// <summary>The improvement plans' footnotes, after the glossary's terms: a glossary's own definition comes first.</summary>
    public List<TermRow> Footnotes { get; } = [];

    public List<PlanResourceRow> Resources { get; } = [];

    public List<PairRow> Pairs { get; } = [];

    public List<MapRow> Map { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The text cells read, with their paired columns in the site's other languages (none with one language).</summary>
    public List<Model.Languages.TextCell> Texts { get; } = [];

    /// <summary>Each table read by its header row: its kind, its header as written and where it is.</summary>
    public List<ReadTable> Tables { get; } = [];

    /// <summary>Whether any plan was found: a calendar, an action plan or an improvement plan.</summary>
    public bool HasPlan => Calendar.Count > 0 || Initiatives.Count > 0 || Improvement.Count > 0;

    /// <summary>Takes in what a sheet gave, after what earlier sheets did.</summary>
    public void Add(SheetRows sheet)
    {
        Calendar.AddRange(sheet.Calendar);
        Roles.AddRange(sheet.Roles);
        Initiatives.AddRange(sheet.Initiatives);
        Improvement.AddRange(sheet.Improvement);
        Glossary.AddRange(sheet.Glossary);
        Footnotes.AddRange(sheet.Footnotes);

        Resources.AddRange(sheet.Resources);
        Pairs.AddRange(sheet.Pairs);
        Map.AddRange(sheet.Map);
        Diagnostics.AddRange(sheet.Diagnostics);
        Texts.AddRange(sheet.Texts);
        Tables.AddRange(sheet.Tables);
    }

    /// <summary>
    /// A sheet of a workbook read as a second table of a kind the workbook already has, under another
    /// header (a "Meeting log" of Date, What, Who, Notes beside the Calendar), is an error naming both:
    /// a sheet kept beside the plan would be published as part of it. Sheets of one kind under the same
    /// header (a calendar kept a sheet per term, a Mentoring Action Plan per pair) are one table, and a
    /// table of its own workbook is one the coordinator put in the content folder as such.
    /// </summary>
    public IEnumerable<Diagnostic> SecondTables() =>
        Tables.GroupBy(t => (t.Shape, t.Where.File)).SelectMany(kind => kind.Skip(1).Where(t => t.Header != kind.First().Header).Select(t => Diagnostic.Error(
            t.Where,
            $"This sheet is read as a second {kind.Key.Shape.Name} table (its header: {t.Header}) beside the workbook's sheet {kind.First().Where.Sheet} ({kind.First().Header}), with other columns: a sheet kept beside the plan (a log, notes, a copy) would be published as part of it.",
            $"the sheet hidden, or moved to a workbook outside the content folder, if it is not part of the plan; or given the header of the sheet {kind.First().Where.Sheet} if it is")));
}

/// <summary>A table as its header row named it: its kind, its header's words in their order, and its sheet.</summary>
public sealed record ReadTable(Tables.TableShape Shape, string Header, SourceLocation Where);
