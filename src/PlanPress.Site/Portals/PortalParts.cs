using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanPress.Site.Portals;

/// <summary>
/// What the portal's search and calendar take from one plan's own feeds: its planning entries for
/// the portal's search (each marked with the plan) and its calendar's events (each named with the
/// plan). Taken from the plan's search-index.js and calendar.ics as built, or as the previous build
/// or a slice left them, so that the portal's feeds come out the same however the plan got there.
/// </summary>
public sealed record PortalParts(string Slug, string SearchEntries, string CalendarEvents)
{
    private const string IndexStart = "window.planpressSearchIndex = ";

    /// <summary>How the search entries are written: as the plans' own index writes them.</summary>
    public static readonly JsonSerializerOptions JsonText = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The folders of a plan whose entries the portal's search holds: the plans' contents, not each month's tasks.</summary>
    private static readonly string[] Searched = ["initiatives/", "goals/", "pages/"];

    /// <param name="searchIndex">The plan's search-index.js; empty when it has none.</param>
    /// <param name="calendar">The plan's calendar.ics; empty when it has none.</param>
    public static PortalParts From(string slug, string name, ReadOnlySpan<byte> searchIndex, ReadOnlySpan<byte> calendar) =>
        new(slug, Entries(slug, name, Encoding.UTF8.GetString(searchIndex)), Events(slug, name, Encoding.UTF8.GetString(calendar)));

    private static string Entries(string slug, string name, string script)
    {
        var entries = new JsonArray();
        if (script.StartsWith(IndexStart, StringComparison.Ordinal))
        {
            var json = script[IndexStart.Length..].TrimEnd().TrimEnd(';');
            foreach (var entry in JsonNode.Parse(json)!.AsArray().OfType<JsonObject>())
            {
                var url = (string?)entry["url"] ?? string.Empty;
                if (Searched.Any(folder => url.StartsWith($"{slug}/{folder}", StringComparison.Ordinal)))
                {
                    entries.Add(new JsonObject
                    {
                        ["id"] = $"{slug}:{entry["id"]}",
                        ["kind"] = $"{name} · {entry["kind"]}",
                        ["title"] = (string?)entry["title"],
                        ["text"] = (string?)entry["text"],
                        ["url"] = url,
                        ["plan"] = slug,
                    });
                }
            }
        }

        var text = entries.ToJsonString(JsonText);
        return text[1..^1];
    }

    /// <summary>The calendar's events, each's summary led by the plan's name and its UID made the portal's own.</summary>
    private static string Events(string slug, string name, string ics)
    {
        var first = ics.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal);
        var last = ics.LastIndexOf("END:VEVENT\r\n", StringComparison.Ordinal);
        if (first < 0 || last < 0)
        {
            return string.Empty;
        }

        var events = new StringBuilder();
        foreach (var line in IcsLines.Unfold(ics[first..(last + "END:VEVENT\r\n".Length)]))
        {
            events.Append(IcsLines.Fold(
                line.StartsWith("SUMMARY:", StringComparison.Ordinal) ? $"SUMMARY:{IcsLines.Escape(name)}: {line["SUMMARY:".Length..]}"
                : line.StartsWith("UID:", StringComparison.Ordinal) ? $"UID:{slug}.{line["UID:".Length..]}"
                : line));
        }

        return events.ToString();
    }
}
