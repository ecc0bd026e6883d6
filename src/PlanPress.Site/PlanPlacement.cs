using PlanPress.Site.Pages;

namespace PlanPress.Site;

/// <summary>
/// Where a portal publishes one of its plans: under its own folder (<see cref="SitePaths.Prefix"/>),
/// its pages leading back to the portal's home, beside files the portal writes (the shared theme
/// assets, the portal's pages) that the plan's pages may link to.
/// </summary>
/// <param name="Elsewhere">The portal's own files, which the plan's link check counts as there.</param>
public sealed record PlanPlacement(SitePaths Paths, Link Portal, IReadOnlySet<string> Elsewhere);
