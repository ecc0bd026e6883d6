using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Calendar;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Glossary;
using PlanPress.Model.Improvement;
using PlanPress.Model.Pairs;
using PlanPress.Model.Resources;
using PlanPress.Model.Roles;

namespace PlanPress.Import;

/// <summary>What was read from the content folder (null when nothing usable was) and what was wrong.</summary>
public sealed record ImportResult(PlanSource? Source, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads a content folder: <c>site.yml</c> and every workbook in it, each sheet recognised by what
/// is on it (an action plan form's labels, a table's header row) rather than its file or sheet name.
/// </summary>
public static class ContentFolder
{
    public static readonly IReadOnlyList<TableShape> Shapes =
        [CalendarSheet.Shape, RolesSheet.Shape, ImprovementPlanSheet.Shape, GlossarySheet.Shape, ResourcesSheet.Shape, PairsSheet.Shape, MapSheet.Shape];

    /// <param name="folder">The content folder as the user named it; file names in diagnostics start with it.</param>
    public static ImportResult Read(string folder)
    {
        var location = new SourceLocation(folder.Replace('\\', '/'));
        if (!Directory.Exists(folder))
        {
            return new ImportResult(null, [Diagnostic.Error(location, "The content folder does not exist.", "a folder holding site.yml and the plan's workbooks (.xlsx, .xls or .csv)")]);
        }

        var (settings, diagnostics) = SiteConfig.Read(Path.Combine(folder, SiteConfig.FileName), folder);
        var all = new List<Diagnostic>(diagnostics);
        var calendarRows = new List<CalendarRow>();
        var roleRows = new List<RoleRow>();
        var initiatives = new List<InitiativeSource>();
        var improvementRows = new List<ImprovementRow>();
        var terms = new List<TermRow>();
        var resources = new List<ResourceSheetRow>();
        var pairs = new List<PairRow>();
        var mapRows = new List<MapRow>();
        var workbooks = WorkbookFiles(folder);
        foreach (var path in workbooks)
        {
            if (ContentLinks.Refuse(folder, path) is { } link)
            {
                all.Add(link);
                continue;
            }

            var (sheets, problems) = WorkbookReader.Read(path);
            all.AddRange(problems);
            foreach (var sheet in sheets)
            {
                if (ActionPlanSheet.Recognises(sheet))
                {
                    var (initiative, formProblems) = ActionPlanSheet.Read(sheet);
                    all.AddRange(formProblems);
                    if (initiative is not null)
                    {
                        initiatives.Add(initiative);
                    }

                    continue;
                }

                var recognition = TableFinder.Recognise(sheet, Shapes);
                if (recognition.Problem is not null)
                {
                    all.Add(recognition.Problem);
                }

                if (recognition.Table is not { } table)
                {
                    continue;
                }

                all.AddRange(table.Faults());

                if (table.Shape == CalendarSheet.Shape)
                {
                    var (rows, rowProblems) = CalendarSheet.Read(table);
                    calendarRows.AddRange(rows);
                    all.AddRange(rowProblems);
                }
                else if (table.Shape == RolesSheet.Shape)
                {
                    roleRows.AddRange(RolesSheet.Read(table));
                }
                else if (table.Shape == ImprovementPlanSheet.Shape)
                {
                    var (rows, footnotes, rowProblems) = ImprovementPlanSheet.Read(table);
                    improvementRows.AddRange(rows);
                    terms.AddRange(footnotes);
                    all.AddRange(rowProblems);
                }
                else if (table.Shape == GlossarySheet.Shape)
                {
                    terms.InsertRange(0, GlossarySheet.Read(table));
                }
                else if (table.Shape == ResourcesSheet.Shape)
                {
                    resources.AddRange(ResourcesSheet.Read(table));
                }
                else if (table.Shape == PairsSheet.Shape)
                {
                    pairs.AddRange(PairsSheet.Read(table));
                }
                else if (table.Shape == MapSheet.Shape)
                {
                    var (rows, mapProblems) = MapSheet.Read(table);
                    mapRows.AddRange(rows);
                    all.AddRange(mapProblems);
                }
            }
        }

        var (pages, pageProblems) = PagesFolder.Read(folder);
        all.AddRange(pageProblems);

        if (calendarRows.Count == 0 && initiatives.Count == 0 && improvementRows.Count == 0 && !all.HasErrors())
        {
            var looked = workbooks.Count == 0
                ? "there are no .xlsx, .xls or .csv files in it"
                : "looked in " + string.Join(", ", workbooks.Select(Path.GetFileName));
            all.Add(Diagnostic.Error(
                location,
                $"No mentoring calendar, action plan or improvement plan was found ({looked}).",
                "a calendar sheet whose header row names the columns " + string.Join("; ", CalendarSheet.Shape.RequiredColumns.Select(c => c.Described))
                + ", or an action plan sheet with a \"Strategic Initiative\" label"));
        }

        var source = new PlanSource(settings, calendarRows, roleRows, initiatives)
        {
            ImprovementRows = improvementRows,
            Terms = terms,
            ResourceRows = resources,
            PairRows = pairs,
            MapRows = mapRows,
            Pages = pages,
            ContentFolder = folder,
        };
        return new ImportResult(source, all);
    }

    /// <summary>The workbooks in the folder, in name order; spreadsheet lock and temporary files are not workbooks.</summary>
    private static List<string> WorkbookFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => WorkbookReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => !IsLockFile(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsLockFile(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith(".~lock.", StringComparison.Ordinal);
}
