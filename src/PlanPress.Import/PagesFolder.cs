using PlanPress.Model.Diagnostics;
using PlanPress.Model.Pages;
using PlanPress.Model.Text;

namespace PlanPress.Import;

/// <summary>
/// Reads <c>content/pages/*.md</c>: Markdown with YAML front matter (title, order, summary) between
/// "---" lines at the top. With more than one language in site.yml, <c>about.es.md</c> is the
/// Spanish of <c>about.md</c>.
/// </summary>
public static class PagesFolder
{
    public const string FolderName = "pages";

    /// <summary>A page of the plan is text, not a book: past this it is refused.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <param name="languages">The site's languages after the first: a page named for one ("about.es.md") is that language's text of its page.</param>
    public static (IReadOnlyList<NarrativePage> Pages, IReadOnlyList<Diagnostic> Diagnostics) Read(string contentFolder, IReadOnlyList<string>? languages = null)
    {
        var (read, diagnostics) = ReadAll(contentFolder, languages ?? []);
        var pages = read.Where(p => p.Language is null).Select(p => p.Page).ToList();
        foreach (var (page, language) in read.Where(p => p.Language is not null))
        {
            var index = pages.FindIndex(p => p.Slug == page.Slug);
            if (index < 0)
            {
                diagnostics.Add(Diagnostic.Warning(page.Source, $"This page is the {language} text of pages/{page.Slug}.md, which there is not; it was not read.", $"pages/{page.Slug}.md beside it, in the plan's first language"));
                continue;
            }

            pages[index] = pages[index] with { Translations = new Dictionary<string, NarrativePage>(pages[index].Translations) { [language!] = page } };
        }

        return (pages, diagnostics);
    }

    private static (List<(NarrativePage Page, string? Language)> Pages, List<Diagnostic> Diagnostics) ReadAll(string contentFolder, IReadOnlyList<string> languages)
    {
        var folder = Path.Combine(contentFolder, FolderName);
        var pages = new List<(NarrativePage Page, string? Language)>();
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(folder))
        {
            return (pages, diagnostics);
        }

        if (ContentLinks.Refuse(contentFolder, folder) is { } folderLink)
        {
            return (pages, [folderLink]);
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var file = path.Replace('\\', '/');
            if (ContentLinks.Refuse(contentFolder, path) is { } link)
            {
                diagnostics.Add(link);
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(path);
            var language = languages.FirstOrDefault(l => name.EndsWith("." + l, StringComparison.OrdinalIgnoreCase));
            name = language is null ? name : name[..^(language.Length + 1)];
            if (pages.FirstOrDefault(p => p.Language == language && p.Page.Slug == Slug.From(name)) is { Page: { } same })
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(file), $"This page would be written to pages/{same.Slug}.html, as {same.Source.File} is.", "page file names that differ in more than case or punctuation: rename one of them"));
                continue;
            }

            if (new FileInfo(path).Length is var size && size > MaxBytes)
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(file), $"The page is {size / 1024:N0} KB, larger than PlanPress reads ({MaxBytes / 1024:N0} KB).", "a page of text; put large documents on the Resources sheet as links"));
                continue;
            }

            var (front, body, frontLines) = Split(Model.Languages.PlanTranslator.Unmarked(File.ReadAllText(path)));
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var (entries, problem) = SettingsYaml.Read(front, file, lineOffset: 1);
            if (problem is not null)
            {
                diagnostics.Add(problem);
                continue;
            }

            foreach (var entry in entries)
            {
                values[Fold.Words(entry.Key)] = entry.Value ?? string.Empty;
            }

            if (!values.TryGetValue("title", out var title) || title.Trim().Length == 0)
            {
                diagnostics.Add(Diagnostic.Warning(new SourceLocation(file, null, "line 1"), "The page has no title; its file name is used.", "\"title: …\" in the front matter"));
                title = name;
            }

            var order = 0;
            if (values.TryGetValue("order", out var orderText) && !int.TryParse(orderText, out order))
            {
                diagnostics.Add(Diagnostic.Warning(new SourceLocation(file, null, $"line {frontLines}"), $"The order \"{orderText}\" is not a whole number; the page is listed by its title.", "a whole number such as 1, 2, 3"));
            }

            pages.Add((new NarrativePage(Slug.From(name), title.Trim(), order, values.GetValueOrDefault("summary", string.Empty).Trim(), body, new SourceLocation(file)), language));
        }

        return (pages, diagnostics);
    }

    /// <summary>The front matter (without its "---" lines), the Markdown after it, and how many lines the front matter took.</summary>
    private static (string Front, string Body, int Lines) Split(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return (string.Empty, text, 0);
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() is "---" or "...");
        return end < 0
            ? (string.Empty, text, 0)
            : (string.Join('\n', lines[1..end]), string.Join('\n', lines[(end + 1)..]), end + 1);
    }
}
