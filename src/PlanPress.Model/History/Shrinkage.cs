using System.Globalization;
using PlanPress.Model.Dates;

namespace PlanPress.Model.History;

/// <summary>
/// What a build would take off the site: the months, tasks, benchmarks and activities the plan
/// published last has and this one has not. A plan grows and changes a few rows at a time; one that
/// loses more than half of a kind at once has almost always lost it by mistake (a header row cleared,
/// a sheet renamed, a workbook left out or cut short), so the build stops and says what would go,
/// unless told it is meant (as rsync's --max-delete and a Terraform plan ask before deleting).
/// </summary>
public static class Shrinkage
{
    /// <summary>Below this many of a kind published, any change is small enough to take as meant.</summary>
    public const int Fewest = 5;

    /// <summary>What would go, in words ("12 of the 13 months (November 2023, …)"); null when the build keeps at least half of each kind.</summary>
    public static string? Lost(IReadOnlyList<TrackedItem> published, IReadOnlyList<TrackedItem> now)
    {
        var lost = new List<string>();
        var before = Months(published);
        var after = Months(now);
        var gone = before.Except(after).Order().ToList();
        if (Large(before.Count, gone.Count))
        {
            var english = CultureInfo.GetCultureInfo("en");
            var named = string.Join(", ", gone.Take(4).Select(m => m.Title(english))) + (gone.Count > 4 ? ", …" : string.Empty);
            lost.Add($"{gone.Count} of the {before.Count} months ({named})");
        }

        foreach (var (kind, name) in new[] { (TrackedKind.Task, "tasks"), (TrackedKind.Benchmark, "benchmarks"), (TrackedKind.Activity, "improvement activities") })
        {
            var had = published.Count(i => i.Kind == kind);
            var has = now.Count(i => i.Kind == kind);
            if (Large(had, had - has))
            {
                lost.Add($"{had - has} of the {had} {name}");
            }
        }

        return lost.Count switch
        {
            0 => null,
            1 => lost[0],
            _ => string.Join("; ", lost[..^1]) + " and " + lost[^1],
        };
    }

    private static bool Large(int had, int gone) => had >= Fewest && gone * 2 > had;

    private static HashSet<YearMonth> Months(IEnumerable<TrackedItem> items) =>
        items.Where(i => i.Kind == TrackedKind.Task).Select(i => i.Group.Month).OfType<YearMonth>().ToHashSet();
}
