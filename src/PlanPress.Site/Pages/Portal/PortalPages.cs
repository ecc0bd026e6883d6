using PlanPress.Model.ActionPlans;

namespace PlanPress.Site.Pages;

/// <summary>A plan as the portal's home lists it: its link, where it is in the district, its progress and what is overdue.</summary>
/// <param name="Problem">Why its pages are not today's ("not updated: 3 errors"), or null.</param>
public sealed record PortalRow(Link Plan, string Level, string Region, string Contact, Progress Process, Progress EarlyEvidence, int Overdue, string? Problem);

/// <summary>The filters of the portal's home, each a page of its own so that they work without script.</summary>
public sealed record PortalFilter(string Label, IReadOnlyList<Link> Choices);

/// <summary>The portal's home (and each of its filtered lists): every plan with its roll-up.</summary>
public sealed class PortalHomePage : PageModel
{
    public override string Template => "PortalHome.cshtml";

    /// <summary>The filters by level and region; empty when the plans list gives none.</summary>
    public required IReadOnlyList<PortalFilter> Filters { get; init; }

    /// <summary>On a filtered list, the link back to every plan; null on the home page.</summary>
    public required Link? AllPlans { get; init; }

    public required IReadOnlyList<PortalRow> Plans { get; init; }

    /// <summary>Every listed plan's benchmarks together.</summary>
    public required ProgressRow Total { get; init; }

    /// <summary>How many plans could not be updated or published on this build, and where that is said.</summary>
    public required Link? Problems { get; init; }
}

/// <summary>A plan's items on a portal-wide page, under the plan's name.</summary>
public sealed record PortalGroup(Link Plan, string? Note, IReadOnlyList<PortalItem> Items);

/// <summary>A benchmark on a portal-wide page: its words linked to it in its plan, when it is due in words (and whether before its plan began), who.</summary>
public sealed record PortalItem(Link Item, string Due, string Who);

/// <summary>The portal's overdue benchmarks, by plan; and its "this month", by plan.</summary>
public sealed class PortalListPage : PageModel
{
    public override string Template => "PortalList.cshtml";

    public required string Intro { get; init; }

    public required IReadOnlyList<PortalGroup> Groups { get; init; }

    /// <summary>Said when no plan has anything to list.</summary>
    public required string Empty { get; init; }
}

/// <summary>A plan's line on the status page.</summary>
public sealed record PortalStatusRow(string Name, Link? Plan, string Folder, string State, bool Failed);

/// <summary>How each plan's last build went: updated, or which plans kept their last good pages and why.</summary>
public sealed class PortalStatusPage : PageModel
{
    public override string Template => "PortalStatus.cshtml";

    public required IReadOnlyList<PortalStatusRow> Plans { get; init; }
}
