using PlanPress.Model.Diagnostics;
using PlanPress.Model.Pages;
using PlanPress.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanPress.Import;

/// <summary>
/// Reads <c>content/pages/*.md</c>: Markdown with YAML front matter (title, order, summary) between
/// "---" lines at the top.
/// </summary>
public static class PagesFolder
{
    public const string FolderName = "pages";

    public static (IReadOnlyList<NarrativePage> Pages, IReadOnlyList<Diagnostic> Diagnostics) Read(string contentFolder)
    {
        var folder = Path.Combine(contentFolder, FolderName);
        var pages = new List<NarrativePage>();
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(folder))
        {
            return (pages, diagnostics);
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var file = path.Replace('\\', '/');
            var (front, body, frontLines) = Split(File.ReadAllText(path));
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            try
            {
                var yaml = new YamlStream();
                yaml.Load(new StringReader(front));
                if (yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root)
                {
                    foreach (var (key, value) in root.Children)
                    {
                        values[Fold.Words(key.ToString())] = value is YamlScalarNode scalar ? scalar.Value ?? string.Empty : value.ToString();
                    }
                }
            }
            catch (YamlException e)
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(file, null, $"line {e.Start.Line}"), $"The front matter is not valid YAML ({e.Message}).", "lines of the form \"title: …\" between two \"---\" lines"));
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(path);
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

            pages.Add(new NarrativePage(Slug.From(name), title.Trim(), order, values.GetValueOrDefault("summary", string.Empty).Trim(), body, new SourceLocation(file)));
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
