using System.Text.Json;
using System.Text.Json.Serialization;
using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Site.Feeds;

namespace PlanPress.Site.Portals;

/// <summary>One of a plan's events in the portal's calendar: a benchmark on its due day.</summary>
/// <param name="Id">The benchmark's id in its plan ("mentoring-p3").</param>
/// <param name="Path">Its place in the plan's site, from the plan's folder ("initiatives/mentoring.html#mentoring-p3").</param>
public sealed record PortalEvent(string Id, DateOnly Day, string Summary, string Description, string Path);

/// <summary>
/// What the portal's search and calendar take from one plan, as data its build hands over: its
/// planning entries (initiatives, goals, pages) and its benchmarks' events, each address given from
/// the plan's folder. Kept in the plan's folder of the built portal, so that a rebuild that keeps the
/// plan (or the assembly of a slice) reads them back; read back as untrusted data, each address
/// checked to be one of the plan's own, and written into the portal's feeds by their serializers.
/// </summary>
public sealed record PortalParts(string Slug, IReadOnlyList<SearchIndex.Entry> Entries, IReadOnlyList<PortalEvent> Events)
{
    /// <summary>A plan's parts are a few hundred kilobytes; past this they are refused.</summary>
    private const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The folders of a plan whose entries the portal's search holds: the plans' contents, not each month's tasks.</summary>
    private static readonly string[] Searched = ["initiatives/", "goals/", "pages/"];

    /// <summary>Where a plan's parts are kept in its folder of the built portal.</summary>
    public static string PathIn(string slug) => $"{slug}/.portal-parts";

    /// <param name="name">The plan's name in the portal's list, which leads each entry's kind and each event's summary.</param>
    public static PortalParts Of(Plan plan, string slug, string name, DateOnly asOf, Translations text)
    {
        var own = new SitePaths(string.Empty);
        var entries = SearchIndex.Entries(plan, key => text[key], own)
            .Where(e => Searched.Any(folder => e.Url.StartsWith(folder, StringComparison.Ordinal)))
            .Select(e => e with { Id = $"{slug}:{e.Id}", Kind = $"{name} · {e.Kind}" })
            .ToList();
        var events = CalendarFeed.Benchmarks(plan, asOf, text, own)
            .Select(b => new PortalEvent(b.Benchmark.Id, b.Benchmark.Due!.Value, $"{name}: {b.Summary}", b.Description, b.Path))
            .ToList();
        return new PortalParts(slug, entries, events);
    }

    /// <summary>The parts as <see cref="PathIn"/> keeps them.</summary>
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, PartsJson.Default.PortalParts);

    /// <summary>The parts kept in <paramref name="path"/> for the plan <paramref name="slug"/>; null, with what is wrong, when they are missing or not a plan's own.</summary>
    public static (PortalParts? Parts, string? Problem) Read(string slug, string path)
    {
        var (text, problem) = ReadBack.Text(path, MaxBytes);
        if (text is null)
        {
            return (null, problem ?? "there are none");
        }

        try
        {
            var parts = JsonSerializer.Deserialize(text, PartsJson.Default.PortalParts);
            return parts?.Entries is null || parts.Events is null || parts.Entries.Any(e => e is null) || parts.Events.Any(e => e is null) ? (null, "they hold nothing, or an entry or event that is nothing")
                : parts.Slug != slug ? (null, $"they are another plan's ({parts.Slug})")
                : parts.Problem() is { } wrong ? (null, wrong)
                : (parts, null);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or NullReferenceException or InvalidOperationException)
        {
            return (null, e.Message);
        }
    }

    /// <summary>The first address that is not one of the plan's own pages, or an id that is not one; null when there is none.</summary>
    private string? Problem()
    {
        foreach (var entry in Entries)
        {
            if (entry.Id is not { Length: > 0 and < 300 } || !entry.Id.StartsWith(Slug + ":", StringComparison.Ordinal) || !SitePaths.IsOwnPath(entry.Url))
            {
                return $"the search entry {entry.Id} is not one of the plan's pages";
            }
        }

        foreach (var item in Events)
        {
            if (!SitePaths.IsOwnPath(item.Path) || !item.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return $"the event {item.Id} is not one of the plan's";
            }
        }

        return null;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(PortalParts))]
internal sealed partial class PartsJson : JsonSerializerContext;
