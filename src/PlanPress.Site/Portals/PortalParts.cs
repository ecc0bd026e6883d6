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

    /// <summary>
    /// Where a plan's parts are kept in its folder of the built portal, so that a rebuild that keeps
    /// the plan (or the assembly of a slice) reads them as they are rather than from its feeds again.
    /// The file holds only what the plan's own search index and calendar publish.
    /// </summary>
    public static string PathIn(string slug) => $"{slug}/.portal-parts";

    /// <summary>The parts as <see cref="PathIn"/> keeps them: the search entries on the first line (JSON has no line break), then the events.</summary>
    public byte[] ToBytes() => Encoding.UTF8.GetBytes(SearchEntries + "\n" + CalendarEvents);

    /// <summary>Parts kept by <see cref="ToBytes"/>; null when the file is missing.</summary>
    public static PortalParts? Read(string slug, string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path);
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? null : new PortalParts(slug, text[..end], text[(end + 1)..]);
    }

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

    /// <summary>
    /// The calendar's benchmarks (the events that are neither a month's task, whose UIDs start
    /// "task-", nor an improvement activity, "activity-": see CalendarFeed), each's summary led by the plan's
    /// name and its UID made the portal's own. A plan's month tasks and duties stay in its own feed:
    /// every plan's would make a district's calendar too large for a calendar program to subscribe to.
    /// </summary>
    private static string Events(string slug, string name, string ics)
    {
        var events = new StringBuilder();
        var current = new StringBuilder();
        var benchmark = false;
        var inEvent = false;
        foreach (var line in IcsLines.Unfold(ics))
        {
            if (line == "BEGIN:VEVENT")
            {
                inEvent = true;
                benchmark = false;
                current.Clear();
            }

            if (!inEvent)
            {
                continue;
            }

            if (line.StartsWith("UID:", StringComparison.Ordinal))
            {
                benchmark = !line.StartsWith("UID:task-", StringComparison.Ordinal) && !line.StartsWith("UID:activity-", StringComparison.Ordinal);
            }

            current.Append(IcsLines.Fold(
                line.StartsWith("SUMMARY:", StringComparison.Ordinal) ? $"SUMMARY:{IcsLines.Escape(name)}: {line["SUMMARY:".Length..]}"
                : line.StartsWith("UID:", StringComparison.Ordinal) ? $"UID:{slug}.{line["UID:".Length..]}"
                : line));
            if (line == "END:VEVENT")
            {
                inEvent = false;
                if (benchmark)
                {
                    events.Append(current);
                }
            }
        }

        return events.ToString();
    }
}
