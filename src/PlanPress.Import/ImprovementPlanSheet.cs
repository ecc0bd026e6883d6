using System.Text.RegularExpressions;
using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Glossary;
using PlanPress.Model.Improvement;

namespace PlanPress.Import;

/// <summary>
/// An improvement plan (seed 002): numbered goals, targets and activities with their timeline and
/// person responsible, and footnotes under the table ("* CBAM = Concerns-Based Adoption Model")
/// that define its terms.
/// </summary>
public sealed partial class ImprovementPlanSheet : ISheetReader
{
    public static readonly Column Id = new("ID", false, ["ID", "#", "No", "Number", "Item"]);
    public static readonly Column Statement = new("Statement", false, ["Statement", "Goal / Target / Activity", "Goals, Targets and Activities", "Goal, Target or Activity", "Action Plan", "Description"]) { Translatable = true };
    public static readonly Column Goal = new("Goal", false, ["Goal", "Goals", "Improvement Goal", "Improvement Goals", "Objective", "Objectives", "Priority Area", "Priority Areas", "Priority", "Priorities", "School Improvement Goal", "SMART Goal", "SMART Goals"]) { Translatable = true };
    public static readonly Column Target = new("Target", false, ["Target", "Targets", "Improvement Target", "Target / Activity", "Targets / Activities", "Targets and Activities", "Strategy", "Strategies", "Measure", "Measures", "Measurable Objective", "Measurable Objectives", "Performance Objective", "Performance Objectives", "Key Strategy", "Key Strategies", "Improvement Strategy", "Improvement Strategies"]) { Translatable = true };
    public static readonly Column Activity = new("Activity", false, ["Activity", "Activities", "Action", "Actions", "Action Step", "Action Steps", "Key Action", "Key Actions", "Action Item", "Action Items", "Milestone", "Milestones", "Activities to Achieve this Goal", "Implementation Steps"]) { Translatable = true };
    public static readonly Column Timeline = new("Timeline", false, ["Timeline", "Time Line", "Timeline/Date", "By When", "Deadline", "Due", "Due Date", "Target Date", "Timeframe", "Time Frame"]);
    public static readonly Column Start = new("Start", false, DateColumns.Start);
    public static readonly Column End = new("End", false, DateColumns.End);
    public static readonly Column Status = new("Status", false, ["Status", "Progress", "Progress Status", "Implementation Status", "Status Update", "Current Status"]);
    public static readonly Column Evidence = new("Evidence", false, ["Evidence", "Evidence of Implementation", "Evidence of Success", "Evidence of Impact", "Evidence of Completion", "Measure of Success", "Measures of Success", "Progress Monitoring", "Progress Measures", "How will you measure", "Artifacts", "Data Source", "Data Sources", "Evaluation", "Indicator", "Indicators", "Monitoring Effectiveness", "Completion / Evidences", "Evidence of Progress", "Eval"]) { Translatable = true };
    public static readonly Column Resources = new("Resources", false, ["Resources", "Resources Needed", "Funding", "Funding Source", "Funding Sources", "Resources/Funding", "Budget", "Cost", "Materials", "Resources/Materials", "Resources Available", "Funding/Resources"]) { Translatable = true };
    public static readonly Column Responsible = new("Person Responsible", false, ["Person Responsible", "Persons Responsible", "Responsible", "Responsibility", "Responsible Party", "Responsible Parties", "Lead", "Leads", "Owner", "Who", "Lead Person", "Lead Persons", "Lead Person/Position", "Who is Responsible", "Who is Responsible? Who is Involved?", "Leadership", "Person(s) Responsible", "Staff Responsible"]);
    public static readonly Column DataConclusion = new("Data Conclusion", false, ["Data Conclusion", "Data Conclusions"]) { Translatable = true };

    /// <summary>The columns a statement may stand in, the level each gives an unnumbered statement (null: the numbering says).</summary>
    private static readonly (Column Column, int? Level)[] StatementColumns = [(Statement, null), (Goal, 1), (Target, 2), (Activity, 3)];

    public static readonly TableShape Shape = new("Improvement plan", [Id, Statement, Goal, Target, Activity, Timeline, Start, End, Responsible, Status, Evidence, Resources, DataConclusion])
    {
        OneOf = [Statement, Goal, Target, Activity],
    };

    TableShape? ISheetReader.Shape => Shape;

    void ISheetReader.Read(Sheet sheet, FoundTable? table, SiteSettings settings, SheetRows into)
    {
        var (rows, footnotes, problems) = Read(table!);
        into.Improvement.AddRange(rows);
        into.Footnotes.AddRange(footnotes);
        into.Diagnostics.AddRange(problems);
    }


