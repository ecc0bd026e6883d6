using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Calendar;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Glossary;
using PlanPress.Model.Improvement;
using PlanPress.Model.Pages;
using PlanPress.Model.Pairs;
using PlanPress.Model.Resources;
using PlanPress.Model.Roles;
using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages;

/// <summary>
/// A small plan written as a coordinator would fill the sheets in, resolved by the model, for the
/// page builders' tests: three months, three roles, an initiative, a goal, a pair, a term, a page.
/// </summary>
public static class SmallPlan
{
    private static readonly SourceLocation Here = new("plan.xlsx", "Sheet", "A1");

    private static SourceCell Cell(string text) => new(text, Here);

    public static readonly Plan Plan = Resolve();

    /// <summary>The context every builder gets, as of <paramref name="asOf"/> (December 15, 2023 unless given).</summary>
    public static PageContext Context(DateOnly? asOf = null, SitePaths? paths = null) =>
        new(Plan, asOf ?? new DateOnly(2023, 12, 15), Translations.Load(Repository.Theme, "en").Translations, paths ?? SitePaths.Root);

    private static Plan Resolve()
    {
        var source = new PlanSource(
            new SiteSettings("Mentoring Plan", "Riverside Middle School", "2023–24", new Model.Dates.YearMonth(2023, 10), "en", "https://example.github.io/plan/"),
            [
                Calendar("October 2023", "Needs assessment", "Carry out a CBAM needs assessment", "Coordinator"),
                Calendar("October 2023", "Needs assessment", "Meet your protégé", "Mentor"),
                Calendar("November 2023", "Matching", "Agree when to meet", "Mentor & Protégé"),
                Calendar("December 2023", "Matching", "Write the term's report", "Coordinator"),
            ],
            [
                new RoleRow(Cell("Program Coordinator"), Cell("Coordinator"), Cell("Runs the program."), Cell("J. Rivera")),
                new RoleRow(Cell("Mentor"), Cell("Mentors"), Cell("Meets a protégé each week."), Cell(string.Empty)),
                new RoleRow(Cell("Protégé"), Cell("Mentee"), Cell("Learns."), Cell(string.Empty)),
            ],
            [
                new InitiativeSource(
                    Cell("Strategic objective 1"),
                    Cell("Every learner has a mentor"),
                    Cell("Launch the mentoring program"),
                    Cell("Pairs meet weekly."),
                    [],
                    [
                        new BenchmarkRow(BenchmarkKind.Process, Cell("Survey sent to families"), Cell("Coordinator"), Cell("10/31/2023"), Cell("Met")),
                        new BenchmarkRow(BenchmarkKind.Process, Cell("Matching report written"), Cell("Coordinator"), Cell("Nov 2023"), Cell("In progress")),
                        new BenchmarkRow(BenchmarkKind.Process, Cell("Old plan's reading audit"), Cell("Coordinator"), Cell("6/30/2021"), Cell("In progress")),
                        new BenchmarkRow(BenchmarkKind.EarlyEvidence, Cell("Attendance rises"), Cell("Mentor"), Cell("by end of Q2"), Cell("Not started")),
                    ],
                    []),
            ])
        {
            ImprovementRows =
            [
                Improvement("1", "Improve the mentoring itself", string.Empty, string.Empty),
                Improvement("1A", "Mentors are trained", string.Empty, string.Empty),
                Improvement("1A1", "Log each session", "each week by Friday, 4 pm", "Mentor"),
                Improvement("1A2", "Hold the first training", "month 2, year 1", "Coordinator"),
            ],
            Terms = [new TermRow(Cell("CBAM"), Cell("Concerns-Based Adoption Model"))],
            ResourceRows = [new PlanResourceRow(Cell("Training room"), Cell("Time"), Cell("Launch the mentoring program"), Cell("Tuesdays"))],
            Pages = [new NarrativePage("barriers", "Barriers", 1, "What stands in the way.", "Some **families** work late.", Here)],
            PairRows = [new PairRow(Cell("Dana Whitfield"), Cell("Marco Alvarez"), Cell("November 2023"), Cell(string.Empty))],
        };
        var resolution = PlanResolver.Resolve(source);
        Assert.DoesNotContain(resolution.Diagnostics, d => d.Severity == Severity.Error);
        return resolution.Plan;
    }

    private static CalendarRow Calendar(string month, string phase, string task, string who) =>
        new(Cell(month), Cell(phase), Cell(task), Cell(who), Cell(string.Empty));

    private static ImprovementRow Improvement(string id, string statement, string timeline, string who) =>
        new(Cell(id), Cell(statement), Cell(timeline), Cell(who), Cell(string.Empty));

    /// <summary>The one page of its type a builder built.</summary>
    public static TPage Only<TPage>(IPageBuilder builder, PageContext? context = null) where TPage : PageModel =>
        Assert.IsType<TPage>(Assert.Single(builder.Build(context ?? Context())));

    /// <summary>Every item's id in the groups, in order.</summary>
    public static List<string> Ids<TItem>(IEnumerable<Group<TItem>> groups, Func<TItem, string> id) =>
        groups.SelectMany(g => g.Items).Select(id).ToList();
}
