using PlanPress.Model.ActionPlans;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;

namespace PlanPress.Model.Resources;

/// <summary>Puts the Resources sheet and the initiatives' resource tables into one list.</summary>
public static class ResourceResolver
{
    private static readonly Dictionary<string, ResourceKind> Kinds = new(StringComparer.Ordinal)
    {
        [""] = ResourceKind.NotGiven,
        ["people"] = ResourceKind.People,
        ["person"] = ResourceKind.People,
        ["staff"] = ResourceKind.People,
        ["time"] = ResourceKind.Time,
        ["materials"] = ResourceKind.Materials,
        ["material"] = ResourceKind.Materials,
        ["supplies"] = ResourceKind.Materials,
        ["tools"] = ResourceKind.Materials,
        ["funds"] = ResourceKind.Funds,
        ["funding"] = ResourceKind.Funds,
        ["money"] = ResourceKind.Funds,
        ["budget"] = ResourceKind.Funds,
    };

    public static IReadOnlyList<PlanResource> Resolve(IEnumerable<PlanResourceRow> rows, IReadOnlyList<Initiative> initiatives, List<Diagnostic> diagnostics)
    {
        var resources = new List<PlanResource>();
        foreach (var row in rows)
        {
            if (!Kinds.TryGetValue(Fold.Words(row.Kind.Text), out var kind))
            {
                diagnostics.Add(Diagnostic.Warning(row.Kind.Location, $"\"{row.Kind.Text.Trim()}\" is not a kind of resource; it is listed as not given.", "people, time, materials or funds", Closest.Match(row.Kind.Text, ["people", "time", "materials", "funds"])));
                kind = ResourceKind.NotGiven;
            }

            var initiative = row.Initiative.Text.Trim();
            if (initiative.Length > 0 && initiatives.FirstOrDefault(i => Fold.Words(i.Name) == Fold.Words(initiative)) is { } match)
            {
                initiative = match.Name;
            }
            else if (initiative.Length > 0)
            {
                diagnostics.Add(Diagnostic.Warning(row.Initiative.Location, $"\"{initiative}\" is not an initiative of the action plan.", "the name of a strategic initiative, or blank for the whole plan", Closest.Match(initiative, initiatives.Select(i => i.Name))));
            }

            resources.Add(new PlanResource(row.Name.Text.Trim(), kind, initiative, row.Notes.Text.Trim(), row.Name.Location));
        }

        foreach (var initiative in initiatives)
        {
            foreach (var resource in initiative.Resources)
            {
                var notes = string.Join("; ", new[] { resource.NewOrExpandedUse, resource.Reallocation, resource.NewResources, resource.Notes }.Where(n => n.Length > 0));
                resources.Add(new PlanResource(resource.Name, ResourceKind.NotGiven, initiative.Name, notes, initiative.Source));
            }
        }

        return resources;
    }
}
