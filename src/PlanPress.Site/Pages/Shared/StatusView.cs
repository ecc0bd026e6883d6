using PlanPress.Model.ActionPlans;

namespace PlanPress.Site.Pages;

/// <summary>A status as shown: text always, with an icon that repeats it (never colour alone).</summary>
public sealed record StatusView(string Key, string Label, string Icon)
{
    public static StatusView Of(Status status, Translations text) => status switch
    {
        Status.Met => new("met", text["status-met"], "✓"),
        Status.InProgress => new("in-progress", text["status-in-progress"], "◐"),
        Status.NotMet => new("not-met", text["status-not-met"], "✗"),
        _ => new("not-started", text["status-not-started"], "○"),
    };
}
