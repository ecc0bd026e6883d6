using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlanPress.Model;

namespace PlanPress.Site.Portals;

/// <summary>The portal's plan.json: every plan's state and roll-up.</summary>
public sealed record PortalJsonFile(string Title, string Organisation, string Language, DateOnly AsOf, IReadOnlyList<PortalEntry> Plans);

/// <summary>
/// What a portal build leaves for the next one, and what a slice's build leaves for the assembly:
/// each plan's inputs' fingerprint, its state and roll-up. Public data only: no plan's private rows.
/// </summary>
/// <param name="Fingerprint">What the plans' pages were built from besides their own inputs: the tool, the theme, the as-of date, the portal's settings.</param>
public sealed record PortalState(string Fingerprint, IReadOnlyList<PortalStatePlan> Plans);

/// <param name="Inputs">A fingerprint of the plan's own inputs (every file of its folder, its site.yml); empty when it must always be built again (it fetches sources).</param>
public sealed record PortalStatePlan(string Inputs, PortalEntry Entry);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true)]
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

    /// <summary>The state a previous build left, or null when there is none or it cannot be read (everything is then built).</summary>
    public static PortalState? ReadState(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), Json.PortalState) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>One entry per plan (its name, level and region), then each plan's planning entries, each marked with its plan.</summary>
    public static string SearchIndex(IReadOnlyList<PortalEntry> entries, IReadOnlyList<PortalParts> parts, Func<string, string> label)
    {
        var text = new StringBuilder("window.planpressSearchIndex = [");
        var first = true;
        void Add(string json)
        {
            if (json.Length == 0)
            {
                return;
            }

            text.Append(first ? string.Empty : ",").Append(json);
            first = false;
        }

        foreach (var roll in entries.Select(e => e.RollUp).OfType<PlanRollUp>())
        {
            var entry = new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = $"{roll.Slug}:page-plan",
                ["kind"] = label("portal-plan"),
                ["title"] = roll.Name,
                ["text"] = $"{roll.Level} {roll.Region} {roll.Contact}",
                ["url"] = roll.Home,
                ["plan"] = roll.Slug,
            };
            Add(entry.ToJsonString(PortalParts.JsonText));
        }

        foreach (var part in parts)
        {
            Add(part.SearchEntries);
        }

        return text.Append("];\n").ToString();
    }

    /// <summary>Every plan's benchmarks in one calendar, each named with its plan.</summary>
    public static string Calendar(string title, IEnumerable<PortalParts> parts)
    {
        var text = new StringBuilder("BEGIN:VCALENDAR\r\nPRODID:-//PlanPress//Portal calendar//EN\r\nVERSION:2.0\r\n");
        text.Append(IcsLines.Fold($"X-WR-CALNAME:{IcsLines.Escape(title)}"));
        foreach (var part in parts)
        {
            text.Append(part.CalendarEvents);
        }

        return text.Append("END:VCALENDAR\r\n").ToString();
    }
}
