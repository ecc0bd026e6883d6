using System.Globalization;
using System.Text.RegularExpressions;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Languages;
using PlanPress.Model.Text;

namespace PlanPress.Import.Tables;

/// <summary>
/// The text cells of a table the plan shows (tasks, notes, benchmarks, definitions: the columns
/// marked <see cref="Column.Translatable"/>), each with its paired columns in the site's other
/// languages: "Task (es)" beside "Task", or the column's name in that language, "Tarea". Read only
/// when site.yml names more than one language.
/// </summary>
public static partial class TextCells
{
    /// <summary>A header naming a column in a language: "Task (es)" is Task in Spanish; null for any other header.</summary>
    public static (string Base, string Language)? LanguageHeader(string header)
    {
        // Every header cell of every row a table is looked for in comes here: most end in a letter.
        var end = header.AsSpan().TrimEnd();
        if (end.Length < 4 || end[^1] is not (')' or ']'))
        {
            return null;
        }

        var match = Suffix().Match(header);
        return match.Success && IsLanguage(match.Groups[2].Value) ? (match.Groups[1].Value.Trim(), match.Groups[2].Value.ToLowerInvariant()) : null;
    }

    /// <param name="rows">The rows the sheet's reader took.</param>
    public static List<TextCell> From(FoundTable table, IEnumerable<SheetRow> rows, SiteSettings settings, List<Diagnostic> diagnostics)
    {
        if (settings.Languages.Count < 2)
        {
            return [];
        }

        var sheet = table.Sheet;
        var header = sheet.Rows[table.HeaderIndex];
        var paired = new List<(Column Column, string Language, int Index)>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i].Text.Trim();
            if (table.ColumnIndexes.Values.Contains(i))
            {
                continue;
            }

            // "Task (es)", or the column's name in the language itself: "Tarea".
            var (column, language) = LanguageHeader(text) is var (name, code)
                ? (table.ColumnIndexes.Keys.FirstOrDefault(c => c.Matches(HeaderText.Of(name))), code)
                : InOtherWords(text, table.ColumnIndexes.Keys, settings);
            if (column is null)
            {
                continue;
            }

            if (!settings.OtherLanguages.Contains(language, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Add(Diagnostic.Note(header.Cells[i].Location, $"The column \"{text}\" is in a language site.yml does not name, so it was not read.", $"\"{language}\" among site.yml's languages: [{string.Join(", ", [.. settings.Languages, language])}]"));
            }
            else if (!column.Translatable)
            {
                diagnostics.Add(Diagnostic.Note(header.Cells[i].Location, $"The column \"{text}\" was not read: {column.Name} holds names, dates or statuses, which are read the same in every language.", "paired columns beside text columns only: tasks, notes, benchmarks, activities, goals, roles, resources, terms"));
            }
            else
            {
                paired.Add((column, language, i));
            }
        }

        var texts = table.ColumnIndexes.Where(c => c.Key.Translatable).OrderBy(c => c.Value).ToList();
        var cells = new List<TextCell>();
        foreach (var row in rows)
        {
            foreach (var (column, index) in texts)
            {
                var cell = sheet.Cell(row, index);
                if (cell.IsBlank)
                {
                    continue;
                }

                var translated = paired
                    .Where(p => p.Column == column)
                    .Select(p => (p.Language, Cell: sheet.Cell(row, p.Index)))
                    .Where(t => !t.Cell.IsBlank && t.Cell.Text.Trim().Length > 0)
                    .GroupBy(t => t.Language, StringComparer.Ordinal)
                    .Select(g => g.First())
                    .ToList();
                cells.Add(new TextCell(cell.Text.Trim(), cell.Location, translated.ToDictionary(t => t.Language, t => t.Cell.Text.Trim(), StringComparer.Ordinal))
                {
                    TranslatedAt = translated.ToDictionary(t => t.Language, t => t.Cell.Location, StringComparer.Ordinal),
                });
            }
        }

        return cells;
    }

    /// <summary>A text column named in one of the site's other languages ("Tarea" for Task), and that language; none for any other header.</summary>
    private static (Column? Column, string Language) InOtherWords(string header, IEnumerable<Column> columns, SiteSettings settings)
    {
        var folded = Fold.Compact(header);
        foreach (var language in settings.OtherLanguages)
        {
            if (HeaderWords.Names.TryGetValue(language, out var names)
                && columns.FirstOrDefault(c => names.TryGetValue(c.Name, out var words) && words.Any(w => Fold.Compact(w) == folded)) is { } column)
            {
                return (column, language);
            }
        }

        return (null, string.Empty);
    }

    private static bool IsLanguage(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code, predefinedOnly: true) is { } culture && culture.Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^(.+?)\s*[\(\[]\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\s*[\)\]]\s*$")]
    private static partial Regex Suffix();
}
