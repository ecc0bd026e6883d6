using System.Text.Json;
using PlanPress.Model;
using PlanPress.Model.ActionPlans;

namespace PlanPress.Site.Feeds;

/// <summary>
/// search-index.js: one entry per task, benchmark, goal, target, activity, role, person, term and page,
/// each with the address of the item on its page. The search page indexes it in the browser with
/// MiniSearch. It is a script rather than JSON so that search also works from a folder on disk,
/// where browsers refuse to fetch files.
/// </summary>
public static partial class SearchIndex
{
    /// <summary>The entries' JSON written by code generated at compile time, not worked out by reflection at every start.</summary>
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = EntriesJson.Default,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>An entry: what it is ("Benchmark · Reading strategies"), its title, the words it is found by, and where it is.</summary>
    /// <param name="Plan">On a portal's search, the plan it is of (its folder), by which a search is narrowed.</param>
    public sealed record Entry(string Id, string Kind, string Title, string Text, string Url, string? Plan = null);

    /// <summary>The plan's index, each address from the search page (at the top of the plan's site, in its language's folder).</summary>
    public static string Write(Plan plan, Func<string, string> label, SitePaths paths) =>
        Script(Entries(plan, label, paths).Select(e => e with { Url = e.Url[paths.Prefix.Length..] }));

    /// <summary>The entries as the search page loads them: a script, written by the serializer.</summary>
    public static string Script(IEnumerable<Entry> entries) =>
        "window.planpressSearchIndex = " + JsonSerializer.Serialize(entries.ToList(), Options) + ";\n";

    /// <summary>The plan's entries, each with its address as <paramref name="paths"/> make it.</summary>
    public static List<Entry> Entries(Plan plan, Func<string, string> label, SitePaths paths)
    {
        var culture = plan.Settings.Culture;
        var entries = new List<Entry>();
        entries.AddRange(plan.Tasks.Select(t => new Entry(
            t.Id, $"{label("task")} · {t.Month.Name(culture)}", t.Text, $"{t.Who.Text} {t.Phase} {t.Notes}", $"{paths.Month(t.Month)}#{t.Id}")));
        // Tasks to be decided or ongoing are on the year page, under their heading.
        entries.AddRange(plan.Undated.Select(t => new Entry(
            t.Id, $"{label("task")} · {label(t.When?.Kind == Model.Dates.SpanKind.Ongoing ? "ongoing-heading" : "undated-heading")}", t.Text, $"{t.Who.Text} {t.Phase} {t.Notes}", $"{paths.Year}#{t.Id}")));
        foreach (var initiative in plan.Initiatives)
        {
            entries.Add(new Entry(initiative.Slug, label("initiative"), initiative.Name, $"{initiative.Objective} {initiative.Implementation}", paths.Initiative(initiative)));
            entries.AddRange(initiative.Benchmarks.Select(b => new Entry(
                b.Id,
                $"{label(b.Kind == BenchmarkKind.Process ? "process-benchmark" : "early-evidence-benchmark")} · {initiative.Name}",
                b.Text,
                $"{b.Responsible.Text} {b.DateText} {b.StatusText}",
                $"{paths.Initiative(initiative)}#{b.Id}")));
        }

        foreach (var goal in plan.Goals)
        {
            entries.Add(new Entry($"goal-{goal.Id}", $"{label("goal")} {goal.Id}", goal.Statement, goal.DataConclusion, paths.Goal(goal)));
            foreach (var target in goal.Targets)
            {
                entries.Add(new Entry($"target-{target.Id}", $"{label("target")} {target.Id}", target.Statement, target.TimelineText, $"{paths.Goal(goal)}#target-{target.Id}"));
                entries.AddRange(target.Activities.Select(a => new Entry(
                    $"activity-{a.Id}", $"{label("activity")} {a.Id}", a.Statement, $"{a.Responsible.Text} {a.TimelineText}", $"{paths.Goal(goal)}#activity-{a.Id}")));
            }
        }

        entries.AddRange(plan.Roles.Select(r => new Entry($"role-{r.Slug}", label("role"), r.Name, $"{string.Join(' ', r.Aliases)} {r.Responsibilities}", paths.Role(r))));
        entries.AddRange(plan.People.Select(p => new Entry($"person-{p.Slug}", label("person"), p.Name, string.Join(' ', p.Roles.Select(r => r.Name)), paths.Person(p))));
        entries.AddRange(plan.Glossary.Select(e => new Entry($"term-{e.Slug}", label("term"), e.Term, e.Definition, paths.Term(e))));
        entries.AddRange(plan.Pages.Select(p => new Entry($"page-{p.Slug}", label("page"), p.Title, $"{p.Summary} {p.Markdown}", paths.Article(p))));
        entries.AddRange(SitePages(plan, label, paths));
        return entries;
    }

    /// <summary>The site's own pages, found by their titles ("march" finds the March page): each month, the year, the plans, the lists.</summary>
    private static IEnumerable<Entry> SitePages(Plan plan, Func<string, string> label, SitePaths paths)
    {
        var page = label("page");
        yield return new Entry("site-year", page, label("the-year-at-a-glance"), string.Empty, paths.Year);
        foreach (var month in plan.Months)
        {
            yield return new Entry($"site-{month}", page, month.Title(plan.Settings.Culture), string.Join(' ', plan.PhasesIn(month).Select(p => p.Name)), paths.Month(month));
        }

        if (plan.Initiatives.Count > 0)
        {
            yield return new Entry("site-action-plan", page, label("action-plan"), string.Empty, paths.ActionPlan);
        }

        if (plan.Goals.Count > 0)
        {
            yield return new Entry("site-improvement-plan", page, label("improvement-plan"), string.Empty, paths.ImprovementPlan);
        }

        yield return new Entry("site-roles", page, label("who-does-what"), string.Empty, paths.Roles);
        if (plan.Resources.Count > 0)
        {
            yield return new Entry("site-resources", page, label("resources"), string.Empty, paths.Resources);
        }

        if (plan.Glossary.Count > 0)
        {
            yield return new Entry("site-glossary", page, label("glossary"), string.Empty, paths.Glossary);
        }

        yield return new Entry("site-map", page, label("map-heading"), string.Empty, paths.Map);
    }

    [System.Text.Json.Serialization.JsonSerializable(typeof(List<Entry>))]
    private sealed partial class EntriesJson : System.Text.Json.Serialization.JsonSerializerContext;
}
