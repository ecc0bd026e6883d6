using System.Globalization;
using PlanPress.Import.Workbooks;
using PlanPress.Model.Pairs;

namespace PlanPress.Starter;

/// <summary>
/// The starter content <c>planpress new</c> writes: site.yml, the calendar (with its Roles sheet),
/// action plan and improvement plan workbooks laid out the way PlanPress reads them, with a few
/// example rows, frozen headers and drop-down lists, and one example page.
/// </summary>
public static class StarterProject
{
    public const string ContentFolder = "content";

    private const string RolesRange = "Roles!$A$2:$A$100";
    private const string StatusList = "\"Not started,In progress,Met,Not met\"";

    /// <summary>The files written, by path from the project folder, each with how to write it.</summary>
    public static IReadOnlyList<(string Path, Action<string> Write)> Files(DateOnly today) =>
    [
        ($"{ContentFolder}/site.yml", path => File.WriteAllText(path, SiteYml(today))),
        ($"{ContentFolder}/calendar.xlsx", path => WorkbookWriter.Save(path, [Calendar(), Roles()])),
        ($"{ContentFolder}/{PairsWorkbook}", path => WorkbookWriter.Save(path, [Pairs(), MentoringActionPlans()])),
        ($"{ContentFolder}/action-plan.xlsx", path => WorkbookWriter.Save(path, [ActionPlan(), Lists()])),
        ($"{ContentFolder}/improvement-plan.xlsx", path => WorkbookWriter.Save(path, [ImprovementPlan(), Lists()])),
        ($"{ContentFolder}/pages/about.md", path => File.WriteAllText(path, AboutPage)),
        (GitIgnoreFile, MergeGitIgnore),
    ];

    /// <summary>The one starter file merged into an existing one rather than refused: its lines are added where missing.</summary>
    public const string GitIgnoreFile = ".gitignore";

    private static void MergeGitIgnore(string path)
    {
        var existing = File.Exists(path) ? File.ReadAllLines(path) : [];
        var missing = GitIgnore.Split('\n').Where(line => line.Length > 0 && !existing.Contains(line)).ToList();
        if (existing.Length == 0)
        {
            File.WriteAllText(path, GitIgnore);
        }
        else if (missing.Count > 0)
        {
            File.AppendAllText(path, Environment.NewLine + string.Join(Environment.NewLine, missing) + Environment.NewLine);
        }
    }

    /// <summary>The pairs' names and action plans: personal, in a workbook of their own that git ignores.</summary>
    public const string PairsWorkbook = "pairs.xlsx";

    private const string GitIgnore = $"""
        # What PlanPress writes: the site is built and published by the workflow (a portal's in slices), booklets and PDFs are personal.
        site-output/
        slice-*/
        booklets/
        pdf/
        # A build writes each of them into a hidden folder beside it first (left behind only if the build is killed).
        .site-output.*
        .booklets.*
        .pdf.*
        # The pairs' names and Mentoring Action Plans are personal: never pushed to a repository others can read
        # (a plan's own, and each plan's of a portal).
        {ContentFolder}/{PairsWorkbook}
        **/{PairsWorkbook}
        # Spreadsheet lock files
        ~$*
        .~lock.*#

        """;

    public static string SiteYml(DateOnly today) => $"""
        # The plan as a whole. Months may be written "October 2024", "Oct 2024" or "2024-10".
        title: Our Mentoring Program
        # What the plan is, in a sentence or two, on the home page.
        description: How our school matches each learner with a mentor, month by month.
        organisation: Our School
        timeframe: {today.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} – {today.AddMonths(11).ToString("MMMM yyyy", CultureInfo.InvariantCulture)}
        # Month 1 of the program; "Month 2" or "month 2, year 1" in the workbooks count from here.
        program_start: {today.ToString("yyyy-MM", CultureInfo.InvariantCulture)}
        # en or es: month names, dates and the order of day and month in dates such as 3/4/2025.
        language: en
        # The plan in two languages, the workbooks' own first: add "Task (es)" beside "Task" and so on
        # (see "A plan in two languages" in docs/settings.md of PlanPress), then use, in place of language:
        # languages: [en, es]
        # The published address: the sitemap, the calendar feeds and the QR codes on printed sheets use it.
        base_url: https://example.github.io/our-plan/
        # How many days a benchmark due now may keep its status before its page says "No update since …".
        stale_after: 60 days
        # How many days before each task and benchmark a subscribed calendar reminds its owner (0 for none).
        reminder_days: 7
        # A workbook kept in Google Sheets, OneDrive or SharePoint can be read where it is: list its
        # download address (see "Shared spreadsheets" in docs/settings.md of PlanPress), e.g.
        # sources:
        #   - url: https://docs.google.com/spreadsheets/d/YOUR-SHEET-ID/export?format=xlsx
        #     name: shared-calendar.xlsx

        """;

