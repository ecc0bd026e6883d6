using System.Text.Json.Serialization;
using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;

namespace PlanPress.Site.Portals;

/// <summary>What a portal's pages show of a benchmark of one of its plans: its words, when it is due, who, and where it is.</summary>
/// <param name="BeforePlan">Due before the plan's first month: left from an earlier plan, as the plan's own home page sets it apart.</param>
public sealed record RolledItem(string Text, DateOnly Due, string Who, string Url, bool BeforePlan = false);

/// <summary>A plan's month as the portal's "this month" page shows it.</summary>
/// <param name="Month">The month, written YYYY-MM.</param>
public sealed record RolledMonth(string Month, string Url, IReadOnlyList<string> Phases, int Tasks, IReadOnlyList<RolledItem> Due);

/// <summary>
/// All a portal's pages need of one of its plans, so that only this stays in memory once the plan
/// is built (and is kept between builds, and passed from a slice's build to the assembly): its
/// name and place in the district, its benchmarks' progress, what is overdue and what is due this month.
/// </summary>
public sealed record PlanRollUp(
    string Slug,
    string Name,
    string Level,
    string Region,
    string Contact,
    string Home,
    DateOnly AsOf,
    Progress Process,
    Progress EarlyEvidence,
    IReadOnlyList<RolledItem> Overdue,
    RolledMonth? ThisMonth)
{
    public static PlanRollUp Of(Plan plan, DateOnly asOf, SitePaths paths, PlanListing listing)
    {
        var index = new PlanIndex(plan);
        RolledItem Item(Benchmark b) =>
            new(b.Text, b.Due ?? asOf, b.Responsible.Text, $"{paths.Initiative(index.InitiativeOf(b))}#{b.Id}", plan.Months.Count > 0 && b.Due < plan.Months[0].FirstDay);
        var month = YearMonth.From(asOf);
        return new PlanRollUp(
            paths.Prefix.TrimEnd('/'),
            listing.Name,
            listing.Level,
            listing.Region,
            listing.Contact,
            paths.Home,
            asOf,
            Progress.Of(plan.Benchmarks.Where(b => b.Kind == BenchmarkKind.Process), asOf),
            Progress.Of(plan.Benchmarks.Where(b => b.Kind == BenchmarkKind.EarlyEvidence), asOf),
            plan.Benchmarks.Where(b => b.IsOverdue(asOf)).OrderBy(b => b.Due).Select(Item).ToList(),
            plan.Months.Contains(month)
                ? new RolledMonth(month.ToString(), paths.Month(month), plan.PhasesIn(month).Select(p => p.Name).ToList(), index.TasksIn(month).Count, index.BenchmarksDueIn(month).Select(Item).ToList())
                : null);
    }

    /// <summary>How many benchmarks are overdue, of both kinds.</summary>
    [JsonIgnore]
    public int OverdueCount => Overdue.Count;
}

/// <summary>What the district's list says of a plan: its name, level, region and contact.</summary>
public sealed record PlanListing(string Name, string Level, string Region, string Contact);
