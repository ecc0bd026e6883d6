namespace PlanPress.Model.History;

/// <summary>
/// Adds a build's changes to the history: the plan compared with the plan as last published. Words
/// taken out of the plan (an item removed, or reworded) are not kept, so text a coordinator removes
/// is no longer published. A rebuild with nothing changed leaves the history as it was, so the site
/// stays byte for byte the same; changes older than <see cref="ChangeLog.KeptMonths"/> are let go.
/// </summary>
public static class ChangeRecorder
{
    /// <param name="previous">The history of the site last published; null on a first build, which starts it.</param>
    public static ChangeLog Record(ChangeLog? previous, Plan plan, DateOnly asOf) => Record(previous, PlanState.Of(plan), asOf);

    /// <param name="state">The plan's items as <see cref="PlanState.Of"/> gives them.</param>
    public static ChangeLog Record(ChangeLog? previous, IReadOnlyList<TrackedItem> state, DateOnly asOf)
    {
        if (previous is null)
        {
            return new ChangeLog(asOf, state, []);
        }

        var found = Compare(previous.State, state, asOf);
        var kept = previous.Changes.Where(c => c.Date > asOf.AddMonths(-ChangeLog.KeptMonths)).ToList();
        var unchanged = found.Count == 0 && kept.Count == previous.Changes.Count;
        if (unchanged)
        {
            return previous;
        }

        var changes = Merge(kept, found).OrderByDescending(c => c.Date).ToList();
        return new ChangeLog(previous.Started, state, changes);
    }

    /// <summary>What is new in <paramref name="now"/> against <paramref name="before"/>, in the plan's order: removed items last.</summary>
    public static List<Change> Compare(IReadOnlyList<TrackedItem> before, IReadOnlyList<TrackedItem> now, DateOnly date)
    {
        var old = before.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var current = now.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var added = now.Where(i => !old.ContainsKey(i.Key)).ToList();
        var removed = before.Where(i => !current.Contains(i.Key)).ToList();
        var changes = new List<Change>();

        // A task whose month was changed is the same words in another month: said as moved, not as removed and added.
        // Looked up, not searched: a plan of thousands of tasks may have them all moved at once.
        var moved = new Dictionary<string, TrackedItem>(StringComparer.Ordinal);
        var removedTasks = removed.Where(r => r.Kind == TrackedKind.Task).ToLookup(Words, StringComparer.Ordinal);
        foreach (var task in added.Where(i => i.Kind == TrackedKind.Task))
        {
            if (removedTasks[Words(task)].ToList() is [var from] && !moved.ContainsKey(from.Key))
            {
                moved[from.Key] = task;
                moved[task.Key] = from;
            }
        }

        // A benchmark or activity reworded in its place (the same row of the same initiative or goal) is said as reworded.
        var removedInPlace = removed.Where(r => r.Kind != TrackedKind.Task).ToLookup(r => (r.Kind, r.Group, r.ItemId));
        foreach (var item in added.Where(i => i.Kind != TrackedKind.Task))
        {
            if (removedInPlace[(item.Kind, item.Group, item.ItemId)].FirstOrDefault(r => !moved.ContainsKey(r.Key)) is { } from)
            {
                moved[from.Key] = item;
                moved[item.Key] = from;
            }
        }

        foreach (var item in now)
        {
            var previous = old.GetValueOrDefault(item.Key);
            if (moved.TryGetValue(item.Key, out var was))
            {
                changes.Add(item.Kind == TrackedKind.Task
                    ? For(item, date, PlanState.Month, was.Facts[PlanState.Month], item.Facts[PlanState.Month])
                    : For(item, date, Change.Reworded, string.Empty, string.Empty));
                previous = was;
            }
            else if (previous is null)
            {
                changes.Add(For(item, date, Change.Added, string.Empty, string.Empty));
                continue;
            }

            changes.AddRange(item.Facts
                .Where(f => f.Key != PlanState.Month || item.Kind != TrackedKind.Task)
                .Where(f => previous.Facts.GetValueOrDefault(f.Key, string.Empty) != f.Value)
                .Select(f => For(item, date, f.Key, previous.Facts.GetValueOrDefault(f.Key, string.Empty), f.Value)));
        }

        // What was taken out of the plan is no longer published: a removed item keeps no words, only where it was.
        changes.AddRange(removed.Where(r => !moved.ContainsKey(r.Key)).Select(r => For(r, date, Change.Removed, string.Empty, string.Empty) with { Title = string.Empty }));
        return changes;
    }

    /// <summary>
    /// Today's changes added to those kept. Builds on the same day are one day's change: a status
    /// moved twice keeps its first old and last new value, and is dropped when it is back where it
    /// started; an item added and removed the same day leaves nothing.
    /// </summary>
    private static List<Change> Merge(List<Change> kept, List<Change> found)
    {
        var changes = new List<Change>(found);
        foreach (var earlier in kept)
        {
            // Only a change made earlier the same day can join one of today's (all of which are on one day).
            var later = found.Count > 0 && earlier.Date == found[0].Date ? changes.FindIndex(c => c.Date == earlier.Date && c.Key == earlier.Key && Joins(earlier.What, c.What)) : -1;
            if (later < 0)
            {
                changes.Add(earlier);
                continue;
            }

            var joined = changes[later] with { Old = earlier.Old };
            if (earlier.What != joined.What || joined.Old == joined.New)
            {
                changes.RemoveAt(later);
            }
            else
            {
                changes[later] = joined;
            }
        }

        return changes;
    }

    /// <summary>Whether a same-day change undoes or carries on an earlier one: the same fact moved again, or an addition removed.</summary>
    private static bool Joins(string earlier, string later) =>
        earlier == later ? earlier is not (Change.Added or Change.Removed) : earlier == Change.Added && later == Change.Removed;

    private static string Words(TrackedItem task) => task.Key[(task.Key.IndexOf(':', "task:".Length) + 1)..];

    private static Change For(TrackedItem item, DateOnly date, string what, string old, string now) =>
        new(date, item.Key, item.Kind, item.Title, item.Group, item.GroupName, item.ItemId, what, old, now);
}
