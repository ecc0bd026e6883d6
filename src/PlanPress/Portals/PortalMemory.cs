using System.Collections.Concurrent;
using PlanPress.Site;
using PlanPress.Site.Portals;

namespace PlanPress.Portals;

/// <summary>
/// What <c>serve</c> keeps of a portal between rebuilds, in memory: each plan's files as last built
/// well, with the fingerprint of the inputs they were built from. A save rebuilds only the plan
/// whose inputs changed; a plan whose save broke it keeps showing its last good pages.
/// </summary>
public sealed class PortalMemory
{
    private sealed record Remembered(string Inputs, PortalEntry Entry, PortalParts Parts, IReadOnlyList<OutputFile> Files);

    private readonly ConcurrentDictionary<string, Remembered> _plans = new(StringComparer.Ordinal);

    /// <summary>The plan as last built, when its inputs are the same (and can be told by their fingerprint).</summary>
    internal (PortalEntry Entry, PortalParts Parts, IReadOnlyList<OutputFile> Files)? Take(string slug, string inputs) =>
        inputs.Length > 0 && _plans.TryGetValue(slug, out var plan) && plan.Inputs == inputs ? (plan.Entry, plan.Parts, plan.Files) : null;

    /// <summary>The plan as last built well, whatever its inputs are now.</summary>
    internal (PortalEntry Entry, PortalParts Parts, IReadOnlyList<OutputFile> Files)? LastGood(string slug) =>
        _plans.TryGetValue(slug, out var plan) ? (plan.Entry, plan.Parts, plan.Files) : null;

    internal void Keep(string slug, string inputs, PortalEntry entry, PortalParts parts, IReadOnlyList<OutputFile> files) =>
        _plans[slug] = new Remembered(inputs, entry, parts, files);

    /// <summary>The files of the plans that are published (<paramref name="entries"/>): those a plan no longer in the portal had are forgotten.</summary>
    public IEnumerable<OutputFile> Files(IEnumerable<PortalEntry> entries)
    {
        var published = entries.Where(e => e.State != PlanState.LeftOut).Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _plans.Keys.Where(k => !published.Contains(k)))
        {
            _plans.TryRemove(gone, out _);
        }

        return _plans.Values.SelectMany(p => p.Files);
    }
}
