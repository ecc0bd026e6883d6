using PlanPress.Import.Sources;
using PlanPress.Import.Tables;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import;

/// <summary>What was read from the content folder (null when nothing usable was) and what was wrong.</summary>
public sealed record ImportResult(PlanSource? Source, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads a content folder: <c>site.yml</c> and every workbook in it, each sheet recognised by what
/// is on it (an action plan form's labels, a table's header row) rather than its file or sheet name.
/// </summary>
public static class ContentFolder
{
    /// <summary>
    /// Imports a content folder whole: reads site.yml, fetches the shared workbooks it lists under
    /// sources: (or, offline, takes the copies fetched last time), then reads every workbook.
    /// </summary>
    /// <param name="folder">The content folder as the user named it; file names in diagnostics start with it.</param>
    /// <param name="sources">How the shared workbooks are fetched.</param>
    /// <param name="cache">As for <see cref="Read"/>.</param>
    /// <param name="step">Told the name of each step as it starts, for progress on a terminal.</param>
    public static async Task<ImportResult> ImportAsync(string folder, FetchOptions sources, WorkbookCache? cache = null, Action<string>? step = null)
    {
        var config = Directory.Exists(folder) ? SiteConfig.Read(Path.Combine(folder, SiteConfig.FileName), folder) : null;
        if (config?.Sources is not { Count: > 0 } listed)
        {
            step?.Invoke("Reading workbooks");
            return Read(folder, [], config, cache);
        }

        step?.Invoke(sources.Offline ? "Reading the cached copies of shared workbooks" : "Fetching shared workbooks");
        var (copies, fetchProblems) = sources.Fetched?.TryGetValue(folder, out var fetched) == true
            ? fetched
            : await SourceFetcher.FetchAsync(listed, sources, DateTimeOffset.Now).ConfigureAwait(false);
        if (fetchProblems.HasErrors())
        {
            return new ImportResult(null, fetchProblems);
        }

        step?.Invoke("Reading workbooks");
        var imported = Read(folder, copies, config, cache);
        return imported with { Diagnostics = [.. fetchProblems, .. imported.Diagnostics] };
    }

    /// <param name="folder">The content folder as the user named it; file names in diagnostics start with it.</param>
    /// <param name="remote">The local copies of the workbooks site.yml lists under sources:, fetched beforehand.</param>
    /// <param name="config">site.yml as already read (to fetch its sources); read here when not given.</param>
    /// <param name="cache">Given, workbooks whose bytes have not changed since they were last read are not parsed again.</param>
    public static ImportResult Read(string folder, IReadOnlyList<FetchedSource>? remote = null, SiteConfigFile? config = null, WorkbookCache? cache = null)
    {
        var location = new SourceLocation(folder.Replace('\\', '/'));
        if (!Directory.Exists(folder))
        {
            return new ImportResult(null, [Diagnostic.Error(location, "The content folder does not exist.", "a folder holding site.yml and the plan's workbooks (.xlsx, .xls or .csv)")]);
        }

        config ??= SiteConfig.Read(Path.Combine(folder, SiteConfig.FileName), folder);
        var settings = config.Settings;
        var rows = new SheetRows();
        var all = rows.Diagnostics;
        all.AddRange(config.Diagnostics);
        var (workbooks, fileProblems) = ContentFiles.Find(folder);
        all.AddRange(fileProblems);
        var copies = Copies(workbooks, config.Sources, remote ?? [], all);
        // The meeting log is the form's responses, read as such and never as a sheet of the plan: its names and notes are personal.
        var (meetingRows, meetingProblems) = MeetingLog(folder, settings.MeetingLog, workbooks, copies, cache);
        all.AddRange(meetingProblems);
        // Each workbook is parsed on a core of its own; their sheets are then taken in the files' order, as one at a time would.
        var parsed = InOrder.Map(
            [.. workbooks.Select(w => (Path: w, ShownAs: (string?)null)), .. copies.Select(c => (c.Path, ShownAs: (string?)c.ShownAs))],
            file => file.ShownAs is null && ContentLinks.Refuse(folder, file.Path) is { } link
                ? (Sheets: (IReadOnlyList<Sheet>)[], Diagnostics: (IReadOnlyList<Diagnostic>)[link])
                : WorkbookReader.Read(file.Path, file.ShownAs, cache));
        // Each sheet is read on every core (a district's plan has hundreds of action plan forms), and taken in order below.
        var read = InOrder.Map([.. parsed.SelectMany(p => p.Sheets)], sheet => ReadSheet(sheet, settings));
        var next = 0;
        foreach (var (sheets, problems) in parsed)
        {
            all.AddRange(problems);
            foreach (var sheet in read.AsSpan(next, sheets.Count))
            {
                rows.Add(sheet);
            }

            next += sheets.Count;
        }

        all.AddRange(rows.SecondTables());
        var (pages, pageProblems) = PagesFolder.Read(folder, settings.OtherLanguages.ToList());
        all.AddRange(pageProblems);

        if (!rows.HasPlan && !all.HasErrors())
        {
            var looked = workbooks.Count + copies.Count == 0
                ? "there are no workbooks (.xlsx, .xlsm, .xls, .ods, .csv) in it or its subfolders"
                : "looked in " + string.Join(", ", workbooks.Select(w => Path.GetRelativePath(folder, w).Replace('\\', '/')).Concat(copies.Select(c => c.ShownAs)));
            // A folder that `planpress new` made keeps its plan one level down, in content/ with its own site.yml.
            var inside = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)
                .FirstOrDefault(sub => File.Exists(Path.Combine(sub, SiteConfig.FileName)));
            all.Add(Diagnostic.Error(
                location,
                $"No mentoring calendar, action plan or improvement plan was found ({looked})."
                + (inside is null ? string.Empty : $" The folder {inside.Replace('\\', '/')} has a site.yml of its own: it is a plan's content folder, to be given as --content."),
                "a calendar sheet whose header row names the columns " + string.Join("; ", CalendarSheet.Shape.RequiredColumns.Select(c => c.Described))
                + ", or an action plan sheet with a \"Strategic Initiative\" label",
                inside is null ? null : $"--content {inside.Replace('\\', '/')}"));
        }

        var source = new PlanSource(settings, rows.Calendar, rows.Roles, rows.Initiatives)
        {
            ImprovementRows = rows.Improvement,
            Terms = [.. rows.Glossary, .. rows.Footnotes],
            ResourceRows = rows.Resources,
            PairRows = rows.Pairs,
            MapRows = rows.Map,
            MeetingRows = meetingRows,
            Pages = pages,
            ContentFolder = folder,
            Texts = rows.Texts,
        };
        return new ImportResult(source, all);
    }

    /// <summary>What a sheet gave: read by the reader that recognises it as its own (a form, a grid), or the table its header row names, by that table's reader.</summary>
    private static SheetRows ReadSheet(Sheet sheet, SiteSettings settings)
    {
        var rows = new SheetRows();
        if (SheetReaders.All.FirstOrDefault(r => r.Shape is null && r.Recognises(sheet, settings)) is { } own)
        {
            own.Read(sheet, null, settings, rows);
            return rows;
        }

        var recognition = TableFinder.Recognise(sheet, SheetReaders.Shapes, settings.Language);
        if (recognition.Problem is not null)
        {
            rows.Diagnostics.Add(recognition.Problem);
        }

        rows.Diagnostics.AddRange(recognition.Notes);

        if (recognition.Table is { } table)
        {
            rows.Diagnostics.AddRange(table.Faults());
            var header = sheet.Rows[table.HeaderIndex].Cells;
            rows.Tables.Add(new ReadTable(table.Shape, string.Join(", ", table.ColumnIndexes.Values.Order().Select(c => c < header.Count ? header[c].Text.Trim() : string.Empty)), sheet.Location));
            SheetReaders.Of(table.Shape).Read(sheet, table, settings, rows);
            rows.Texts.AddRange(TextCells.From(table, table.DataRows, settings, rows.Diagnostics));
        }

        return rows;
    }

    /// <summary>
    /// The meeting log's responses, its file taken out of <paramref name="workbooks"/> (or its fetched
    /// copy out of <paramref name="copies"/>) so that no other reader sees it; none without one.
    /// </summary>
    private static (IReadOnlyList<Model.Meetings.MeetingRow> Rows, IReadOnlyList<Diagnostic> Diagnostics) MeetingLog(string folder, string name, List<string> workbooks, List<(string Path, string ShownAs)> copies, WorkbookCache? cache)
    {
        if (name.Length == 0)
        {
            return ([], []);
        }

        string? path = null;
        string? shownAs = null;
        var named = Path.GetFullPath(Path.Combine(folder, name));
        if (workbooks.FirstOrDefault(w => string.Equals(Path.GetFullPath(w), named, StringComparison.OrdinalIgnoreCase)) is { } local)
        {
            workbooks.Remove(local);
            path = local;
        }
        else if (copies.FindIndex(c => c.ShownAs.StartsWith(name + " (", StringComparison.Ordinal)) is >= 0 and var index)
        {
            (path, shownAs) = copies[index];
            copies.RemoveAt(index);
        }

        if (path is null)
        {
            return ([], [Diagnostic.Error(new SourceLocation(Path.Combine(folder, SiteConfig.FileName).Replace('\\', '/')), $"The meeting log \"{name}\" is not a workbook of the content folder.", "the responses workbook's path in the content folder, as meeting_log: names it")]);
        }

        if (shownAs is null && ContentLinks.Refuse(folder, path) is { } link)
        {
            return ([], [link]);
        }

        var (sheets, problems) = WorkbookReader.Read(path, shownAs, cache);
        var (rows, read) = MeetingLogSheet.Read(sheets);
        return (rows, [.. problems, .. read]);
    }

    /// <summary>The fetched copies of the sources, each to be read under its name and address; a source with no copy, or named as a file of the folder is, is an error.</summary>
    private static List<(string Path, string ShownAs)> Copies(List<string> workbooks, IReadOnlyList<RemoteSource> sources, IReadOnlyList<FetchedSource> remote, List<Diagnostic> all)
    {
        var copies = new List<(string, string)>();
        foreach (var source in sources)
        {
            if (workbooks.Any(w => string.Equals(Path.GetFileName(w), source.Name, StringComparison.OrdinalIgnoreCase)))
            {
                all.Add(Diagnostic.Error(source.Location, $"The source {source.Address} is named \"{source.Name}\", as a file in the content folder is.", "a name of its own for the source (name: shared-calendar.xlsx), or the local file removed"));
            }
            else if (remote.FirstOrDefault(r => r.Source == source) is { } copy)
            {
                copies.Add((copy.Path, source.File));
            }
            else
            {
                all.Add(Diagnostic.Error(source.Location, $"The source {source.File} was not fetched.", "a build, check or serve, which fetch every source first"));
            }
        }

        return copies;
    }
}
