namespace PlanPress.Model.Text;

/// <summary>Finds the known name nearest to a mistyped one, for "did you mean …?" suggestions.</summary>
public static class Closest
{
    /// <summary>
    /// The candidate with the smallest edit distance to <paramref name="text"/> (compared folded),
    /// or null when even the best is too far off to be a plausible typo.
    /// </summary>
    public static string? Match(string text, IEnumerable<string> candidates)
    {
        var folded = Fold.Words(text);
        if (folded.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(folded, Fold.Words(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(2, folded.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions each cost one.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
