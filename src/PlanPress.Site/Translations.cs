using System.Globalization;
using PlanPress.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanPress.Site;

/// <summary>
/// The theme's interface text in the plan's language, from the theme's i18n/LANGUAGE.yml (es-MX
/// falls back to es, and any key left out to English). Content text is never translated.
/// </summary>
public sealed class Translations
{
    public const string Folder = "i18n";
    private const string Fallback = "en";

    private readonly IReadOnlyDictionary<string, string> _text;

    private Translations(IReadOnlyDictionary<string, string> text) => _text = text;

    public static (Translations Translations, IReadOnlyList<Diagnostic> Diagnostics) Load(string themeFolder, string language)
    {
        var diagnostics = new List<Diagnostic>();
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        var own = new[] { language.Split('-')[0], language }.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var found = own.Any(l => File.Exists(FilePath(themeFolder, l)));
        foreach (var candidate in own.Prepend(Fallback).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var path = FilePath(themeFolder, candidate);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                var yaml = new YamlStream();
                yaml.Load(new StringReader(File.ReadAllText(path)));
                if (yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root)
                {
                    foreach (var (key, value) in root.Children)
                    {
                        text[key.ToString()] = value is YamlScalarNode scalar ? scalar.Value ?? string.Empty : value.ToString();
                    }
                }
            }
            catch (YamlException e)
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(path.Replace('\\', '/'), null, $"line {e.Start.Line}"), $"The translation file is not valid YAML ({e.Message}).", "lines of the form \"key: text\""));
            }
        }

        if (!found)
        {
            diagnostics.Add(Diagnostic.Warning(
                new SourceLocation(Path.Combine(themeFolder, Folder).Replace('\\', '/')),
                $"The theme has no translation for the language \"{language}\"; its text is in English. Dates and month names follow the language.",
                $"a file {language.Split('-')[0]}.yml beside en.yml"));
        }

        return (new Translations(text), diagnostics);
    }

    private static string FilePath(string themeFolder, string language) => Path.Combine(themeFolder, Folder, $"{language}.yml");

    /// <summary>Whether the theme has text for a key (in the plan's language or in English).</summary>
    public bool Has(string key) => _text.ContainsKey(key);

    /// <summary>The text for a key, with {0}, {1} … filled in; the key itself when no file has it, so a gap shows.</summary>
    public string this[string key, params object[] values] =>
        _text.TryGetValue(key, out var text)
            ? values.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, values)
            : key;
}
