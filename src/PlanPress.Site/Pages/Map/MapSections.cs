using PlanPress.Model.Pairs;

namespace PlanPress.Site.Pages;

/// <summary>The Mentoring Action Plan's sections and fields (seed 003), blank or filled with a pair's entries.</summary>
public static class MapSections
{
    /// <summary>The field of the Mentoring Action Plan each part of a pair's plan is written in.</summary>
    private static readonly Dictionary<MapPart, string> Fields = new()
    {
        [MapPart.ShortTermGoal] = "short-term",
        [MapPart.LongTermGoal] = "long-term",
        [MapPart.Strength] = "current-skills",
        [MapPart.AreaToImprove] = "areas-to-improve",
        [MapPart.ActionStep] = "activities",
        [MapPart.Milestone] = "milestones",
        [MapPart.CheckIn] = "meetings",
        [MapPart.Tool] = "tools",
        [MapPart.Training] = "training",
        [MapPart.Network] = "networks",
        [MapPart.Support] = "support",
        [MapPart.FeedbackChannel] = "channels",
        [MapPart.FeedbackSchedule] = "schedule",
        [MapPart.SuccessIndicator] = "indicators",
        [MapPart.AnticipatedChange] = "changes",
        [MapPart.Adaptation] = "adaptation",
    };

    /// <summary>
    /// The sections and fields in the template's order, in the site's language: blank, or with a
    /// pair's entries in their fields (and ruled lines left where they wrote nothing). The meetings
    /// and other-support fields are there only when filled in.
    /// </summary>
    public static List<MapSection> Of(Translations t, Pair? pair)
    {
        IReadOnlyList<MapValue> Values(string name) =>
            pair?.Map.Where(e => Fields[e.Part] == name).Select(e => new MapValue(e.Text, e.When)).ToList() ?? [];
        MapField Lines(string name, int lines) => new(name, t["map-" + name], lines) { Values = Values(name) };
        MapField Box(string name) => new(name, t["map-" + name], 0);
        MapField[] IfFilled(string name) => Values(name).Count > 0 ? [Lines(name, 1)] : [];
        MapSection Section(string id, string number, params MapField[] fields) => new(id, number, t["map-" + id], t.Has("map-" + id + "-intro") ? t["map-" + id + "-intro"] : null, fields);
        return
        [
            Section("goals", "I", Lines("short-term", 3), Lines("long-term", 3)),
            Section("strengths", "II", Lines("current-skills", 3), Lines("areas-to-improve", 3)),
            Section("action-steps", "III", Lines("activities", 4)),
            Section("timeline", "IV", Lines("milestones", 4)),
            Section("check-ins", "V", [.. IfFilled("meetings"), Box("monthly"), Box("quarterly"), Lines("other-interval", 1), Box("progress-review"), Box("challenges"), Box("plan-adjustment")]),
            Section("resources", "VI", [Lines("tools", 2), Lines("training", 2), Lines("networks", 2), .. IfFilled("support")]),
            Section("feedback", "VII", Lines("channels", 2), Lines("schedule", 1)),
            Section("evaluation", "VIII", Lines("indicators", 3)),
            Section("flexibility", "IX", Lines("changes", 2), Lines("adaptation", 2)),
            Section("questions", "X", Lines("q-skills", 2), Lines("q-knowledge", 2), Lines("q-partnerships", 2), Lines("q-success", 2), Lines("q-activities", 2), Lines("q-feasible", 2), Lines("q-apply", 2)),
            Section("focus", "XI", Box("expertise"), Box("relationships"), Box("navigating")),
        ];
    }

    /// <summary>An entry of a pair's plan on a month's sheet, named by its kind: "Action step", "Milestone", "Check-in", or its field.</summary>
    public static PlanStep Step(Translations t, MapEntry entry) => new(
        entry.Part switch
        {
            MapPart.ActionStep => t["map-action-step"],
            MapPart.Milestone => t["map-milestone"],
            MapPart.CheckIn => t["map-check-in"],
            _ => t["map-" + Fields[entry.Part]],
        },
        entry.Text,
        entry.When);
}
