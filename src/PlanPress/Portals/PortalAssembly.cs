using PlanPress.Import.Portals;
using PlanPress.Model.Diagnostics;
using PlanPress.Site;
using PlanPress.Site.Portals;

namespace PlanPress.Portals;

/// <summary>
/// Joins the slices of a portal built apart (<c>build --slice K/N</c>, one per job of a matrix) into
/// the portal's site. A slice is read as untrusted (it arrives as an artifact): its state and each
/// plan's parts are checked, and a link in it is never followed.
/// </summary>
public static class PortalAssembly
{
    /// <summary>
    /// Assembles a portal from the outputs of its slices (<c>build --slice K/N</c>, one per job of a
    /// matrix): every plan's files linked in as each slice left them, and the portal's own pages
    /// rendered from the slices' roll-ups, the same bytes as a build of the whole portal on one machine.
    /// </summary>
    public static async Task<PortalBuildResult> AssembleAsync(string content, string themeFolder, DateOnly asOf, IReadOnlyList<string> slices, StagedSite staged, Action<string> step)
    {
        step("Reading the portal");
        // The plans the list gives by address are read into a folder of this run's own: private, and named by chance.
        var addressed = Directory.CreateTempSubdirectory("planpress-assemble-");
        try
        {
            return await AssembleAsync(PortalFolder.Read(content, addressed.FullName), content, themeFolder, asOf, slices, staged, step).ConfigureAwait(false);
        }
        finally
        {
            addressed.Delete(recursive: true);
        }
    }

    private static async Task<PortalBuildResult> AssembleAsync(Portal portal, string content, string themeFolder, DateOnly asOf, IReadOnlyList<string> slices, StagedSite staged, Action<string> step)
    {
        var problems = portal.Diagnostics.ToList();
        var theme = Theme.Load(themeFolder);
        var common = Fingerprint.Common(content, themeFolder);
        var found = new Dictionary<string, (PortalStatePlan Plan, string Folder)>(StringComparer.Ordinal);
        foreach (var folder in slices)
        {
            var (state, wrong) = PortalFeeds.ReadState(Path.Combine(folder, PortalPaths.State));
            var location = new SourceLocation(folder.Replace('\\', '/'));
            if (state is null)
            {
                problems.Add(Diagnostic.Error(location, wrong is null ? $"This folder holds no slice of a portal (it has no {PortalPaths.State})." : $"This slice's {PortalPaths.State} cannot be read: {wrong}.", "the output folder of a build --slice K/N, as it wrote it"));
            }
            else if (state.Fingerprint != common || state.AsOf != asOf)
            {
                problems.Add(Diagnostic.Error(location, "This slice was built from another portal, theme, as-of date or version of PlanPress.", "slices built from the same commit with the same --as-of"));
            }
            else
            {
                foreach (var plan in state.Plans)
                {
                    found[plan.Entry.Slug] = (plan, folder);
                }
            }
        }

        var missing = portal.Plans.Where(p => !found.ContainsKey(p.Slug)).Select(p => p.Folder).ToList();
        if (missing.Count > 0)
        {
            problems.Add(Diagnostic.Error(new SourceLocation(content.Replace('\\', '/')), $"No slice holds {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? " …" : string.Empty)}.", "every slice's output, 1 to N"));
        }

        if (problems.HasErrors())
        {
            return new PortalBuildResult(problems, [], Failed: true, 0, 0, 0, []);
        }

        step($"Linking {portal.Plans.Count} plans from {slices.Count} slices");
        var outcomes = portal.Plans.Select(p =>
        {
            var (plan, folder) = found[p.Slug];
            // A slice holds only what its build wrote: a link in it (to a file of the machine) is never followed into the site.
            if (ReadBack.FirstLink(Path.Combine(folder, p.Slug)) is { } link)
            {
                var shown = Path.Combine(folder, Path.GetRelativePath(Path.GetFullPath(folder), link)).Replace('\\', '/');
                return new PlanOutcome(plan, null, [], [Diagnostic.Error(new SourceLocation(shown), "This slice holds a link, which a build never writes; it is not followed.", "the output of build --slice K/N as it wrote it")], Built: false);
            }

            var files = Directory.Exists(Path.Combine(folder, p.Slug))
                ? Directory.EnumerateFiles(Path.Combine(folder, p.Slug), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
                : [];
            foreach (var file in files)
            {
                staged.AddExisting(Path.Combine(folder, file), file);
            }

            var kept = Path.Combine(folder, PortalParts.PathIn(p.Slug));
            var (parts, wrong) = plan.Entry.RollUp is null ? (null, null) : PortalParts.Read(p.Slug, kept);
            var problem = wrong is null ? [] : new[] { Diagnostic.Error(new SourceLocation(kept.Replace('\\', '/')), $"The plan's parts for the portal's search and calendar cannot be read: {wrong}.", "the output of build --slice K/N as it wrote it") };
            return new PlanOutcome(plan, parts, files, problem, Built: false);
        }).ToArray();
        problems.AddRange(outcomes.SelectMany(o => o.Diagnostics));
        if (problems.HasErrors())
        {
            return new PortalBuildResult(problems, [], Failed: true, 0, 0, 0, []);
        }

        step("Rendering the portal's pages");
        var entries = outcomes.Select(o => o.State.Entry).ToList();
        var site = await PortalRenderer.RenderAsync(theme, portal.Config.Settings, asOf, entries, outcomes.Select(o => o.Parts).OfType<PortalParts>().ToList(), outcomes.SelectMany(o => o.Files), new PortalState(common, outcomes.Select(o => o.State).ToList()) { AsOf = asOf }).ConfigureAwait(false);
        problems.AddRange(site.Diagnostics);
        return PortalBuild.Finish(problems, entries, outcomes, site.Files, site.Diagnostics.HasErrors());
    }
}
