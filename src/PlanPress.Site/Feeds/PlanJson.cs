using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Roles;

namespace PlanPress.Site.Feeds;

/// <summary>
/// The resolved plan as JSON (plan.json), for other tools: the same data the pages show, with each
/// item's source cell. Written field by field: the serializer's reflection cost more than the
/// writing itself on every build (measured in bench/).
/// </summary>
public static class PlanJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>plan.json as UTF-8: a few megabytes on a large plan, so never a string on the way.</summary>
    /// <param name="updated">The day the plan last changed, written as "updated".</param>
    public static byte[] Write(Plan plan, DateOnly asOf, DateOnly updated, SitePaths paths)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", plan.Settings.Title);
            json.WriteString("organisation", plan.Settings.Organisation);
            json.WriteString("timeframe", plan.Settings.Timeframe);
            if (plan.Settings.ProgramStart is { } start)
            {
                json.WriteString("programStart", start.ToString());
            }

            json.WriteString("language", plan.Settings.Language);
            json.WriteString("updated", Day(updated));
            Strings(json, "months", plan.Months.Select(m => m.ToString()));
            if (plan.Meetings.Kept)
            {
                // The meeting log as counts alone: never a name or a note.
                Array(json, "meetings", plan.Months.Select(plan.Meetings.In).ToList(), m =>
                {
                    json.WriteString("month", m.Month.ToString());
                    json.WriteNumber("pairsMet", m.PairsMet);
                    if (m.Pairs is { } pairs)
                    {
                        json.WriteNumber("pairs", pairs);
                    }

                    json.WriteNumber("minutes", m.Minutes);
                });
            }

            Array(json, "phases", plan.Phases, p =>
            {
                json.WriteString("name", p.Name);
                json.WriteString("first", p.First.ToString());
                json.WriteString("last", p.Last.ToString());
            });
            Array(json, "roles", plan.Roles, r =>
            {
                json.WriteString("id", r.Slug);
                json.WriteString("name", r.Name);
                Strings(json, "aliases", r.Aliases);
                json.WriteString("responsibilities", r.Responsibilities);
                Strings(json, "people", r.People);
            });
            Array(json, "people", plan.People, p =>
            {
                json.WriteString("id", p.Slug);
                json.WriteString("name", p.Name);
                Strings(json, "roles", p.Roles.Select(r => r.Slug));
            });
            Array(json, "tasks", plan.Tasks, t =>
            {
                json.WriteString("month", t.Month.ToString());
                json.WriteString("phase", t.Phase);
                json.WriteString("text", t.Text);
                Who(json, "who", t.Who);
                json.WriteString("notes", t.Notes);
                json.WriteString("source", plan.PublishedSource(t.Source));
            });
            Array(json, "initiatives", plan.Initiatives, i => Initiative(json, plan, i, asOf));
            Array(json, "goals", plan.Goals, g =>
            {
                json.WriteString("id", g.Id);
                json.WriteString("statement", g.Statement);
                json.WriteString("dataConclusion", g.DataConclusion);
                Array(json, "targets", g.Targets, t =>
                {
                    json.WriteString("id", t.Id);
                    json.WriteString("statement", t.Statement);
                    json.WriteString("timeline", t.TimelineText);
                    Array(json, "activities", t.Activities, a =>
                    {
                        json.WriteString("id", a.Id);
                        json.WriteString("statement", a.Statement);
                        json.WriteString("timeline", a.TimelineText);
                        json.WriteString("timing", Name(a.Timing.Kind));
                        Strings(json, "months", a.Timing.Months.Select(m => m.ToString()));
                        if (a.Timing.Due is { } due)
                        {
                            json.WriteString("due", Day(due));
                        }

                        Who(json, "responsible", a.Responsible);
                        json.WriteString("source", plan.PublishedSource(a.Source));
                    });
                });
            });
            Array(json, "resources", plan.Resources, r =>
            {
                json.WriteString("name", r.Name);
                json.WriteString("kind", Name(r.Kind));
                json.WriteString("initiative", r.Initiative);
                json.WriteString("notes", r.Notes);
            });
            Array(json, "glossary", plan.Glossary, e =>
            {
                json.WriteString("id", e.Slug);
                json.WriteString("term", e.Term);
                json.WriteString("definition", e.Definition);
            });
            Array(json, "pages", plan.Pages, p =>
            {
                json.WriteString("title", p.Title);
                json.WriteString("summary", p.Summary);
                json.WriteString("path", paths.Article(p));
            });
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Initiative(Utf8JsonWriter json, Plan plan, Initiative initiative, DateOnly asOf)
    {
        json.WriteString("id", initiative.Slug);
        json.WriteString("name", initiative.Name);
        json.WriteString("objective", initiative.Objective);
        json.WriteString("implementation", initiative.Implementation);
        Array(json, "keyTerms", initiative.KeyTerms, k =>
        {
            json.WriteString("term", k.Term);
            json.WriteString("definition", k.Definition);
        });
        Array(json, "benchmarks", initiative.Benchmarks, b =>
        {
            json.WriteString("id", b.Id);
            json.WriteString("kind", Name(b.Kind));
            json.WriteString("text", b.Text);
            Who(json, "responsible", b.Responsible);
            json.WriteString("date", b.DateText);
            if (b.Due is { } due)
            {
                json.WriteString("due", Day(due));
            }

            json.WriteString("status", Name(b.Status));
            json.WriteString("statusAsWritten", b.StatusText);
            json.WriteBoolean("overdue", b.IsOverdue(asOf));
            json.WriteString("source", plan.PublishedSource(b.Source));
        });
        json.WriteStartObject("progress");
        Progress(json, "process", Model.ActionPlans.Progress.Of(initiative.Process, asOf));
        Progress(json, "earlyEvidence", Model.ActionPlans.Progress.Of(initiative.EarlyEvidence, asOf));
        json.WriteEndObject();
        Array(json, "resources", initiative.Resources, r =>
        {
            json.WriteString("name", r.Name);
            json.WriteString("newOrExpandedUse", r.NewOrExpandedUse);
            json.WriteString("reallocation", r.Reallocation);
            json.WriteString("newResources", r.NewResources);
            json.WriteString("notes", r.Notes);
        });
    }

    private static void Progress(Utf8JsonWriter json, string name, Progress progress)
    {
        json.WriteStartObject(name);
        json.WriteNumber("notStarted", progress.NotStarted);
        json.WriteNumber("inProgress", progress.InProgress);
        json.WriteNumber("met", progress.Met);
        json.WriteNumber("notMet", progress.NotMet);
        json.WriteNumber("overdue", progress.Overdue);
        json.WriteNumber("total", progress.Total);
        json.WriteEndObject();
    }

    private static void Who(Utf8JsonWriter json, string name, Assignment who)
    {
        json.WriteStartObject(name);
        json.WriteString("text", who.Text);
        Strings(json, "roles", who.Roles.Select(r => r.Slug));
        Strings(json, "people", who.People.Select(p => p.Slug));
        Strings(json, "unknown", who.Unknown);
        json.WriteEndObject();
    }

    /// <summary>An array of objects, each written by <paramref name="fields"/>.</summary>
    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> fields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            fields(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An enum value as the plan's JSON names it: "early-evidence", "not-started".</summary>
    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
