using System.Text.RegularExpressions;
using PlanPress.Model.Text;

namespace PlanPress.Model.Pairs;

/// <summary>The parts of a pair's Mentoring Action Plan (seed 003), in the template's order.</summary>
public enum MapPart
{
    ShortTermGoal,
    LongTermGoal,
    Strength,
    AreaToImprove,
    ActionStep,
    Milestone,
    CheckIn,
    Tool,
    Training,
    Network,
    Support,
    FeedbackChannel,
    FeedbackSchedule,
    SuccessIndicator,
    AnticipatedChange,
    Adaptation,
}

/// <summary>The words a MAP sheet names its parts with: the template's headings and the usual variants.</summary>
public static partial class MapParts
{
    private static readonly (MapPart Part, string[] Names)[] Names =
    [
        (MapPart.ShortTermGoal, ["Short-term goal", "Short term goals", "Goal", "Goals", "Goal setting"]),
        (MapPart.LongTermGoal, ["Long-term goal", "Long term goals", "Career aspiration"]),
        (MapPart.Strength, ["Current skill", "Strength", "Current skills and strengths", "Skill"]),
        (MapPart.AreaToImprove, ["Area for improvement", "Areas to improve", "Area to improve", "Improvement area", "Development area"]),
        (MapPart.ActionStep, ["Action step", "Specific activity", "Activity", "Step", "Action"]),
        (MapPart.Milestone, ["Milestone", "Milestones and deadlines", "Deadline", "Timeline"]),
        (MapPart.CheckIn, ["Check-in", "Check-in point", "Check-in points", "Meeting", "Review meeting"]),
        (MapPart.Tool, ["Tool", "Tools"]),
        (MapPart.Training, ["Training", "Course"]),
        (MapPart.Network, ["Network", "Networks", "Contact"]),
        (MapPart.Support, ["Resource", "Resources and support", "Support"]),
        (MapPart.FeedbackChannel, ["Feedback", "Feedback mechanism", "Feedback channel", "Channel"]),
        (MapPart.FeedbackSchedule, ["Feedback schedule", "Schedule"]),
        (MapPart.SuccessIndicator, ["Evaluation criteria", "Evaluation criterion", "Evaluation", "Success indicator", "Measurable success indicator", "Indicator"]),
        (MapPart.AnticipatedChange, ["Anticipated change", "Flexibility", "Change"]),
        (MapPart.Adaptation, ["Adaptation strategy", "Adaptation"]),
    ];

    /// <summary>The part a cell names, whatever its case, accents, plural, numbering ("III. Action Steps") or trailing colon; null when it names none.</summary>
    public static MapPart? Read(string text)
    {
        return BySingular.TryGetValue(Singular(Numbering().Replace(text.Trim(), string.Empty)), out var part) ? part : null;
    }

    /// <summary>Every name, folded and singular, with its part: made once, not for every cell read.</summary>
    private static readonly Dictionary<string, MapPart> BySingular = Names
        .SelectMany(n => n.Names.Select(name => (Key: Singular(name), n.Part)))
        .DistinctBy(n => n.Key)
        .ToDictionary(n => n.Key, n => n.Part, StringComparer.Ordinal);

    /// <summary>The first name of each part, for messages and drop-down lists.</summary>
    public static IReadOnlyList<string> Accepted { get; } = Names.Select(n => n.Names[0]).ToList();

    private static readonly string[] AllNames = Names.SelectMany(n => n.Names).ToArray();

    public static string? Closest(string text) => Text.Closest.Match(text, AllNames);

    /// <summary>"Areas for Improvement" → "area for improvement": folded, each word singular, so plurals match wherever they are.</summary>
    private static string Singular(string text) =>
        string.Join(' ', Fold.Words(text).Split(' ').Select(w =>
            w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4 ? w[..^3] + "y"
            : w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length >= 3 ? w[..^1]
            : w));

    [GeneratedRegex(@"^(?:[IVX]+|\d{1,2}|[a-z])[.)]\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();
}
