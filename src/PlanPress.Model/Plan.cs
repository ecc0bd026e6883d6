using PlanPress.Model.ActionPlans;
using PlanPress.Model.Calendar;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Glossary;
using PlanPress.Model.Improvement;
using PlanPress.Model.Pages;
using PlanPress.Model.Pairs;
using PlanPress.Model.Resources;
using PlanPress.Model.Roles;

namespace PlanPress.Model;

/// <summary>
/// The resolved plan: every month of the program, its phases, roles and people, calendar tasks,
/// action plan initiatives, improvement goals, resources, glossary and narrative pages.
/// </summary>
public sealed record Plan(
    SiteSettings Settings,
    IReadOnlyList<YearMonth> Months,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Person> People,
    IReadOnlyList<CalendarTask> Tasks,
    IReadOnlyList<Initiative> Initiatives,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<PlanResource> Resources,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<NarrativePage> Pages)
{
    public IEnumerable<Benchmark> Benchmarks => Initiatives.SelectMany(i => i.Benchmarks);

    public IEnumerable<Activity> Activities => Goals.SelectMany(g => g.Activities);

    /// <summary>The mentor pairs, for their personal booklets. The site's pages never read them: names are personal.</summary>
    public IReadOnlyList<Pair> Pairs { get; init; } = [];

    /// <summary>The meetings pairs logged through the form (site.yml's meeting_log); none without one.</summary>
    public Meetings.MeetingLog Meetings { get; init; } = Model.Meetings.MeetingLog.None;

    /// <summary>The roles a mentor pair holds (Mentor, Protégé), whose items fill a pair's booklet; empty when the plan names none.</summary>
    public IReadOnlyList<Role> PairRoles { get; init; } = [];

    public IEnumerable<Phase> PhasesIn(YearMonth month) => Phases.Where(p => p.Covers(month));

    /// <summary>The calendar's tasks with no month of one kind: to be decided, or ongoing.</summary>
    public IEnumerable<CalendarTask> UndatedOf(SpanKind kind) => Undated.Where(t => t.When?.Kind == kind);

    /// <summary>The calendar's tasks with no month yet ("TBD") or none at all ("ongoing"): listed on the year page under their own headings.</summary>
    public IReadOnlyList<CalendarTask> Undated { get; init; } = [];

    /// <summary>The content folder as the user named it, which every source location's file starts with.</summary>
    public string ContentFolder { get; init; } = string.Empty;

    /// <summary>The plan's text cells with their translations, when site.yml names more than one language.</summary>
    public Languages.PlanTexts Texts { get; init; } = Languages.PlanTexts.None;

    /// <summary>Where an item came from, as it may be published: its file relative to the content folder, never a path of the build machine.</summary>
    public string PublishedSource(SourceLocation source) =>
        (source with { File = System.IO.Path.GetRelativePath(ContentFolder.Length == 0 ? "." : ContentFolder, source.File).Replace('\\', '/') }).ToString();
}

/// <summary>Everything read from the content folder, not yet resolved.</summary>
public sealed record PlanSource(
    SiteSettings Settings,
    IReadOnlyList<CalendarRow> CalendarRows,
    IReadOnlyList<RoleRow> RoleRows,
    IReadOnlyList<InitiativeSource> Initiatives)
{
    public IReadOnlyList<ImprovementRow> ImprovementRows { get; init; } = [];

    /// <summary>Glossary sheet rows and improvement plan footnotes; action plan key terms are added when resolving.</summary>
    public IReadOnlyList<TermRow> Terms { get; init; } = [];

    public IReadOnlyList<PlanResourceRow> ResourceRows { get; init; } = [];

    public IReadOnlyList<NarrativePage> Pages { get; init; } = [];

    /// <summary>Rows of the Pairs sheet: personal, for booklets only.</summary>
    public IReadOnlyList<PairRow> PairRows { get; init; } = [];

    /// <summary>Rows of the pairs' Mentoring Action Plan sheets: personal, for booklets only.</summary>
    public IReadOnlyList<MapRow> MapRows { get; init; } = [];

    /// <summary>The meeting-log form's responses: personal, counted on the site and listed in the pairs' booklets only.</summary>
    public IReadOnlyList<Meetings.MeetingRow> MeetingRows { get; init; } = [];

    /// <summary>The text cells read, with their paired columns in other languages.</summary>
    public IReadOnlyList<Languages.TextCell> Texts { get; init; } = [];

    /// <summary>The content folder as the user named it.</summary>
    public string ContentFolder { get; init; } = string.Empty;
}
