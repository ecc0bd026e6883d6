using System.Globalization;
using PlanPress.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanPress.Site;

/// <summary>
/// The theme's interface text in the plan's language, from the theme's i18n/LANGUAGE.yml (es-MX
/// falls back to es, and any key left out to English). Content text is never translated. A text
/// that counts something has a form per plural category, as in CLDR: <c>key: {one: …, other: …}</c>.
/// </summary>
public sealed class Translations
{
    public const string Folder = "i18n";
    private const string Fallback = "en";

    private readonly IReadOnlyDictionary<string, string> _text;
    private readonly string _language;

    private Translations(IReadOnlyDictionary<string, string> text, string language)
    {
        _text = text;
        _language = language.Split('-')[0].ToLowerInvariant();
    }

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
                        if (value is YamlMappingNode forms)
                        {
                            // A plural: each form under "key.one", "key.other" …
                            foreach (var (form, formText) in forms.Children)
                            {
                                text[$"{key}.{form}"] = formText is YamlScalarNode scalarForm ? scalarForm.Value ?? string.Empty : formText.ToString();
                            }

                            continue;
                        }

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

        return (new Translations(text, language), diagnostics);
    }

    private static string FilePath(string themeFolder, string language) => Path.Combine(themeFolder, Folder, $"{language}.yml");

    /// <summary>Whether the theme has text for a key (in the plan's language or in English).</summary>
    public bool Has(string key) => _text.ContainsKey(key);

    /// <summary>
    /// The form of a counting text for <paramref name="count"/> (its "one" or "other" form), with
    /// {0} the count and {1}, {2} … the values. "one" is 1 (in French also 0), as CLDR has it for
    /// the languages of Europe and the Americas the theme is written in.
    /// </summary>
    public string Plural(string key, int count, params object[] values)
    {
        var one = count == 1 || (count == 0 && _language == "fr");
        var form = $"{key}.{(one ? "one" : "other")}";
        return this[_text.ContainsKey(form) ? form : $"{key}.other", [count, .. values]];
    }

    /// <summary>The text for a key, with {0}, {1} … filled in; the key itself when no file has it, so a gap shows.</summary>
    public string this[string key, params object[] values] =>
        _text.TryGetValue(key, out var text)
            ? values.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, values)
            : key;
}
