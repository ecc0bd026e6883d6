using System.Text.RegularExpressions;
using PlanPress.Model.Text;

namespace PlanPress.Import.Tables;

/// <summary>
/// A column a table is recognised by: its name and the other headers people give it. A header
/// matches whatever its case, spacing and punctuation, and with any remark in brackets left out:
/// "Resource list (people, time, materials, money)" is "Resource list", "Person(s) Responsible" is
/// "Persons Responsible".
/// </summary>
public sealed partial record Column(string Name, bool Required, IReadOnlyList<string> Synonyms)
{
    public bool Matches(string header)
    {
        var compact = Fold.Compact(Remark().Replace(header, string.Empty));
        var plural = Fold.Compact(header.Replace("(s)", "s", StringComparison.OrdinalIgnoreCase));
        return compact.Length > 0 && Synonyms.Any(s => Fold.Compact(s) == compact || Fold.Compact(s) == plural);
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Remark();

    /// <summary>"Who (also Role, Responsible, Person Responsible)": how the column is described in messages.</summary>
    public string Described =>
        Synonyms.Count > 1 ? $"{Name} (or {string.Join(", ", Synonyms.Skip(1))})" : Name;
}

/// <summary>The header row a kind of table (calendar, roles, …) is recognised by.</summary>
public sealed record TableShape(string Name, IReadOnlyList<Column> Columns)
{
    public IEnumerable<Column> RequiredColumns => Columns.Where(c => c.Required);

    /// <summary>"Month, Phase, Task, Who, Notes".</summary>
    public string ColumnNames => string.Join(", ", Columns.Select(c => c.Name));
}
