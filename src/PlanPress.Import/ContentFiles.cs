using PlanPress.Import.Workbooks;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import;

/// <summary>
/// The files of a content folder, in it and in its subfolders: the workbooks to read, and a warning
/// for every other file that is neither site.yml, a page, an image nor a file spreadsheet programs
/// and git leave beside the real ones. A subfolder with a site.yml of its own is a plan of its own
/// (a portal's), and pages/ holds the Markdown pages; neither is read for workbooks.
/// </summary>
public static class ContentFiles
{
    private static readonly string[] Images = [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"];

    private static readonly string[] Ignored = ["thumbs.db", "desktop.ini"];

    /// <summary>How deep subfolders are looked in: a plan's folder is shallow, and a loop of links must end.</summary>
    private const int Depth = 8;

    /// <summary>The workbooks in the folder and its subfolders, in order of their path; each other file named in a warning.</summary>
    public static (List<string> Workbooks, List<Diagnostic> Diagnostics) Find(string folder)
    {
        var workbooks = new List<string>();
        var diagnostics = new List<Diagnostic>();
        Walk(folder, folder, 0, workbooks, diagnostics);
        workbooks.Sort(StringComparer.Ordinal);
        return (OneOfEachName(workbooks, diagnostics), diagnostics);
    }

    /// <summary>
    /// One workbook of each name in a folder: calendar.xlsx beside calendar.csv or calendar.ods is
    /// the same workbook saved in another form, and reading both would read the plan twice (every task
    /// doubled, every role "already used"). Only the first (.xlsx before .xlsm, .ods, .xls, .csv) is
    /// read, and the others are an error naming them.
    /// </summary>
    private static List<string> OneOfEachName(List<string> workbooks, List<Diagnostic> diagnostics)
    {
        var kept = new List<string>();
        foreach (var name in workbooks.GroupBy(w => Path.Combine(Path.GetDirectoryName(w) ?? string.Empty, Path.GetFileNameWithoutExtension(w)), StringComparer.OrdinalIgnoreCase))
        {
            var forms = name.OrderBy(w => WorkbookReader.Extensions.TakeWhile(e => !e.Equals(Path.GetExtension(w), StringComparison.OrdinalIgnoreCase)).Count()).ThenBy(w => w, StringComparer.Ordinal).ToList();
            kept.Add(forms[0]);
            diagnostics.AddRange(forms.Skip(1).Select(copy => Diagnostic.Error(
                new SourceLocation(copy.Replace('\\', '/')),
                $"This is {Path.GetFileName(forms[0])} saved in another form (the same name): reading both would read the plan twice, so it was not read.",
                $"one of them: delete the copy, or rename it if it holds something else than {Path.GetFileName(forms[0])}")));
        }

        kept.Sort(StringComparer.Ordinal);
        return kept;
    }

    /// <summary>The lock and temporary files Excel (~$calendar.xlsx) and LibreOffice (.~lock.calendar.xlsx#) write beside an open workbook.</summary>
    public static bool IsLockFile(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith(".~lock.", StringComparison.Ordinal);

    private static void Walk(string root, string folder, int depth, List<string> workbooks, List<Diagnostic> diagnostics)
    {
        var inPages = depth == 1 && Path.GetFileName(folder) == PagesFolder.FolderName;
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (IsLockFile(name) || name.StartsWith('.') || Ignored.Contains(name.ToLowerInvariant()) || Images.Contains(extension)
                || (depth == 0 && name == SiteConfig.FileName) || (inPages && extension == ".md")
                || (depth == 0 && name.StartsWith("README", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (!inPages && WorkbookReader.Extensions.Contains(extension))
            {
                workbooks.Add(file);
                continue;
            }

            diagnostics.Add(Diagnostic.Warning(
                new SourceLocation(file.Replace('\\', '/')),
                extension == ".md" ? "This page is not read: pages are read from the pages folder only." : "This file is not read: it is neither a workbook nor a page.",
                extension == ".md"
                    ? $"the page moved into {Path.Combine(root, PagesFolder.FolderName).Replace('\\', '/')}/"
                    : "a workbook (" + string.Join(", ", WorkbookReader.Extensions) + "), or the file moved out of the content folder"));
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.') || File.Exists(Path.Combine(sub, SiteConfig.FileName)))
            {
                continue;
            }

            if (ContentLinks.Refuse(root, sub) is { } link)
            {
                diagnostics.Add(link);
                continue;
            }

            if (depth + 1 > Depth)
            {
                diagnostics.Add(Diagnostic.Warning(new SourceLocation(sub.Replace('\\', '/')), $"This folder is not read: it is more than {Depth} folders deep.", "the plan's workbooks in the content folder or a subfolder of it"));
                continue;
            }

            Walk(root, sub, depth + 1, workbooks, diagnostics);
        }
    }
}
