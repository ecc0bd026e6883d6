using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;
using PlanPress.Model.Text;

namespace PlanPress.Model.ActionPlans;

/// <summary>Resolves action plan sheets into initiatives: people and roles, due dates and statuses read.</summary>
public static class InitiativeResolver
{
    public static IReadOnlyList<Initiative> Resolve(IEnumerable<InitiativeSource> sources, RoleResolver who, SiteSettings settings, List<Diagnostic> diagnostics)
    {
        var initiatives = new List<Initiative>();
        var seen = new Dictionary<string, SourceCell>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var name = source.Name.Text.Trim();
            if (seen.TryGetValue(Fold.Words(name), out var first))
            {
                diagnostics.Add(Diagnostic.Error(
                    source.Name.Location,
                    $"The initiative \"{name}\" is already on {first.Location}.",
                    "each strategic initiative on one sheet"));
                continue;
            }

            seen[Fold.Words(name)] = source.Name;
            var slug = UniqueSlug(name, initiatives);
            var benchmarks = source.Benchmarks
                .Select((row, index) => ResolveBenchmark(row, $"{slug}-{(row.Kind == BenchmarkKind.Process ? "p" : "e")}{index + 1}", who, settings, diagnostics))
                .ToList();
            initiatives.Add(new Initiative(
                slug,
                source.Title.Text.Trim(),
                source.Objective.Text.Trim(),
                name,
                source.Implementation.Text.Trim(),
                source.KeyTerms.Select(t => new KeyTerm(t.Term.Text.Trim(), t.Definition.Text.Trim())).ToList(),
                benchmarks,
                source.Resources.Select(r => new InitiativeResource(r.Name.Text.Trim(), r.NewOrExpandedUse.Text.Trim(), r.Reallocation.Text.Trim(), r.NewResources.Text.Trim(), r.Notes.Text.Trim())).ToList(),
                source.Name.Location));
        }

        return initiatives;
    }

    private static Benchmark ResolveBenchmark(BenchmarkRow row, string id, RoleResolver who, SiteSettings settings, List<Diagnostic> diagnostics)
    {
        var responsible = who.Resolve(row.Responsible, "benchmark", diagnostics);
        if (row.Responsible.IsBlank)
        {
            diagnostics.Add(Diagnostic.Warning(row.Responsible.Location, $"The benchmark \"{Excerpt.Of(row.Text.Text)}\" has no person responsible.", "the role or person who sees it done"));
        }

        if (row.Date.IsBlank)
        {
            diagnostics.Add(Diagnostic.Warning(row.Date.Location, $"The benchmark \"{Excerpt.Of(row.Text.Text)}\" has no date, so it can never be shown as overdue.", "the date it is due by"));
        }

        var date = Timeline.Read(row.Date, settings.Culture, settings.ProgramStart);
        if (date.Problem is { } problem)
        {
            diagnostics.Add(Diagnostic.Error(row.Date.Location, $"The date \"{row.Date.Text}\" cannot be a benchmark's: {problem}.", Timeline.ExpectedFor(settings.ProgramStart, settings.Culture)));
        }
        else if (date.Due is null && !row.Date.IsBlank && (date.Reason == Timeline.NoTimeYet || date.Kind is TimingKind.Recurring or TimingKind.AsNeeded))
        {
            diagnostics.Add(Diagnostic.Note(row.Date.Location, $"The date \"{row.Date.Text.Trim()}\" names no day yet; the benchmark is shown as \"date not set\" and never as overdue.", "the date it is due by, once it is known"));
        }
        else if (date.Due is null && !row.Date.IsBlank)
        {
            diagnostics.Add(Diagnostic.Warning(
                row.Date.Location,
                $"The date \"{row.Date.Text}\" cannot be read{(date.Reason is { } why ? $" ({why})" : string.Empty)}; the benchmark is shown as \"date not set\".",
                Timeline.ExpectedFor(settings.ProgramStart, settings.Culture),
                date.Suggestion));
        }

        var status = StatusText.Read(row.Status.Text);
        if (status is null && StatusText.Suggest(row.Status.Text) is { } meant)
        {
            // A typo of a status ("In progess") would publish the benchmark as not started, and the history as a change to it.
            diagnostics.Add(Diagnostic.Error(row.Status.Location, $"The status \"{row.Status.Text}\" cannot be read.", StatusText.Expected, meant));
        }
        else if (status is null)
        {
            diagnostics.Add(Diagnostic.Warning(
                row.Status.Location,
                $"The status \"{row.Status.Text}\" is not one PlanPress knows; it is counted as not started.",
                StatusText.Expected));
        }

        return new Benchmark(
            id,
            row.Kind,
            row.Text.Text.Trim(),
            responsible,
            row.Date.Date is null ? row.Date.Text.Trim() : string.Empty,
            date.Due,
            status ?? Status.NotStarted,
            row.Status.Text.Trim(),
            row.Text.Location)
        {
            DueWritten = date.Written,
        };
    }

    private static string UniqueSlug(string name, List<Initiative> taken)
    {
        var slug = Slug.From(name);
        var candidate = slug;
        for (var n = 2; taken.Any(i => i.Slug == candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
