using System.Text.RegularExpressions;
using PlanPress.Import.Tables;
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
public static partial class ImprovementPlanSheet
{
    public static readonly Column Id = new("ID", false, ["ID", "#", "No", "Number", "Item"]);
    public static readonly Column Statement = new("Statement", true, ["Statement", "Goal / Target / Activity", "Goals, Targets and Activities", "Goal, Target or Activity", "Improvement Goal", "Action Plan", "Description"]);
    public static readonly Column Timeline = new("Timeline", true, ["Timeline", "Time Line", "Timeline/Date", "By When", "Deadline"]);
    public static readonly Column Responsible = new("Person Responsible", true, ["Person Responsible", "Persons Responsible", "Responsible", "Responsibility", "Who"]);
    public static readonly Column DataConclusion = new("Data Conclusion", false, ["Data Conclusion", "Data Conclusions"]);

    public static readonly TableShape Shape = new("Improvement plan", [Id, Statement, Timeline, Responsible, DataConclusion]);

    public static (IReadOnlyList<ImprovementRow> Rows, IReadOnlyList<TermRow> Footnotes, IReadOnlyList<Diagnostic> Diagnostics) Read(FoundTable table)
    {
        var rows = new List<ImprovementRow>();
        var footnotes = new List<TermRow>();
        var diagnostics = new List<Diagnostic>();
        foreach (var row in table.DataRows)
        {
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

            var statement = table.Cell(row, Statement);
            if (statement.IsBlank)
            {
                diagnostics.Add(Diagnostic.Warning(statement.Location, "This row has no statement and was skipped.", "the goal, target or activity in the Statement column"));
                continue;
            }

            rows.Add(new ImprovementRow(table.Cell(row, Id), statement, table.Cell(row, Timeline), table.Cell(row, Responsible), table.Cell(row, DataConclusion)));
        }

        return (rows, footnotes, diagnostics);
    }

    /// <summary>"** MoM = Mentoring of Mentors, provided by …": the term before "=", its definition after.</summary>
    [GeneratedRegex(@"^\*+\s*(?<term>[^=]+?)\s*=\s*(?<definition>.+)$", RegexOptions.Singleline)]
    private static partial Regex Footnote();
}