    private static SheetSpec Calendar() => new("Calendar",
    [
        ["Mentoring calendar: one row per task. Leave Month or Phase blank to mean the same as the row above."],
        ["Month", "Phase", "Task", "Who", "Notes"],
        ["Month 1", "Getting started", "Meet your protégé and agree when and where you will meet.", "Mentor", "Write the times in your booklet."],
        [null, null, "Tell your mentor what you want to get better at this year.", "Protégé", null],
        [null, null, "Send every pair the year's calendar.", "Program Coordinator", null],
        ["Month 2", "Goal setting", "Set two or three goals together.", "Mentor & Protégé", "Make them *specific* and *measurable*."],
        ["Month 3", "Working together", "Observe each other once and talk about what you saw.", "Mentor & Protégé", null],
        [null, null, "Check in with every pair.", "Program Coordinator", null],
    ])
    {
        ColumnWidths = [14, 18, 60, 22, 40],
        FrozenRows = 2,
        BoldRows = [1, 2],
        Lists = [new ListValidation("D3:D500", RolesRange, AllowOtherValues: true, "A role from the Roles sheet, or several joined with & or ,")],
    };

    private static SheetSpec Roles() => new("Roles",
    [
        ["Role", "Aliases", "Responsibilities", "People"],
        ["Program Coordinator", "Coordinator, Program Director", "Plans, coordinates and evaluates the program.", null],
        ["Mentor", "Tutor, Mentors/Tutors", "Meets the protégé, guides and gives feedback.", null],
        ["Protégé", "Protege, Mentee, Learner", "Takes part actively and says what they need.", null],
    ])
    {
        ColumnWidths = [22, 30, 50, 24],
        FrozenRows = 1,
        BoldRows = [1],
    };

    private static SheetSpec Pairs() => new("Pairs",
    [
        ["Mentor", "Protégé", "Start Month", "School or Group"],
        ["Alex Example", "Sam Example", "Month 1", "Grade 7"],
    ])
    {
        ColumnWidths = [24, 24, 14, 20],
        FrozenRows = 1,
        BoldRows = [1],
    };

    /// <summary>Every pair's Mentoring Action Plan in one table: the pair named once over its rows, a section from the drop-down, and when.</summary>
    private static SheetSpec MentoringActionPlans() => new("Action Plans",
    [
        ["Mentoring Action Plans: personal, printed at the front of each pair's booklet and never published. Leave Pair or Section blank to mean the same as the row above."],
        ["Pair", "Section", "Item", "When"],
        ["Alex Example", "Short-term goal", "Plan every lesson a week ahead this term.", null],
        [null, "Long-term goal", "Lead a grade-level team in two years.", null],
        [null, "Current skill", "Calm, clear explanations.", null],
        [null, "Area for improvement", "Managing transitions between activities.", null],
        [null, "Action step", "Observe two colleagues teach a transition.", "month 2"],
        [null, "Milestone", "A full week of lessons planned ahead.", "month 3"],
        [null, "Check-in", "Review the plan together.", "every month"],
        [null, "Resource", "The school's planning template.", null],
        [null, "Feedback", "Two things that went well and one to try, after each observation.", null],
        [null, "Evaluation criteria", "Lessons planned a week ahead nine weeks out of ten.", null],
        [null, "Adaptation strategy", "Change the goals at a check-in when they stop fitting.", null],
    ])
    {
        ColumnWidths = [22, 22, 60, 18],
        FrozenRows = 2,
        BoldRows = [1, 2],
        Lists =
        [
            new ListValidation("A3:A500", "Pairs!$A$2:$A$100", AllowOtherValues: true, "The mentor's name, as on the Pairs sheet"),
            new ListValidation("B3:B500", "\"" + string.Join(",", MapParts.Accepted) + "\"", AllowOtherValues: true, "A section of the Mentoring Action Plan"),
        ],
    };

