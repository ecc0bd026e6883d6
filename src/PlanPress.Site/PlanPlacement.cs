using PlanPress.Site.Pages;

namespace PlanPress.Site;

/// <summary>
/// Where a portal publishes one of its plans: under its own folder (<see cref="SitePaths.Prefix"/>),
/// its pages leading back to the portal's home, beside files the portal writes (the shared theme
/// assets, the portal's pages) that the plan's pages may link to.
/// </summary>
/// <param name="Portal">The portal's home, to lead back to; null for a plan alone (its site in another language, under "es/").</param>
/// <param name="Elsewhere">The portal's own files (or, for a plan's other language, the first's shared files), which the plan's link check counts as there.</param>
public sealed record PlanPlacement(SitePaths Paths, Link? Portal, IReadOnlySet<string> Elsewhere);
