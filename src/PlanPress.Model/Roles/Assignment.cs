namespace PlanPress.Model.Roles;

/// <summary>
/// Who a task or benchmark is for: the text as written ("Principal and ELA coaches"), the roles and
/// people it names, and the parts that named neither (listed under their own words).
/// </summary>
public sealed record Assignment(string Text, IReadOnlyList<Role> Roles, IReadOnlyList<Person> People, IReadOnlyList<string> Unknown)
{
    /// <summary>Whether it names no one: the item is for everyone.</summary>
    public bool IsEveryone => Roles.Count == 0 && People.Count == 0 && Unknown.Count == 0;
}
