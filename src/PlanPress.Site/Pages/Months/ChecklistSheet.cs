namespace PlanPress.Site.Pages;

/// <summary>One month's checklist sheet: what the month page shows and what the booklet prints once per month.</summary>
/// <param name="Activities">The improvement activities due in the month, each once (who is responsible is said beside it).</param>
public sealed record ChecklistSheet(MonthSummary Month, IReadOnlyList<ActivityItem> Activities, IReadOnlyList<ActivityItem> Recurring, IReadOnlyList<ActivityItem> AsNeeded, PairView? Pair)
{
    /// <summary>On a pair's booklet: the steps, milestones and check-ins of their action plan that fall in this month.</summary>
    public IReadOnlyList<PlanStep> PairPlan { get; init; } = [];

    /// <summary>On the last sheet of a pair's booklet: the criteria they agreed to judge the mentoring by.</summary>
    public IReadOnlyList<string> Evaluation { get; init; } = [];

    /// <summary>For each weekly recurring duty (by activity id), a box per week of the month in place of the date blank.</summary>
    public IReadOnlyDictionary<string, WeekBoxes> Weeks { get; init; } = new Dictionary<string, WeekBoxes>();

    /// <summary>On a pair's booklet: the month's work of other roles and people, listed short, without marks.</summary>
    public IReadOnlyList<Group<OtherItem>> Others { get; init; } = [];

    /// <summary>The month's live page and the calendar feed, printed with a QR code at the foot of the sheet; null without a base_url.</summary>
    public LiveAddress? Live { get; init; }

    /// <summary>The meetings logged for the month (on a pair's booklet, theirs) and the form to log one; null without a meeting log.</summary>
    public MeetingLine? Meetings { get; init; }
}

/// <summary>Someone else's task, activity or benchmark on a pair's sheet: its text, and when it is due unless that is just the sheet's month.</summary>
public sealed record OtherItem(string Id, IReadOnlyList<TextSegment> Text, string? When);

/// <summary>One week's box of a weekly duty: the day as a date ("2024-03-01"), short on paper ("Fri 1") and in full for a screen reader.</summary>
public sealed record WeekBox(string Iso, string OnPaper, string Spoken);

/// <summary>A weekly duty's boxes in a month, and whether its wording gives the time (then there is no time blank).</summary>
public sealed record WeekBoxes(IReadOnlyList<WeekBox> Days, bool TimeGiven);

/// <summary>An entry of a pair's action plan on a month's sheet: what kind it is ("Milestone"), its text and its time as written.</summary>
public sealed record PlanStep(string Kind, string Text, string When);

/// <summary>A mentor pair whose names are filled in on a personal booklet.</summary>
public sealed record PairView(string Mentor, string Protege, string Group);
