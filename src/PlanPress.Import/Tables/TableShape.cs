using PlanPress.Model.Text;

namespace PlanPress.Import.Tables;

/// <summary>A column a table is recognised by: its name and the other headers people give it.</summary>
public sealed record Column(string Name, bool Required, IReadOnlyList<string> Synonyms)
{
    public bool Matches(string header)
    {
        var compact = Fold.Compact(header);
        return compact.Length > 0 && Synonyms.Any(s => Fold.Compact(s) == compact);
    }

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
