using PlanPress.Model.Diagnostics;
using PlanPress.Site;
using PlanPress.Site.Portals;

namespace PlanPress.Portals;

/// <summary>How a portal build went: every problem (each plan's with its folder), each plan's state, and what was done.</summary>
/// <param name="Failed">True when the portal itself could not be built: nothing was written.</param>
public sealed record PortalBuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<PortalEntry> Entries, bool Failed, int Pages, int Built, int Kept, IReadOnlyList<OutputFile> PortalFiles)
{
    public int PlansFailed => Entries.Count(e => e.State != PlanState.Updated);

    /// <summary>The portal's settings as the build used them (--base-url in place of an example base_url); null when it could not be read.</summary>
    public Model.SiteSettings? Settings { get; init; }
}

/// <summary>Which plans of a portal a build takes: all, or the Kth of N slices (by the plans' order), as a job of a matrix builds them.</summary>
public sealed record PlanSlice(int Number, int Of)
{
    public static readonly PlanSlice All = new(1, 1);

    public bool Holds(int index) => index % Of == Number - 1;
}

/// <summary>What one plan's build left: its entry, its fingerprint, the portal's parts of its feeds, its files' paths and its problems.</summary>
internal sealed record PlanOutcome(PortalStatePlan State, PortalParts? Parts, IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics, bool Built);
