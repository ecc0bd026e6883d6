using PlanPress.Model.ActionPlans;

namespace PlanPress.Site.Pages;

/// <summary>A month's checklist sheet, with the months before and after.</summary>
public sealed class MonthPage : PageModel
{
    public override string Template => "Month.cshtml";

    public required ChecklistSheet Sheet { get; init; }

    public override string Description => T("description-month", Heading, Site.Title);

    public required Link? Previous { get; init; }

    public required Link? Next { get; init; }

    /// <summary>On the current month's page, what is overdue; none on the others.</summary>
    public OverdueList Overdue { get; init; } = OverdueList.None;
}

/// <summary>Every month's checklist sheet, each printed on a sheet of its own: the year's booklet, or a pair's.</summary>
public sealed class BookletPage : PageModel
{
    public override string Template => "Booklet.cshtml";

    public required IReadOnlyList<ChecklistSheet> Sheets { get; init; }

    /// <summary>The pair's filled Mentoring Action Plan, printed before their months; null on the year's booklet.</summary>
    public IReadOnlyList<MapSection>? Map { get; init; }
}

/// <summary>The whole year at once: every month with its phase and tasks.</summary>
public sealed class YearPage : PageModel
{
    public override string Template => "Year.cshtml";

    public required IReadOnlyList<MonthSummary> Months { get; init; }
}

/// <summary>A role or a person: who they are, what they do month by month, and the benchmarks they are responsible for.</summary>
public sealed class RolePage : PageModel
{
    public override string Template => "Role.cshtml";

    public required string Responsibilities { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>For a role, the people who hold it; for a person, their roles.</summary>
    public required IReadOnlyList<Link> Related { get; init; }

    public required string RelatedLabel { get; init; }

    public required IReadOnlyList<MonthSummary> Months { get; init; }

    /// <summary>Activities carried out over several months, listed once with their span rather than in every month.</summary>
    public required IReadOnlyList<ActivityItem> Spanning { get; init; }

    public required IReadOnlyList<BenchmarkItem> Benchmarks { get; init; }

    public required IReadOnlyList<ActivityItem> Recurring { get; init; }

    public required IReadOnlyList<ActivityItem> AsNeeded { get; init; }

    public required IReadOnlyList<ActivityItem> TimingNotSet { get; init; }

    /// <summary>The role's own calendar feed; null for a person.</summary>
    public required string? CalendarPath { get; init; }
}

/// <summary>404.html: where to go instead.</summary>
public sealed class NotFoundPage : PageModel
{
    public override string Template => "NotFound.cshtml";
}

/// <summary>All initiatives of the action plan with their progress.</summary>
public sealed class ActionPlanPage : PageModel
{
    public override string Template => "ActionPlan.cshtml";

    public required IReadOnlyList<ProgressRow> Progress { get; init; }

    /// <summary>Each initiative with its strategic objective.</summary>
    public required IReadOnlyList<LinkWithNote> Initiatives { get; init; }
}

/// <summary>One strategic initiative: objective, implementation, key terms, both benchmark tables, resources.</summary>
public sealed class InitiativePage : PageModel
{
    public override string Template => "Initiative.cshtml";

    public required string Title { get; init; }

    public required string Objective { get; init; }

    public required string Implementation { get; init; }

    public required IReadOnlyList<KeyTerm> KeyTerms { get; init; }

    public required IReadOnlyList<BenchmarkItem> Process { get; init; }

    public required IReadOnlyList<BenchmarkItem> EarlyEvidence { get; init; }

    public required IReadOnlyList<Resource> Resources { get; init; }

    public required ProgressRow Progress { get; init; }
}

/// <summary>An improvement target with its activities.</summary>
public sealed record TargetView(string Id, IReadOnlyList<TextSegment> Statement, string TimelineText, IReadOnlyList<ActivityItem> Activities);

/// <summary>One improvement goal: its statement, the data conclusion it answers, its targets and their activities.</summary>
public sealed class GoalPage : PageModel
{
    public override string Template => "Goal.cshtml";

    public required string Id { get; init; }

    public required IReadOnlyList<TextSegment> Statement { get; init; }

    public required string DataConclusion { get; init; }

    public required IReadOnlyList<TargetView> Targets { get; init; }
}

/// <summary>A goal in the list of goals: its link and its targets.</summary>
public sealed record GoalSummary(Link Goal, IReadOnlyList<string> Targets);

/// <summary>The improvement plan: every goal and its targets.</summary>
public sealed class ImprovementPlanPage : PageModel
{
    public override string Template => "ImprovementPlan.cshtml";

    public required IReadOnlyList<GoalSummary> Goals { get; init; }
}

/// <summary>A glossary entry as shown, with the anchor terms link to.</summary>
public sealed record GlossaryItem(string Slug, string Term, string Definition);

/// <summary>Every defined term: the Glossary sheet, action plan key terms and improvement plan footnotes.</summary>
public sealed class GlossaryPage : PageModel
{
    public override string Template => "Glossary.cshtml";

    public required IReadOnlyList<GlossaryItem> Entries { get; init; }
}

/// <summary>A resource as shown.</summary>
public sealed record ResourceItem(string Name, string Kind, string Initiative, string Notes);

/// <summary>Everything the plan needs, grouped by kind and by initiative.</summary>
public sealed class ResourcesPage : PageModel
{
    public override string Template => "Resources.cshtml";

    public required IReadOnlyList<Group<ResourceItem>> ByKind { get; init; }

    public required IReadOnlyList<Group<ResourceItem>> ByInitiative { get; init; }
}

/// <summary>Every role and person, with what each role is responsible for.</summary>
public sealed class RolesPage : PageModel
{
    public override string Template => "Roles.cshtml";

    /// <summary>Each role with its responsibilities.</summary>
    public required IReadOnlyList<LinkWithNote> Roles { get; init; }

    public required IReadOnlyList<Link> People { get; init; }
}

/// <summary>A narrative page from content/pages, its Markdown rendered as safe HTML.</summary>
public sealed class ArticlePage : PageModel
{
    public override string Template => "Article.cshtml";

    public required string Summary { get; init; }

    public required string BodyHtml { get; init; }
}

/// <summary>The search page: a form, and results found in the browser from the search index.</summary>
public sealed class SearchPage : PageModel
{
    public override string Template => "Search.cshtml";

    public required string IndexPath { get; init; }
}
