namespace PlanPress.Model.History;

/// <summary>
/// Adds a build's changes to the history: the plan compared with the plan as last published. A
/// change keeps its item's key, never its words, so words taken out of the plan leave the history
/// with the item; an item reworded or moved in its place takes its earlier changes with it. A rebuild
/// with nothing changed leaves the history as it was, so the site stays byte for byte the same;
/// changes older than <see cref="ChangeLog.KeptMonths"/> are let go.
/// </summary>
public static class ChangeRecorder
{
    /// <param name="previous">The history of the site last published; null on a first build, which starts it.</param>
    public static ChangeLog Record(ChangeLog? previous, Plan plan, DateOnly asOf) => Record(previous, TrackedItems.Of(plan), asOf, TrackedItems.Groups(plan));

    /// <param name="state">The plan's items as <see cref="TrackedItems.Of"/> gives them.</param>
    /// <param name="groups">The plan's initiatives, goals and months (<see cref="TrackedItems.Groups"/>): a change of one keeps its place even when none of its items is left; by default, those of <paramref name="state"/>.</param>
    public static ChangeLog Record(ChangeLog? previous, IReadOnlyList<TrackedItem> state, DateOnly asOf, IReadOnlySet<HistoryGroup>? groups = null)
    {
        if (previous is null)
        {
            return new ChangeLog(asOf, state, []);
        }

        var (found, renamed) = Compare(previous.State, state, asOf);
        var kept = previous.Changes
            .Where(c => c.Date > asOf.AddMonths(-ChangeLog.KeptMonths))
            .Select(c => renamed.TryGetValue(c.Key, out var now) ? c with { Group = now.Group, Words = now.Words } : c);
        // A build for a day before the history began (a rebuild --as-of an earlier date) moves its start back, so every change is within it.
        var started = asOf < previous.Started ? asOf : previous.Started;
        return new ChangeLog(started, state, Forget(Merge(kept, found, asOf), groups ?? state.Select(i => i.Group).ToHashSet()));
    }

    /// <summary>
    /// What is new in <paramref name="now"/> against <paramref name="before"/>, in the plan's order
    /// (removed items last), and the items that kept their place under a new key: the key they had → the item now.
    /// </summary>
    public static (List<Change> Changes, Dictionary<string, TrackedItem> Renamed) Compare(IReadOnlyList<TrackedItem> before, IReadOnlyList<TrackedItem> now, DateOnly date)
    {
        var old = before.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var current = now.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var added = now.Where(i => !old.ContainsKey(i.Key)).ToList();
        var removed = before.Where(i => !current.Contains(i.Key)).ToList();
        var was = Paired(removed, added);
        var renamed = was.ToDictionary(p => p.Value.Key, p => p.Key, StringComparer.Ordinal);
        var changes = new List<Change>();
        foreach (var item in now)
        {
            if (was.TryGetValue(item, out var earlier))
            {
                // The same words elsewhere were moved (a task to another month: its month change; a benchmark with its renamed initiative: nothing); new words in its place were reworded.
                if (item.Words != earlier.Words)
                {
                    changes.Add(For(item, date, ChangeWhat.Reworded));
                }

                changes.AddRange(Facts(item, earlier, date));
            }
            else if (old.GetValueOrDefault(item.Key) is { } previous)
            {
                changes.AddRange(Facts(item, previous, date));
            }
            else
            {
                changes.Add(For(item, date, ChangeWhat.Added));
            }
        }

        changes.AddRange(removed.Where(r => !renamed.ContainsKey(r.Key)).Select(r => For(r, date, ChangeWhat.Removed)));
        return (changes, renamed);
    }

