using System.Globalization;
using PlanPress.Model;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanPress.Import;

/// <summary>Reads <c>site.yml</c>: the plan's title, organisation, timeframe, program start, language and base URL.</summary>
public static class SiteConfig
{
    public const string FileName = "site.yml";

    private static readonly string[] Keys = ["title", "organisation", "organization", "timeframe", "program_start", "language", "base_url"];

    public static (SiteSettings Settings, IReadOnlyList<Diagnostic> Diagnostics) Read(string path)
    {
        var file = path.Replace('\\', '/');
        var diagnostics = new List<Diagnostic>();
        var values = new Dictionary<string, (string Text, SourceLocation Location)>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Warning(new SourceLocation(file), $"There is no {FileName}; the site uses a default title.", "a site.yml with title, organisation, timeframe, program_start and language"));
        }
        else
        {
            ReadValues(path, file, values, diagnostics);
        }

        string Text(string key, string fallback) => values.TryGetValue(key, out var v) && v.Text.Length > 0 ? v.Text : fallback;

        var language = Text("language", "en");
        if (!IsKnownCulture(language))
        {
            diagnostics.Add(Diagnostic.Error(values["language"].Location, $"The language \"{language}\" is not a known language code.", "a language code such as \"en\" or \"es\""));
            language = "en";
        }

        YearMonth? programStart = null;
        if (values.TryGetValue("program_start", out var start))
        {
            var reading = MonthText.Read(new SourceCell(start.Text, start.Location), CultureInfo.GetCultureInfo(language), null, null);
            programStart = reading.Month;
            if (programStart is null)
            {
                diagnostics.Add(Diagnostic.Error(start.Location, $"The program start \"{start.Text}\" cannot be read.", MonthText.Expected, reading.Suggestion));
            }
        }

        var settings = new SiteSettings(
            Text("title", "Plan"),
            Text("organisation", Text("organization", string.Empty)),
            Text("timeframe", string.Empty),
            programStart,
            language,
            Text("base_url", string.Empty));
        return (settings, diagnostics);
    }

    private static void ReadValues(string path, string file, Dictionary<string, (string, SourceLocation)> values, List<Diagnostic> diagnostics)
    {
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file, null, $"line {e.Start.Line}"), $"The file is not valid YAML ({e.Message}).", "lines of the form \"key: value\""));
            return;
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file), "The file holds no settings.", "lines of the form \"key: value\""));
            return;
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var location = new SourceLocation(file, null, $"line {keyNode.Start.Line}");
            var rawKey = keyNode.ToString();
            var key = Keys.FirstOrDefault(k => Fold.Compact(k) == Fold.Compact(rawKey));
            if (key is null)
            {
                diagnostics.Add(Diagnostic.Warning(location, $"The setting \"{rawKey}\" is not known and was ignored.", $"one of {string.Join(", ", Keys)}", Closest.Match(rawKey, Keys)));
                continue;
            }

            values[key] = (valueNode is YamlScalarNode scalar ? scalar.Value?.Trim() ?? string.Empty : valueNode.ToString(), location);
        }
    }

    private static bool IsKnownCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
