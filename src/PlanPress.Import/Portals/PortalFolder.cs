using System.Text.Json;
using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;

namespace PlanPress.Import.Portals;

/// <summary>A plan of a portal: where its content folder is, its address under the portal, and what the district's list says of it.</summary>
/// <param name="Slug">The folder the plan is published under ("riverside-elementary"), from its folder's name.</param>
/// <param name="Folder">Its content folder, as the user would name it ("district/plans/riverside-elementary").</param>
/// <param name="Name">Its name: the plans list's, else its site.yml title.</param>
/// <param name="Shown">How the status page and the log name it: its folder ("plans/riverside-elementary"), or the address of its shared workbook.</param>
/// <param name="Sources">The shared workbooks its site.yml lists, read once here for the portal to fetch every plan's together.</param>
public sealed record PortalPlan(string Slug, string Folder, string Name, string Level, string Region, string Contact, string Shown, IReadOnlyList<Sources.RemoteSource> Sources);

/// <summary>A portal as read: its own settings, its plans in order, and what was wrong.</summary>
public sealed record Portal(string Folder, SiteConfigFile Config, IReadOnlyList<PortalPlan> Plans, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// A portal's content folder: its own site.yml (title, organisation, language, base_url), a
/// <c>plans/</c> folder holding one content folder per plan (each with its own site.yml), and
/// optionally a list of the plans (plans.xlsx, or a sheet of any workbook of the portal folder)
/// with each plan's name, folder, level, region and contact.
/// </summary>
public static class PortalFolder
{
    public const string PlansFolder = "plans";

    /// <summary>Whether a content folder is a portal: its plans/ folder holds at least one folder with a site.yml.</summary>
    public static bool IsPortal(string folder)
    {
        var plans = Path.Combine(folder, PlansFolder);
        return Directory.Exists(plans) && Directory.EnumerateDirectories(plans).Any(d => File.Exists(Path.Combine(d, SiteConfig.FileName)));
    }

    /// <param name="addressed">
    /// Where a plan the list gives by the address of its shared workbook, rather than by a folder,
    /// gets a content folder of its own: a site.yml with its name and that address under sources:.
    /// </param>
    public static Portal Read(string folder, string addressed)
    {
        var config = SiteConfig.Read(Path.Combine(folder, SiteConfig.FileName), folder);
        var diagnostics = new List<Diagnostic>(config.Diagnostics);
        if (config.Sources.Count > 0)
        {
            diagnostics.Add(Diagnostic.Warning(new SourceLocation(Shown(Path.Combine(folder, SiteConfig.FileName))), "A portal's sources: are not read: each plan lists its own.", "sources: in the site.yml of the plan they belong to"));
        }

        var (listed, byAddress) = ReadList(folder, diagnostics);
        NotRead(folder, diagnostics);
        // Each plan with its place in the list (the district's order); the folders the list does not name after, in folder order.
        var placed = new List<(PortalPlan Plan, int Order)>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sub in Directory.EnumerateDirectories(Path.Combine(folder, PlansFolder)).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.'))
            {
                continue;
            }

            if (ContentLinks.Refuse(folder, sub) is { } link)
            {
                diagnostics.Add(link);
                continue;
            }

            if (!File.Exists(Path.Combine(sub, SiteConfig.FileName)))
            {
                diagnostics.Add(Diagnostic.Warning(new SourceLocation(Shown(sub)), $"This folder is not a plan: it has no {SiteConfig.FileName}.", $"a {SiteConfig.FileName} in each plan's folder under {PlansFolder}/"));
                continue;
            }

            var row = listed.GetValueOrDefault(name);
            found.Add(name);
            var own = SiteConfig.Read(Path.Combine(sub, SiteConfig.FileName), sub);
            var title = row?.Name is { Length: > 0 } listedName ? listedName : own.Settings.Title;
            placed.Add((new PortalPlan(Slug.From(name), Shown(sub), title, row?.Level ?? string.Empty, row?.Region ?? string.Empty, row?.Contact ?? string.Empty, $"{PlansFolder}/{name}", own.Sources), row?.Order ?? int.MaxValue));
        }

        placed.AddRange(byAddress.Select(row => (Addressed(row, addressed), row.Order)));
        var plans = placed.OrderBy(p => p.Order).Select(p => p.Plan).ToList();
        foreach (var missing in listed.Values.Where(r => !found.Contains(r.Folder)))
        {
            diagnostics.Add(Diagnostic.Error(missing.Location, $"The plans list names the folder \"{missing.Folder}\", which is not a plan's folder under {PlansFolder}/.", $"the name of a folder of {PlansFolder}/ that holds a {SiteConfig.FileName}"));
        }

        foreach (var clash in plans.GroupBy(p => p.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(Shown(Path.Combine(folder, PlansFolder))), $"The folders {string.Join(", ", clash.Select(p => Path.GetFileName(p.Folder)))} would all be published as {clash.Key}/.", "plan folders whose names differ in more than case or punctuation"));
        }

        return new Portal(folder, config, plans, diagnostics);
    }

    /// <summary>Each file and folder of the portal that is neither its site.yml, a workbook (its plans list), nor plans/, named in a warning; and each file directly in plans/.</summary>
    private static void NotRead(string folder, List<Diagnostic> diagnostics)
    {
        var plans = Path.Combine(folder, PlansFolder);
        var strays = Directory.EnumerateFiles(plans)
            .Concat(Directory.EnumerateDirectories(folder).Where(d => Path.GetFileName(d) != PlansFolder))
            .Concat(Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) != SiteConfig.FileName
                && !WorkbookReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())
                && !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase)));
        foreach (var stray in strays.Where(p => !Path.GetFileName(p).StartsWith('.') && !ContentFiles.IsLockFile(Path.GetFileName(p))).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Warning(
                new SourceLocation(Shown(stray)),
                $"This is not read: a portal holds its site.yml, its plans list, and a folder per plan under {PlansFolder}/.",
                $"the file in the folder of the plan it belongs to, under {PlansFolder}/"));
        }
    }

    /// <param name="Folder">The folder's name under plans/, or the address of the plan's shared workbook.</param>
    /// <param name="Order">Its place in the list.</param>
    private sealed record ListedPlan(string Name, string Folder, string Level, string Region, string Contact, SourceLocation Location, int Order);

    /// <summary>A plan the list gives by its shared workbook's address: a content folder of its own, written under <paramref name="addressed"/>, that lists the address.</summary>
    private static PortalPlan Addressed(ListedPlan row, string addressed)
    {
        var name = row.Name.Length > 0 ? row.Name : $"Plan {row.Order + 1}";
        var slug = Slug.From(name);
        var folder = Path.Combine(addressed, slug);
        Directory.CreateDirectory(folder);
        var yml = Path.Combine(folder, SiteConfig.FileName);
        File.WriteAllText(yml, $"title: {JsonSerializer.Serialize(name)}\nsources:\n  - url: {JsonSerializer.Serialize(row.Folder)}\n    name: plan.xlsx\n");
        var shown = Uri.TryCreate(row.Folder, UriKind.Absolute, out var url) ? Sources.RemoteSource.Shown(url) : row.Folder;
        return new PortalPlan(slug, folder, name, row.Level, row.Region, row.Contact, shown, SiteConfig.Read(yml, folder).Sources);
    }

    /// <summary>The plans list, from the workbooks of the portal folder itself (not of plans/): the plans by folder name, and the plans given by an address.</summary>
    private static (Dictionary<string, ListedPlan> ByFolder, List<ListedPlan> ByAddress) ReadList(string folder, List<Diagnostic> diagnostics)
    {
        var listed = new Dictionary<string, ListedPlan>(StringComparer.Ordinal);
        var byAddress = new List<ListedPlan>();
        var order = 0;
        var workbooks = Directory.EnumerateFiles(folder)
            .Where(f => WorkbookReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !ContentFiles.IsLockFile(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal);
        foreach (var workbook in workbooks)
        {
            var (sheets, problems) = WorkbookReader.Read(workbook);
            diagnostics.AddRange(problems);
            foreach (var sheet in sheets)
            {
                var found = TableFinder.Recognise(sheet, [PlansSheet.Shape]);
                if (found.Table is not { } table)
                {
                    diagnostics.Add(found.Problem is { Severity: Severity.Error } problem
                        ? problem
                        : Diagnostic.Warning(sheet.Location, "This sheet is not read: a portal's own workbooks hold only its list of plans.", $"a header row naming {PlansSheet.Shape.ColumnNames}; the plans' workbooks in their folders under {PlansFolder}/"));
                    continue;
                }

                diagnostics.AddRange(table.Faults());
                foreach (var row in table.DataRows.Where(r => !table.IsBlankIn(r)))
                {
                    var folderCell = table.Cell(row, PlansSheet.Folder);
                    string Text(Column column) => table.Cell(row, column).Text.Trim();
                    if (folderCell.Text.Trim().StartsWith("http", StringComparison.OrdinalIgnoreCase) && folderCell.Text.Contains("://", StringComparison.Ordinal))
                    {
                        byAddress.Add(new ListedPlan(Text(PlansSheet.Name), folderCell.Text.Trim(), Text(PlansSheet.Level), Text(PlansSheet.Region), Text(PlansSheet.Contact), folderCell.Location, order++));
                        continue;
                    }

                    var name = Path.GetFileName(folderCell.Text.Trim().Replace('\\', '/').TrimEnd('/'));
                    if (name.Length == 0)
                    {
                        diagnostics.Add(Diagnostic.Error(folderCell.Location, "This plan has no folder.", $"the name of the plan's folder under {PlansFolder}/"));
                        continue;
                    }

                    if (listed.ContainsKey(name))
                    {
                        diagnostics.Add(Diagnostic.Warning(folderCell.Location, $"The folder \"{name}\" is listed twice; the first row is used.", "each plan once"));
                        continue;
                    }

                    listed[name] = new ListedPlan(Text(PlansSheet.Name), name, Text(PlansSheet.Level), Text(PlansSheet.Region), Text(PlansSheet.Contact), folderCell.Location, order++);
                }
            }
        }

        return (listed, byAddress);
    }

    private static string Shown(string path) => path.Replace('\\', '/');
}