    public static (IReadOnlyList<ImprovementRow> Rows, IReadOnlyList<TermRow> Footnotes, IReadOnlyList<Diagnostic> Diagnostics) Read(FoundTable table)
    {
        var rows = new List<ImprovementRow>();
        var footnotes = new List<TermRow>();
        var diagnostics = new List<Diagnostic>();
        if (!new[] { Timeline, Start, End }.Any(table.ColumnIndexes.ContainsKey))
        {
            var header = table.Sheet.Rows[table.HeaderIndex];
            return ([], [], [Diagnostic.Error(
                table.Sheet.At(header.Number, table.ColumnIndexes.Values.Min()),
                $"This looks like an improvement plan, but its header row has no Timeline column and no Start or End date column, so no step has a date. It reads: {string.Join(" | ", header.Cells.Where(c => !c.IsBlank).Select(c => c.Text.Trim()))}.",
                $"a {Timeline.Described} column, or {Start.Name} and {End.Name} date columns ({string.Join(", ", DateColumns.Start.Take(3))}; {string.Join(", ", DateColumns.End.Take(3))})")]);
        }

        var skipped = new List<Diagnostic>();
        var headerRow = table.Sheet.Rows[table.HeaderIndex];
        // A goal written above the header row ("Goal 1: …", the header then repeated under each goal) is the first goal.
        if (GoalAbove(table) is { } goal)
        {
            rows.Add(new ImprovementRow(SourceCell.Blank(goal.Location), goal, SourceCell.Blank(goal.Location), SourceCell.Blank(goal.Location), SourceCell.Blank(goal.Location)));
        }

        foreach (var row in table.DataRows)
        {
            // The header row written again under each goal, as many district plans repeat it.
            if (table.ColumnIndexes.Values.All(i => table.Sheet.Cell(row, i).Text.Trim() == table.Sheet.Cell(headerRow, i).Text.Trim()))
            {
                continue;
            }

            var first = row.Cells.First(c => !c.IsBlank);
            if (first.Text.TrimStart().StartsWith('*'))
            {
                if (Footnote().Match(first.Text.Trim()) is { Success: true } note)
                {
                    var term = note.Groups["term"].Value.Trim().Trim('“', '”', '"', '*', ' ');
                    footnotes.Add(new TermRow(first with { Text = term }, first with { Text = note.Groups["definition"].Value.Trim() }));
                }
                else
                {
                    diagnostics.Add(Diagnostic.Info(first.Location, "This footnote has no \"=\" and was not added to the glossary."));
                }

                continue;
            }

            // A row may hold a goal in one column and its first target in the next: each statement is an item, left to right,
            // and the timeline and person responsible belong to the last of them.
            var items = StatementColumns
                .Where(c => table.ColumnIndexes.ContainsKey(c.Column) && !table.Cell(row, c.Column).IsBlank)
                .OrderBy(c => table.ColumnIndexes[c.Column])
                .ToList();
            if (items.Count == 0)
            {
                skipped.Add(Diagnostic.Warning(table.Cell(row, StatementColumns.First(c => table.ColumnIndexes.ContainsKey(c.Column)).Column).Location, "This row has no statement and was skipped.", "the goal, target or activity in its column"));
                continue;
            }

            for (var i = 0; i < items.Count; i++)
            {
                var statement = table.Cell(row, items[i].Column);
                var last = i == items.Count - 1;
                SourceCell OnLast(Column column) => last ? table.Cell(row, column) : SourceCell.Blank(table.Cell(row, column).Location);
                var timeline = DateColumns.Timeline(table.Cell(row, Timeline), table.Cell(row, Start), table.Cell(row, End));
                rows.Add(new ImprovementRow(i == 0 ? table.Cell(row, Id) : SourceCell.Blank(statement.Location), statement, last ? timeline : SourceCell.Blank(timeline.Location), OnLast(Responsible), i == 0 ? table.Cell(row, DataConclusion) : SourceCell.Blank(statement.Location))
                {
                    Level = items[i].Level,
                    Status = OnLast(Status),
                    Evidence = OnLast(Evidence),
                    Resources = OnLast(Resources),
                });
            }
        }

        if (rows.Count > 0 || skipped.Count == 0)
        {
            diagnostics.AddRange(skipped);
        }
        else
        {
            // One problem, said once: the layout was not understood, not a warning per empty cell.
            var header = table.Sheet.Rows[table.HeaderIndex];
            var found = string.Join(", ", header.Cells.Where(c => !c.IsBlank).Select(c => $"\"{c.Text.Trim()}\""));
            diagnostics.Add(Diagnostic.Error(
                table.Sheet.At(header.Number, table.ColumnIndexes.Values.Min()),
                $"This looks like an improvement plan (its header row has {found}), but none of its rows could be read as a goal, target or activity.",
                $"a header row naming {Shape.Described}, with each goal, target and activity under its header"));
        }

        return (rows, footnotes, diagnostics);
    }

    /// <summary>The one filled cell of the row right above the header (blank rows aside), when it is a goal's label and words.</summary>
    private static SourceCell? GoalAbove(FoundTable table)
    {
        var above = table.Sheet.Rows.Take(table.HeaderIndex).LastOrDefault(r => !r.IsBlank);
        return above?.Cells.Where(c => !c.IsBlank).ToList() is [var only] && GoalLabel().IsMatch(only.Text.Trim()) ? only : null;
    }

    [GeneratedRegex(@"^(?:(?:school\s+)?improvement\s+|smart\s+|district\s+)?(?:goal|meta|priority(?:\s+area)?|prioridad|focus\s+area)\s*#?\s*\d*\s*[:.\-–]", RegexOptions.IgnoreCase)]
    private static partial Regex GoalLabel();

    /// <summary>"** MoM = Mentoring of Mentors, provided by …": the term before "=", its definition after.</summary>
    [GeneratedRegex(@"^\*+\s*(?<term>[^=]+?)\s*=\s*(?<definition>.+)$", RegexOptions.Singleline)]
    private static partial Regex Footnote();
}