    /// <summary>A hidden sheet with the choices for the drop-down lists of a workbook that has no Roles sheet of its own.</summary>
    private static SheetSpec Lists() => new("Lists",
    [
        ["Roles (a copy for the drop-down lists; the Roles sheet in calendar.xlsx is the one PlanPress reads)"],
        ["Program Coordinator"],
        ["Mentor"],
        ["Protégé"],
    ])
    {
        Hidden = true,
    };

    private static SheetSpec ActionPlan() => new("Initiative 1",
    [
        ["Our School Action Plan (this year)"],
        ["Strategic Objective", "Every new teacher is supported through their first year."],
        ["Strategic Initiative", "Pair every new teacher with a trained mentor"],
        ["Describing Implementation"],
        ["Describe how the initiative will be implemented, for example, citing programs by grade span, etc."],
        ["Mentors are trained in the first month and matched with new teachers by grade and subject."],
        ["Defining Key Terms"],
        ["Term", "Definition"],
        ["Mentor", "An experienced teacher trained to support a new colleague."],
        ["Monitoring Progress"],
        ["Process Benchmark", "Person Responsible", "Date", "Status"],
        ["Every mentor completes the training", "Program Coordinator", "month 1, year 1", "In progress"],
        ["Every new teacher is matched with a mentor", "Program Coordinator", "month 2, year 1", "Not started"],
        ["Measuring Impact"],
        ["Early Evidence of Change Benchmark", "Person Responsible", "Date", "Status"],
        ["80% of new teachers say their mentor helps them", "Program Coordinator", "end of 2nd quarter", "Not started"],
        ["Identifying Resources Supporting Implementation"],
        ["Resource list (people, time, materials, money)", "New/expanded use of existing resource", "Reallocation/Reassignment of Resource", "New resources", "Notes"],
        ["Mentor training", "Time on the existing PD calendar", null, null, null],
    ])
    {
        ColumnWidths = [44, 30, 22, 16, 24],
        BoldRows = [1, 2, 3, 4, 7, 8, 10, 11, 14, 15, 17, 18],
        Merges = ["B2:E2", "B3:E3", "A6:E6", "B8:E8", "B9:E9"],
        Lists =
        [
            new ListValidation("D12:D40", StatusList, AllowOtherValues: true, "Not started, In progress, Met or Not met"),
            new ListValidation("D16:D40", StatusList, AllowOtherValues: true, "Not started, In progress, Met or Not met"),
            new ListValidation("B12:B13 B16", "Lists!$A$2:$A$100", AllowOtherValues: true, "A role, or a person's name such as M. Edwards"),
        ],
    };

    private static SheetSpec ImprovementPlan() => new("Improvement Plan",
    [
        ["ID", "Statement", "Timeline", "Person Responsible", "Data Conclusion"],
        ["1", "All new teachers will feel supported by the end of the first year.", null, null, "Data conclusion #1"],
        ["1A", "Every new teacher meets their mentor every week.", "end of the first year", null, null],
        ["1A1", "Mentors log each weekly meeting.", "each week by Friday", "Mentor", null],
        ["1A2", "The coordinator meets any pair that missed two meetings.", "within a week of a second missed meeting", "Program Coordinator", null],
        [null, null, null, null, null],
        ["* PD = professional development."],
    ])
    {
        ColumnWidths = [8, 60, 28, 24, 20],
        FrozenRows = 1,
        BoldRows = [1],
        Lists = [new ListValidation("D2:D500", "Lists!$A$2:$A$100", AllowOtherValues: true, "A role, or a person's name such as M. Edwards")],
    };

    private const string AboutPage = """
        ---
        title: About the program
        order: 1
        summary: What the program is for and who to ask.
        ---

        Write about your program here in Markdown. Each file in `content/pages/` becomes a page,
        listed in the navigation by its `order`.

        ## Who to ask

        Questions go to the program coordinator.

        """;
}
