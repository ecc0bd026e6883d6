using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.Improvement;

namespace PlanPress.Model.History;

/// <summary>The pages the history's items belong on.</summary>
public enum GroupKind
{
    Initiative,
    Goal,
    Month,
    Roles,
}

/// <summary>
/// Where an item belongs: an initiative (by its slug), a goal (by its id), a month, or the roles. A
/// group no longer in the plan keeps no id (<see cref="Gone"/>), so a removed initiative's name
/// leaves the history with it. A class, not a struct: the sets, lookups and JSON reading keyed by it
/// then share the machine code compiled ahead of time for references, where a struct of ours had
/// each compiled at run time on every build.
/// </summary>
public sealed record HistoryGroup(GroupKind Kind, string Id)
{
    public static HistoryGroup Of(Initiative initiative) => new(GroupKind.Initiative, initiative.Slug);

    public static HistoryGroup Of(Goal goal) => new(GroupKind.Goal, goal.Id);

    public static HistoryGroup Of(YearMonth month) => new(GroupKind.Month, month.ToString());

    public static readonly HistoryGroup Roles = new(GroupKind.Roles, string.Empty);

    /// <summary>The group once it has left the plan: its kind only (a month is no one's words, and keeps its own).</summary>
    public HistoryGroup Gone => Kind == GroupKind.Month ? this : this with { Id = string.Empty };

    /// <summary>The month a month group names.</summary>
    public YearMonth? Month => Kind == GroupKind.Month ? YearMonth.FromKey(Id) : null;

    /// <summary>Whether the id is one this kind of group can have: a slug, a goal's id, a month, nothing for the roles.</summary>
    public bool IsValid => Id is { Length: <= 1000 } && Kind switch
    {
        GroupKind.Month => Month is not null,
        GroupKind.Roles => Id.Length == 0,
        _ => Id.All(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '_'),
    };

    public override string ToString() => $"{Kind}:{Id}";
}