    /// <summary>
    /// The added items that are removed ones in their place, each with the one it was. An item with
    /// the same words in another place, the only one, was moved (a task to another month, a benchmark
    /// with its initiative renamed); an item with the same id in the same group (the same row of the
    /// same initiative, goal or month) was reworded; else, when a group lost one item of a kind and
    /// gained one, that one was reworded (a row inserted above it moved its id).
    /// </summary>
    private static Dictionary<TrackedItem, TrackedItem> Paired(List<TrackedItem> removed, List<TrackedItem> added)
    {
        var was = new Dictionary<TrackedItem, TrackedItem>(ReferenceEqualityComparer.Instance);
        var left = removed.ToHashSet(ReferenceEqualityComparer.Instance);
        void Pair(IEnumerable<TrackedItem> items, Func<TrackedItem, ILookup<object, TrackedItem>, TrackedItem?> match, Func<TrackedItem, object> place)
        {
            var open = left.Cast<TrackedItem>().ToLookup(place);
            foreach (var item in items.Where(i => !was.ContainsKey(i)))
            {
                if (match(item, open) is { } from && left.Remove(from))
                {
                    was[item] = from;
                }
            }
        }

        Pair(added, (item, open) => open[(item.Kind, item.Words)].Where(left.Contains).ToList() is [var one] ? one : null, i => (i.Kind, i.Words));
        Pair(added, (item, open) => open[(item.Kind, item.Group, item.Id)].FirstOrDefault(left.Contains), i => (i.Kind, i.Group, i.Id));
        var gained = added.Where(i => !was.ContainsKey(i)).ToLookup(i => (i.Kind, i.Group));
        Pair(added, (item, open) => gained[(item.Kind, item.Group)].Count() == 1 && open[(item.Kind, item.Group)].Where(left.Contains).ToList() is [var one] ? one : null, i => (i.Kind, i.Group));
        return was;
    }

    /// <summary>The facts of an item that moved since it was <paramref name="before"/>: a status, day or month with its values, words without them.</summary>
    private static IEnumerable<Change> Facts(TrackedItem now, TrackedItem before, DateOnly date)
    {
        var (a, b) = (before.Facts, now.Facts);
        if (a.Status != b.Status)
        {
            yield return For(now, date, ChangeWhat.Status, new FactValue(Status: a.Status), new FactValue(Status: b.Status));
        }

        if (a.Due != b.Due && a.Due is not null && b.Due is not null)
        {
            yield return For(now, date, ChangeWhat.Due, new FactValue(Day: a.Due), new FactValue(Day: b.Due));
        }
        else if (a.Due != b.Due || a.DueText != b.DueText)
        {
            yield return For(now, date, ChangeWhat.Due);
        }

        if (a.Month != b.Month)
        {
            yield return For(now, date, ChangeWhat.Month, new FactValue(Month: a.Month), new FactValue(Month: b.Month));
        }

        foreach (var (what, x, y) in new[] { (ChangeWhat.Timeline, a.Timeline, b.Timeline), (ChangeWhat.Who, a.Who, b.Who), (ChangeWhat.People, a.People, b.People) })
        {
            if (x != y)
            {
                yield return For(now, date, what);
            }
        }
    }

    /// <summary>
    /// Today's changes added to those kept, in linear time. Builds on the same day are one day's
    /// change: a fact moved twice keeps its first old and last new value, and is dropped when it is
    /// back where it started; an item added earlier that day stays "added" whatever else happened to
    /// it, and leaves nothing when it is removed again; an item removed and put back leaves nothing.
    /// </summary>
    private static List<Change> Merge(IEnumerable<Change> kept, List<Change> found, DateOnly today)
    {
        var changes = new List<Change?>(found);
        var byKey = found.Select((c, i) => (c.Key, i)).ToLookup(p => p.Key, p => p.i, StringComparer.Ordinal);
        foreach (var earlier in kept)
        {
            var later = earlier.Date == today ? byKey[earlier.Key].Where(i => changes[i] is not null).ToList() : [];
            if (later.Count == 0)
            {
                changes.Add(earlier);
                continue;
            }

            if (earlier.What is ChangeWhat.Added or ChangeWhat.Removed)
            {
                var undone = earlier.What == ChangeWhat.Added ? ChangeWhat.Removed : ChangeWhat.Added;
                var cancels = later.Any(i => changes[i]!.What == undone);
                later.ForEach(i => changes[i] = null);
                if (!cancels)
                {
                    changes.Add(earlier);
                }

                continue;
            }

            var same = later.FirstOrDefault(i => changes[i]!.What == earlier.What, -1);
            if (same < 0)
            {
                changes.Add(earlier);
                continue;
            }

            var joined = changes[same]! with { Old = earlier.Old };
            changes[same] = joined.Old is not null && joined.Old == joined.New ? null : joined;
        }

        return changes.OfType<Change>().OrderByDescending(c => c.Date).ToList();
    }

    /// <summary>The changes with each group no longer in the plan kept by its kind only.</summary>
    private static List<Change> Forget(List<Change> changes, IReadOnlySet<HistoryGroup> groups) =>
        changes.Select(c => groups.Contains(c.Group) ? c : c with { Group = c.Group.Gone }).ToList();

    private static Change For(TrackedItem item, DateOnly date, ChangeWhat what, FactValue? old = null, FactValue? now = null) =>
        new(date, item.Kind, item.Group, item.Words, what, old, now);
}
