using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.Roles;

namespace PlanPress.Site.Feeds;

/// <summary>The resolved plan as JSON (plan.json), for other tools: the same data the pages show, with each item's source cell.</summary>
public static class PlanJson
{
    public const string Path = "plan.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Plan plan, DateOnly asOf) => JsonSerializer.Serialize(new
    {
        plan.Settings.Title,
        plan.Settings.Organisation,
        plan.Settings.Timeframe,
        ProgramStart = plan.Settings.ProgramStart?.ToString(),
        plan.Settings.Language,
        AsOf = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Months = plan.Months.Select(m => m.ToString()),
        Phases = plan.Phases.Select(p => new { p.Name, First = p.First.ToString(), Last = p.Last.ToString() }),
        Roles = plan.Roles.Select(r => new { Id = r.Slug, r.Name, r.Aliases, r.Responsibilities, r.People }),
        People = plan.People.Select(p => new { Id = p.Slug, p.Name, Roles = p.Roles.Select(r => r.Slug) }),
        Tasks = plan.Tasks.Select(t => new { Month = t.Month.ToString(), t.Phase, t.Text, Who = Who(t.Who), t.Notes, Source = plan.PublishedSource(t.Source) }),
        Initiatives = plan.Initiatives.Select(i => new
        {
            Id = i.Slug,
            i.Name,
            i.Objective,
            i.Implementation,
            KeyTerms = i.KeyTerms,
            Benchmarks = i.Benchmarks.Select(b => new
            {
                b.Id,
                b.Kind,
                b.Text,
                Responsible = Who(b.Responsible),
                Date = b.DateText,
                Due = b.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                b.Status,
                StatusAsWritten = b.StatusText,
                Overdue = b.IsOverdue(asOf),
                Source = plan.PublishedSource(b.Source),
            }),
            Progress = new { Process = Progress.Of(i.Process, asOf), EarlyEvidence = Progress.Of(i.EarlyEvidence, asOf) },
            i.Resources,
        }),
        Goals = plan.Goals.Select(g => new
        {
            g.Id,
            g.Statement,
            g.DataConclusion,
            Targets = g.Targets.Select(t => new
            {
                t.Id,
                t.Statement,
                Timeline = t.TimelineText,
                Activities = t.Activities.Select(a => new
                {
                    a.Id,
                    a.Statement,
                    Timeline = a.TimelineText,
                    Timing = a.Timing.Kind,
                    Months = a.Timing.Months.Select(m => m.ToString()),
                    Due = a.Timing.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Responsible = Who(a.Responsible),
                    Source = plan.PublishedSource(a.Source),
                }),
            }),
        }),
        Resources = plan.Resources.Select(r => new { r.Name, r.Kind, r.Initiative, r.Notes }),
        Glossary = plan.Glossary.Select(e => new { Id = e.Slug, e.Term, e.Definition }),
        Pages = plan.Pages.Select(p => new { p.Title, p.Summary, Path = SitePages.ArticlePath(p) }),
    }, Options) + "\n";

    private static object Who(Assignment who) => new
    {
        who.Text,
        Roles = who.Roles.Select(r => r.Slug),
        People = who.People.Select(p => p.Slug),
        who.Unknown,
    };
}
