using PlanPress.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanPress.Import;

/// <summary>One "key: value" line of a settings file; <see cref="Value"/> is null when the value is a list or mapping rather than text.</summary>
public sealed record SettingsEntry(string Key, string? Value, int Line)
{
    /// <summary>The items when the value is a list of texts or of flat "key: value" groups; null otherwise.</summary>
    public IReadOnlyList<SettingsItem>? Items { get; init; }
}

/// <summary>One item of a list: a text (<see cref="Value"/>) or a group of "key: value" fields.</summary>
public sealed record SettingsItem(string? Value, IReadOnlyDictionary<string, string> Fields, int Line);

/// <summary>
/// Reads the flat "key: value" YAML of site.yml and of a page's front matter, and nothing that can
/// exhaust the machine: the text is capped in size, anchors and aliases (the "billion laughs"
/// expansion) are refused, and nesting is capped in depth. Each refusal names the file and line.
/// </summary>
public static class SettingsYaml
{
    public const int MaxCharacters = 64 * 1024;

    public const int MaxDepth = 8;

    /// <param name="lineOffset">Lines before the YAML in its file (the "---" of front matter), so lines are the file's own.</param>
    public static (IReadOnlyList<SettingsEntry> Entries, Diagnostic? Problem) Read(string text, string file, int lineOffset = 0)
    {
        const string Expected = "lines of the form \"key: value\"";
        SourceLocation At(Mark mark) => new(file, null, $"line {mark.Line + lineOffset}");
        if (text.Length > MaxCharacters)
        {
            return ([], Diagnostic.Error(new SourceLocation(file), $"The settings are {text.Length:N0} characters long, more than PlanPress reads ({MaxCharacters:N0}).", Expected));
        }

        var entries = new List<SettingsEntry>();
        try
        {
            var parser = new Parser(new StringReader(text));
            var depth = 0;
            string? key = null;
            var keyLine = 0;

            // A list under a key: its items, and the one being read when it is a group of fields.
            List<SettingsItem>? items = null;
            Dictionary<string, string>? fields = null;
            string? field = null;
            var itemLine = 0;
            var flat = true;
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (current is AnchorAlias alias)
                {
                    return ([], Diagnostic.Error(At(current.Start), $"The settings use a YAML alias (*{alias.Value}), which PlanPress does not read.", "each value written out in full"));
                }

                if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
                {
                    return ([], Diagnostic.Error(At(current.Start), $"The settings use a YAML anchor (&{anchored.Anchor}), which PlanPress does not read.", "each value written out in full"));
                }

                switch (current)
                {
                    case DocumentEnd when entries.Count > 0 || key is not null:
                        return (entries, null);
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        return ([], Diagnostic.Error(At(current.Start), $"The settings nest deeper than PlanPress reads ({MaxDepth} levels).", Expected));
                    case MappingStart when depth == 1:
                        break;
                    case SequenceStart when depth == 1:
                        return ([], Diagnostic.Error(At(current.Start), "The settings are a list, not \"key: value\" lines.", Expected));
                    case SequenceStart when depth == 2 && key is not null:
                        items = [];
                        flat = true;
                        break;
                    case MappingStart when depth == 2 && key is not null:
                        entries.Add(new SettingsEntry(key, null, keyLine));
                        key = null;
                        break;
                    case MappingStart when depth == 3 && items is not null:
                        fields = new Dictionary<string, string>(StringComparer.Ordinal);
                        itemLine = (int)current.Start.Line + lineOffset;
                        break;
                    case MappingStart or SequenceStart when items is not null:
                        flat = false;
                        break;
                    case Scalar scalar when depth == 2 && items is not null:
                        items.Add(new SettingsItem(scalar.Value, new Dictionary<string, string>(), (int)scalar.Start.Line + lineOffset));
                        break;
                    case Scalar scalar when depth == 3 && fields is not null && field is null:
                        field = scalar.Value;
                        break;
                    case Scalar scalar when depth == 3 && fields is not null:
                        fields[field!] = scalar.Value;
                        field = null;
                        break;
                    case MappingEnd when depth == 3 && fields is not null:
                        items!.Add(new SettingsItem(null, fields, itemLine));
                        fields = null;
                        depth--;
                        break;
                    case SequenceEnd when depth == 2 && items is not null:
                        entries.Add(new SettingsEntry(key!, null, keyLine) { Items = flat ? items : null });
                        items = null;
                        key = null;
                        depth--;
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                    case Scalar scalar when depth == 1 && key is null:
                        key = scalar.Value;
                        keyLine = (int)scalar.Start.Line + lineOffset;
                        break;
                    case Scalar scalar when depth == 1:
                        entries.Add(new SettingsEntry(key!, scalar.Value, keyLine));
                        key = null;
                        break;
                    case Scalar when depth == 0:
                        return ([], Diagnostic.Error(At(current.Start), "The settings are a single value, not \"key: value\" lines.", Expected));
                }
            }
        }
        catch (YamlException e)
        {
            return ([], Diagnostic.Error(At(e.Start), $"The settings are not valid YAML ({e.Message}).", Expected));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some broken text (found by fuzzing: "? [*a---\ntitle: ---\n[").
            return ([], Diagnostic.Error(new SourceLocation(file), "The settings are not valid YAML (the YAML reader could not make sense of them).", Expected));
        }

        return (entries, null);
    }
}
