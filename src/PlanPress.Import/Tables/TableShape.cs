using System.Text.RegularExpressions;
using PlanPress.Model.Text;

namespace PlanPress.Import.Tables;

/// <summary>
/// A column a table is recognised by: its name and the other headers people give it. A header
/// matches whatever its case, spacing and punctuation, and with any remark in brackets left out:
/// "Resource list (people, time, materials, money)" is "Resource list", "Person(s) Responsible" is
/// "Persons Responsible".
/// </summary>
public sealed record Column(string Name, bool Required, IReadOnlyList<string> Synonyms)
{
    /// <summary>What the column's cells look like, for taking a column whose header is unknown for this one; null when it is never guessed.</summary>
    public CellGuess? Guess { get; init; }

    /// <summary>Whether its cells are text the plan shows (a task, a note, a definition), which a paired column ("Task (es)") gives in another language; not names, dates or statuses.</summary>
    public bool Translatable { get; init; }

    /// <summary>
    /// Headers that name this column in some sheets and another kind of table's in others ("Timeline"
    /// is an improvement plan's, "Description" a role's): they count for less when a sheet is told
    /// one kind of table from another.
    /// </summary>
    public IReadOnlyList<string> Weak
    {
        get;
        init
        {
            field = value;
            _weak = value.Select(Fold.Compact).ToHashSet(StringComparer.Ordinal);
        }
    } = [];

    public bool Matches(HeaderText header) => Strength(header) > 0;

    /// <summary>2 for the column's name or a usual synonym, 1 for a weak one, 0 for another header.</summary>
    public int Strength(HeaderText header) =>
        header.Compact.Length == 0 ? 0
        : _folded.Contains(header.Compact) || _folded.Contains(header.Plural) ? 2
        : _weak.Contains(header.Compact) || _weak.Contains(header.Plural) ? 1
        : 0;

    /// <summary>As <see cref="Strength(HeaderText)"/>, the column's names in the plan's own language (<see cref="HeaderWords"/>) counting as usual ones.</summary>
    public int Strength(HeaderText header, string language) =>
        language.StartsWith("en", StringComparison.Ordinal) ? Strength(header) : Math.Max(Strength(header), HeaderWords.IsNameIn(this, header, language.Split('-')[0]) ? 2 : 0);

    /// <summary>The synonyms folded once, not on every header a table is looked for in.</summary>
    private readonly HashSet<string> _folded = Synonyms.Select(Fold.Compact).ToHashSet(StringComparer.Ordinal);

    private readonly HashSet<string> _weak = [];

    /// <summary>"Who (also Role, Responsible, Person Responsible)": how the column is described in messages.</summary>
    public string Described =>
        Synonyms.Count > 1 ? $"{Name} (or {string.Join(", ", Synonyms.Skip(1))})" : Name;
}

/// <summary>What a column's cells hold, by which a column under an unknown header is taken for a known one.</summary>
public enum CellGuess
{
    /// <summary>Months or dates ("Sep-25", "October 2023", date cells).</summary>
    Month,

    /// <summary>The longest free text of the row: what is done.</summary>
    Text,

    /// <summary>Short names that repeat down the column: who does it.</summary>
    Name,
}

/// <summary>
/// A header cell as columns are matched against it, folded once for all of them: without case,
/// spacing, punctuation or a remark in brackets, with "(s)" read as a plural, and by its first line
/// when a prompt is written under it.
/// </summary>
public readonly partial record struct HeaderText(string Compact, string Plural)
{
    public static HeaderText Of(string header)
    {
        if (header.Length == 0)
        {
            return new(string.Empty, string.Empty);
        }

        // A header with a prompt under it ("Activities to Achieve this Goal:" then "What actions will occur?") is named by its first line.
        if (header.Contains('\n', StringComparison.Ordinal))
        {
            header = header.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
            if (header.Length == 0)
            {
                return new(string.Empty, string.Empty);
            }
        }

        var bracketed = header.Contains('(', StringComparison.Ordinal);
        var compact = Fold.Compact(bracketed ? Remark().Replace(header, string.Empty) : header);
        return new(compact, bracketed ? Fold.Compact(header.Replace("(s)", "s", StringComparison.OrdinalIgnoreCase)) : compact);
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Remark();
}

/// <summary>The header row a kind of table (calendar, roles, …) is recognised by.</summary>
public sealed record TableShape(string Name, IReadOnlyList<Column> Columns)
{
    public IEnumerable<Column> RequiredColumns => Columns.Where(c => c.Required);

    /// <summary>Columns of which at least one must be present (an improvement plan's statement may be one column or one per level).</summary>
    public IReadOnlyList<Column> OneOf { get; init; } = [];

    /// <summary>Whether a header row with these columns is a whole header of this table.</summary>
    public bool IsComplete(IReadOnlyDictionary<Column, int> found) =>
        found.Count >= 2 && RequiredColumns.All(found.ContainsKey) && (OneOf.Count == 0 || OneOf.Any(found.ContainsKey));

    /// <summary>What is missing from a header row with these columns: "Who", or "Statement or Goal or …".</summary>
    public IReadOnlyList<string> Missing(IReadOnlyDictionary<Column, int> found) =>
        [.. RequiredColumns.Where(c => !found.ContainsKey(c)).Select(c => c.Name),
         .. OneOf.Count > 0 && !OneOf.Any(found.ContainsKey) ? [string.Join(" or ", OneOf.Select(c => c.Name))] : Array.Empty<string>()];

    /// <summary>The header a table of this shape needs, for messages.</summary>
    public string Described =>
        string.Join("; ", RequiredColumns.Select(c => c.Described).Concat(OneOf.Count > 0 ? [$"one of {string.Join(", ", OneOf.Select(c => c.Described))}"] : Array.Empty<string>()));

    /// <summary>"Month, Phase, Task, Who, Notes".</summary>
    public string ColumnNames => string.Join(", ", Columns.Select(c => c.Name));
}
