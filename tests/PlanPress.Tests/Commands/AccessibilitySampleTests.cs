using PlanPress.Accessibility;

namespace PlanPress.Tests.Commands;

/// <summary>A portal too large to check page by page in one run is checked by a sample that holds every kind of page in every language, spread across its plans.</summary>
public sealed class AccessibilitySampleTests
{
    [Fact]
    public void A_large_portals_sample_holds_every_kind_of_page_in_every_language_across_many_plans()
    {
        var plans = Enumerable.Range(1, 300).Select(i => $"p{i:D4}/").ToList();
        string[] kinds = ["index.html", "year.html", "accessibility.html", "months/2024-01.html", "months/2024-02.html", "roles/mentor.html", "goals/1.html", "es/index.html", "es/months/2024-01.html"];
        var pages = plans.SelectMany(plan => kinds.Select(kind => plan + kind)).Concat(["index.html", "status.html", "search.html", "level/high.html"]).Order(StringComparer.Ordinal).ToList();

        var sample = AccessibilityRun.Sample(pages, 100);

        Assert.InRange(sample.Count, 90, 100 + 13);
        Assert.All(kinds, kind => Assert.Contains(sample, p => p.EndsWith("/" + kind, StringComparison.Ordinal) || p.EndsWith("/" + kind.Replace("2024-01", "2024-02", StringComparison.Ordinal), StringComparison.Ordinal)));
        Assert.All(["index.html", "status.html", "search.html", "level/high.html"], page => Assert.Contains(page, sample));
        Assert.True(sample.Select(p => p.Split('/')[0]).Distinct().Count() > 50, "spread across plans");
        Assert.Equal(pages.Take(40).ToList(), AccessibilityRun.Sample(pages.Take(40).ToList(), 100));
    }
}
