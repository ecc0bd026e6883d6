namespace PlanPress.Site.Portals;

/// <summary>How a plan's last build went, as the portal's status page says it.</summary>
public enum PlanState
{
    /// <summary>Built from its inputs as they are now (or kept, its inputs unchanged).</summary>
    Updated,

    /// <summary>Its inputs have errors: its pages are the last good build's.</summary>
    NotUpdated,

    /// <summary>Its inputs have errors and it was never built: it is not published.</summary>
    LeftOut,
}

/// <summary>A plan of the portal: its state, its errors on this build, and its roll-up (null when it is left out).</summary>
/// <param name="Folder">The plan's content folder, as the status page and the log name it.</param>
public sealed record PortalEntry(string Slug, string Name, string Folder, PlanState State, int Errors, PlanRollUp? RollUp);
