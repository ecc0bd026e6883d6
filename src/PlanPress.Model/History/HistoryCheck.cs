namespace PlanPress.Model.History;

/// <summary>
/// The invariants of a history read back from a previous build's output (restored from a cache or
/// fetched from the published site, so possibly tampered with): each checked before the history is
/// used, so that a bad one is a named error and never an exception, a slow build or a link off the site.
/// </summary>
public static class HistoryCheck
{
    /// <summary>More items than the largest plan has; more changes than 24 months of daily edits to it make.</summary>
    public const int MaxItems = 200_000;

    public const int MaxChanges = 500_000;

    /// <summary>Longer than a cell holds (32,767 characters) and than any id a plan gives: what a build writes, it reads back.</summary>
    private const int MaxText = 40_000;

    /// <summary>The first thing wrong with <paramref name="log"/>, in words; null when nothing is.</summary>
    public static string? Problem(ChangeLog log)
    {
        if (log.Version != ChangeLog.CurrentVersion)
        {
            return $"it is of version {log.Version}, which this PlanPress does not read (it reads version {ChangeLog.CurrentVersion})";
        }

        if (log.State.Count > MaxItems || log.Changes.Count > MaxChanges)
        {
            return $"it holds {log.State.Count:N0} items and {log.Changes.Count:N0} changes, more than a plan has ({MaxItems:N0} and {MaxChanges:N0} at most)";
        }

        if (log.Translations is { } translations && TranslationsProblem(translations) is { } wrong)
        {
            return wrong;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in log.State)
        {
            if (item is null)
            {
                return "an item of the plan is missing (null)";
            }

            if (Item(item.Kind, item.Group, item.Words) is { } problem)
            {
                return $"an item of the plan {problem}";
            }

            if (item.Id is not { Length: > 0 and <= MaxText } || item.Title is not { Length: <= MaxText } || Facts(item.Facts) is false || !keys.Add(item.Key))
            {
                return $"the item {item.Key} has no id, an id or words too long, facts that are none, or is there twice";
            }
        }

        foreach (var change in log.Changes)
        {
            if (change is null)
            {
                return "a change is missing (null)";
            }

            if ((Item(change.Kind, change.Group, change.Words) ?? Values(change)) is { } problem)
            {
                return $"a change of {change.Date:yyyy-MM-dd} {problem}";
            }

            if (change.Date < log.Started)
            {
                return $"a change of {change.Date:yyyy-MM-dd} is dated before the history began ({log.Started:yyyy-MM-dd})";
            }
        }

        return null;
    }

    /// <summary>Whether an item's facts are ones a plan gives: a status of the four, texts present.</summary>
    private static bool Facts(ItemFacts? facts) =>
        facts is { DueText: not null, Timeline: not null, Who: not null, People: not null } && (facts.Status is not { } status || Enum.IsDefined(status));

    private static string? Item(TrackedKind kind, HistoryGroup group, string? words)
    {
        if (!Enum.IsDefined(kind) || !Enum.IsDefined(group.Kind) || !group.IsValid)
        {
            return $"has a kind or a place that is not one ({kind}, {group.Kind})";
        }

        var expected = kind switch
        {
            TrackedKind.Benchmark => GroupKind.Initiative,
            TrackedKind.Activity => GroupKind.Goal,
            TrackedKind.Task => GroupKind.Month,
            _ => GroupKind.Roles,
        };
        return group.Kind != expected ? $"is a {kind} placed in a {group.Kind}"
            : words is null || !TrackedItem.IsDigest(words) ? "names its words by something other than their digest (16 hex digits)"
            : null;
    }

    /// <summary>A fact's change carries the values of its kind (a status, a day, a month) or none; the others carry none.</summary>
    private static string? Values(Change change)
    {
        Func<FactValue, bool>? only = change.What switch
        {
            ChangeWhat.Status => v => v.Day is null && v.Month is null && (v.Status is not { } status || Enum.IsDefined(status)),
            ChangeWhat.Due => v => v.Status is null && v.Month is null,
            ChangeWhat.Month => v => v.Status is null && v.Day is null,
            _ => null,
        };
        var fits = Enum.IsDefined(change.What) && (only is null
            ? change.Old is null && change.New is null
            : (change.Old is null || only(change.Old)) && (change.New is null || only(change.New)));
        return fits ? null : $"({change.What}) carries values that are not of its kind";
    }

    /// <summary>Each translation's record: a language code and a digest, mapped to a digest; no more than a plan has cells.</summary>
    private static string? TranslationsProblem(IReadOnlyDictionary<string, string> translations)
    {
        if (translations.Count > MaxItems)
        {
            return $"it records {translations.Count:N0} translations, more than a plan has ({MaxItems:N0} at most)";
        }

        foreach (var (key, written) in translations)
        {
            var parts = key?.Split(':') ?? [];
            if (parts is not [{ Length: >= 2 and <= 8 } language, var digest] || !language.All(c => char.IsAsciiLetterLower(c) || c == '-') || !TrackedItem.IsDigest(digest) || written is null || !TrackedItem.IsDigest(written))
            {
                return $"a translation's record \"{Truncated(key)}\" is not a language and two digests";
            }
        }

        return null;
    }

    private static string Truncated(string? text) => text is null ? "null" : text.Length > 40 ? text[..40] + "…" : text;
}
