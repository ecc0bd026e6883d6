using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlanPress.Model;
using PlanPress.Site.Feeds;

namespace PlanPress.Site.Portals;

/// <summary>The portal's plan.json: every plan's state and roll-up.</summary>
public sealed record PortalJsonFile(string Title, string Organisation, string Language, DateOnly AsOf, IReadOnlyList<PortalEntry> Plans);

/// <summary>
/// What a portal build leaves for the next one, and what a slice's build leaves for the assembly:
/// each plan's inputs' fingerprint, its state and roll-up. Public data only: no plan's private rows.
/// </summary>
/// <param name="Fingerprint">What the plans' pages were built from besides their own inputs and the date: the tool, the theme, the portal's settings.</param>
public sealed record PortalState(string Fingerprint, IReadOnlyList<PortalStatePlan> Plans)
{
    /// <summary>The as-of date the build was for: a slice is assembled only for its own.</summary>
    public DateOnly? AsOf { get; init; }
}

/// <param name="Inputs">A fingerprint of the plan's own inputs (every file of its folder, its site.yml); empty when it must always be built again (it fetches sources).</param>
public sealed record PortalStatePlan(string Inputs, PortalEntry Entry)
{
    /// <summary>The as-of date its pages were built for; null when they were not built (kept from before a failure, or left out).</summary>
    public DateOnly? Built { get; init; }

    /// <summary>The first day its pages may read otherwise (<see cref="Pages.DateWindow"/>): a build for a day from <see cref="Built"/> until then keeps them as they are.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Whether its pages, built from these inputs, are what a build for <paramref name="asOf"/> would write.</summary>
    public bool Holds(string inputs, DateOnly asOf) =>
        inputs.Length > 0 && Inputs == inputs && Entry.State == PlanState.Updated && Built <= asOf && asOf < Until;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(PortalJsonFile))]
[JsonSerializable(typeof(PortalState))]
internal sealed partial class PortalJsonContext : JsonSerializerContext;

/// <summary>The portal's feeds: plan.json, one search index across its plans, one calendar of its plans' benchmarks.</summary>
public static class PortalFeeds
{
    private static readonly JsonSerializerOptions Options = new(PortalJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly PortalJsonContext Json = new(Options);

    public static string PlanJson(SiteSettings settings, DateOnly asOf, IReadOnlyList<PortalEntry> entries) =>
        JsonSerializer.Serialize(new PortalJsonFile(settings.Title, settings.Organisation, settings.Language, asOf, entries), Json.PortalJsonFile) + "\n";

    public static string WriteState(PortalState state) => JsonSerializer.Serialize(state, Json.PortalState) + "\n";

    /// <summary>A portal's state is a few kilobytes a plan (about 10 MB for 2,000 plans); past this it is refused.</summary>
    private const int MaxStateBytes = 64 * 1024 * 1024;

    /// <summary>
    /// The state a previous build (or a slice's) left, read as untrusted data: null with no problem
    /// when there is none; null with what is wrong when it cannot be read or a plan's roll-up is not
    /// its own (a link off the plan's folder), so that nothing of it is used.
    /// </summary>
    public static (PortalState? State, string? Problem) ReadState(string path)
    {
        var (text, problem) = ReadBack.Text(path, MaxStateBytes);
        if (text is null)
        {
            return (null, problem);
        }

        try
        {
            var state = JsonSerializer.Deserialize(text, Json.PortalState);
            return state?.Plans is null || state.Plans.Any(p => p?.Entry is null) ? (null, "it holds no plans, or a plan that is nothing")
                : state.Plans.Select(p => Problem(p.Entry)).FirstOrDefault(p => p is not null) is { } wrong ? (null, wrong)
                : (state, null);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or NullReferenceException or InvalidOperationException)
        {
            return (null, e.Message);
        }
    }

    /// <summary>What is wrong with a plan's entry read back: a folder that is not a plan's, or a roll-up whose links leave the plan's pages.</summary>
    private static string? Problem(PortalEntry entry)
    {
        if (entry.Slug is not { Length: > 0 and < 200 } slug || !slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || !Enum.IsDefined(entry.State))
        {
            return $"the plan \"{entry.Slug}\" is not a plan's folder";
        }

        if (entry.RollUp is not { } roll)
        {
            return null;
        }

        var own = new SitePaths(slug + "/");
        if (roll.Overdue is null || roll.Overdue.Any(i => i is null) || roll.ThisMonth is { Due: null } || roll.ThisMonth?.Due.Any(i => i is null) == true)
        {
            return $"the roll-up of {slug} holds items that are nothing";
        }

        var links = roll.Overdue.Concat(roll.ThisMonth?.Due ?? []).Select(i => i.Url).Append(roll.ThisMonth?.Url ?? own.Home);
        return roll.Slug != slug || roll.Home != own.Home || links.Any(l => !l.StartsWith(own.Prefix, StringComparison.Ordinal) || !SitePaths.IsOwnPath(l))
            ? $"the roll-up of {slug} links outside its pages"
            : null;
    }

    /// <summary>
    /// Plan by plan, in the portal's order: an entry for the plan (its name, level and region), then its
    /// planning entries, each marked with its plan and led by its folder; and the plans, each with where its entries start.
    /// </summary>
    public static (List<Feeds.SearchIndex.Entry> Entries, List<Feeds.SearchShards.Plan> Plans) SearchEntries(IReadOnlyList<PortalEntry> entries, IReadOnlyList<PortalParts> parts, Func<string, string> label)
    {
        var bySlug = parts.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        var list = new List<Feeds.SearchIndex.Entry>();
        var plans = new List<Feeds.SearchShards.Plan>();
        foreach (var roll in entries.Select(e => e.RollUp).OfType<PlanRollUp>())
        {
            plans.Add(new(roll.Slug, roll.Name, list.Count));
            list.Add(new Feeds.SearchIndex.Entry($"{roll.Slug}:page-plan", label("portal-plan"), roll.Name, $"{roll.Level} {roll.Region} {roll.Contact}", new SitePaths(roll.Slug + "/").Home, roll.Slug));
            if (bySlug.TryGetValue(roll.Slug, out var own))
            {
                list.AddRange(own.Entries.Select(e => e with { Url = $"{own.Slug}/{e.Url}", Plan = own.Slug }));
            }
        }

        return (list, plans);
    }

    /// <summary>Every plan's benchmarks in one calendar, each named with its plan, written by the plans' own writer (<see cref="Ics"/>).</summary>
    /// <param name="baseUrl">Where the portal is published, for each event's address; null leaves them out.</param>
    /// <param name="reminderDays">How many days before each benchmark a subscribed calendar reminds its owner (the portal's reminder_days).</param>
    public static string Calendar(string title, IEnumerable<PortalParts> parts, DateOnly asOf, Uri? baseUrl, int reminderDays = SiteSettings.DefaultReminderDays) =>
        Ics.Calendar("-//PlanPress//Portal calendar//EN", title, parts.SelectMany(part => part.Events.Select(item => Ics.Event(
            new IcsEvent($"{part.Slug}.{item.Id}@{part.Slug}.planpress", item.Day, item.Summary, item.Description, baseUrl is null ? null : new Uri(baseUrl, $"{part.Slug}/{item.Path}")) { ReminderDays = reminderDays },
            asOf))));
}
