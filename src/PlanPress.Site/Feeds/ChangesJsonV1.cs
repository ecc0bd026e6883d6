using System.Globalization;
using System.Text.Json;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.History;

namespace PlanPress.Site.Feeds;

/// <summary>
/// Reads a history of the first format (before version 2), which keyed items by their words and kept
/// each change's title: its items and changes are carried over by key, their words left behind.
/// </summary>
internal static class ChangesJsonV1
{
    public static ChangeLog Read(JsonElement root)
    {
        var state = root.GetProperty("state").EnumerateArray().Select(Item).ToList();
        var digests = state.Select(i => (Old: OldKey(i), i.Words)).ToDictionary(p => p.Old, p => p.Words, StringComparer.Ordinal);
        var changes = root.GetProperty("changes").EnumerateArray().Select(c => Change(c, digests)).ToList();
        return new ChangeLog(Date(root.GetProperty("started")), state, changes);
    }

    private static TrackedItem Item(JsonElement item)
    {
        var kind = Enum.Parse<TrackedKind>(item.GetProperty("kind").GetString()!);
        var facts = item.GetProperty("facts");
        string Fact(string name) => facts.TryGetProperty(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;
        var due = DateOnly.TryParseExact(Fact("due"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        var title = item.GetProperty("title").GetString()!;
        return new TrackedItem(
            kind,
            Group(item.GetProperty("group").GetString()!),
            TrackedItem.Digest(title),
            item.GetProperty("itemId").GetString()!,
            title,
            new ItemFacts(
                Status: Enum.TryParse<Status>(Fact("status"), out var status) ? status : null,
                Due: due,
                DueText: due is null ? Fact("due") : string.Empty,
                Month: kind == TrackedKind.Task ? YearMonth.FromKey(Fact("month")) : null,
                Timeline: kind == TrackedKind.Activity ? Fact("month") : string.Empty,
                Who: Fact("who"),
                People: Fact("people")));
    }

    private static Change Change(JsonElement change, Dictionary<string, string> digests)
    {
        var kind = Enum.Parse<TrackedKind>(change.GetProperty("kind").GetString()!);
        var key = change.GetProperty("key").GetString()!;
        var what = change.GetProperty("what").GetString()! switch
        {
            "month" when kind == TrackedKind.Activity => ChangeWhat.Timeline,
            var named => Enum.Parse<ChangeWhat>(named, ignoreCase: true),
        };
        FactValue? Value(string name)
        {
            var text = change.GetProperty(name).GetString() ?? string.Empty;
            return what switch
            {
                ChangeWhat.Status when Enum.TryParse<Status>(text, out var status) => new FactValue(Status: status),
                ChangeWhat.Due when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => new FactValue(Day: day),
                ChangeWhat.Month when YearMonth.FromKey(text) is { } month => new FactValue(Month: month),
                _ => null,
            };
        }

        // A key was "kind:place:folded words" ("role:slug" for a role): the words become their digest.
        var words = digests.GetValueOrDefault(key) ?? TrackedItem.Digest(key[(key.IndexOf(':', key.IndexOf(':') + 1) + 1)..]);
        return new Change(Date(change.GetProperty("date")), kind, Group(change.GetProperty("group").GetString()!), words, what, Value("old"), Value("new"));
    }

    private static string OldKey(TrackedItem item) => item.Kind switch
    {
        TrackedKind.Role => "role:" + item.Id,
        _ => $"{item.Kind.ToString().ToLowerInvariant()}:{item.Group.Id}:{Model.Text.Fold.Words(item.Title)}",
    };

    private static HistoryGroup Group(string group)
    {
        var colon = group.IndexOf(':');
        var (kind, id) = colon < 0 ? (group, string.Empty) : (group[..colon], group[(colon + 1)..]);
        return new HistoryGroup(Enum.Parse<GroupKind>(kind, ignoreCase: true), id);
    }

    private static DateOnly Date(JsonElement date) => DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
