using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>
/// Improvement plans laid out as US districts and states publish them (see
/// tests/fixtures/improvement-templates.md for the sources), rebuilt as workbooks: each read as
/// goals, strategies (targets) and action steps, with their people, dates, status, evidence and
/// resources on the goal's page.
/// </summary>
public sealed class UsImprovementPlanTests
{
    private static async Task<string> BuildAsync(TempFolder folder, string asOf, Action<string> write, string language = "en")
    {
        var content = folder["content"];
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "site.yml"), $"title: School Improvement Plan\nlanguage: {language}\nprogram_start: 2025-08\n");
        write(Path.Combine(content, "improvement-plan.xlsx"));
        var run = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", folder["site"], "--as-of", asOf);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.False(run.Output.Contains(": warning:", StringComparison.Ordinal), run.Output);
        return folder["site"];
    }

    private static AngleSharp.Dom.IDocument Page(string site, string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, path)));

    /// <summary>The activity's row on its goal's page, its cells' text by column heading.</summary>
    private static Dictionary<string, string> Row(string site, string goal, string id)
    {
        var page = Page(site, $"goals/{goal}.html");
        var row = page.GetElementById($"activity-{id}") ?? throw new InvalidOperationException($"no activity {id} on goal {goal}'s page");
        var headings = row.Closest("table")!.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        return row.QuerySelectorAll("td").Select((cell, i) => (headings[i], Text: string.Join(' ', cell.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))).ToDictionary(c => c.Item1, c => c.Text);
    }

    [Fact]
    public async Task The_common_layout_goal_rows_across_the_table_strategies_merged_down_over_their_steps_with_begin_and_complete_by()
    {
        using var folder = new TempFolder();
        var site = await BuildAsync(folder, "2025-10-20", path => new XlsxBuilder().Sheet(
            "SIP 2025-26",
            [
                ["2025–2026 School Improvement Plan — Lincoln Middle School"],
                [],
                ["Strategy", "Action Steps", "Lead", "Begin", "Complete By", "Funding", "Evidence", "Progress"],
                ["Goal 1: Raise the share of grade 8 students proficient in math from 35% to 45% by May 2026."],
                ["Use common formative assessments in every math class", "Train teachers to write common assessments", "Principal; Math Coach", "8/1/2025", "9/30/2025", "Title I", "Training sign-in sheets", "Completed"],
                [null, "Give a common assessment every three weeks", "Math Coach", "Oct 2025", "May 2026", null, "Assessment calendar", "In Progress"],
                [null, "Review results in PLCs and reteach", "Principal/Math Coach", "10/15/2025", "5/29/2026", "General fund", "PLC minutes", "Not Started"],
                ["Goal 2: Reduce chronic absence from 18% to 12%."],
                ["Call families after two absences", "Set up the attendance team", "Assistant Principal, Counselor", "8/15/2025", "9/15/2025", null, "Team roster", "Not Started"],
            ],
            merges: ["A1:H1", "A4:H4", "A5:A7", "A8:H8"],
            hiddenRows: [],
            hidden: false).Save(path));

        var goal = Page(site, "goals/1.html");
        Assert.Contains("Raise the share of grade 8 students proficient in math from 35% to 45% by May 2026.", goal.QuerySelector(".goal-statement")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Use common formative assessments in every math class", goal.GetElementById("target-1A")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, goal.QuerySelectorAll("#target-1A tbody tr").Length);

        var first = Row(site, "1", "1A1");
        Assert.Contains("Train teachers to write common assessments", first["Activity"], StringComparison.Ordinal);
        Assert.Equal("Met", first["Status"].Replace("✓", string.Empty, StringComparison.Ordinal).Trim());
        Assert.Equal("Training sign-in sheets", first["Evidence"]);
        Assert.Equal("Title I", first["Resources"]);
        // Begin and Complete By are one range; "Principal; Math Coach" and "Principal/Math Coach" are two roles with their pages.
        Assert.Contains("August 2025 to September 2025", Row(site, "1", "1A1")["Timeline"], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "roles/principal.html")) && File.Exists(Path.Combine(site, "roles/math-coach.html")));
        Assert.Contains("Principal", Row(site, "1", "1A3")["Person responsible"], StringComparison.Ordinal);
        // Not started and past its end: overdue; a step in progress is not.
        Assert.Contains("Overdue", Row(site, "2", "2A1")["Status"], StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", Row(site, "1", "1A2")["Status"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Washington_layout_goal_strategy_and_rationale_rows_above_headers_with_prompts_under_them()
    {
        using var folder = new TempFolder();
        var site = await BuildAsync(folder, "2025-10-20", path => new XlsxBuilder().Sheet(
            "Math",
            [
                ["Sultan Elementary School SIP Action Plan MATH"],
                ["2025- 2026"],
                ["Activities to Achieve this Goal:\nWhat actions will occur? What steps will staff take?", "Professional Development\nHow will staff acquire the necessary skills?", "Timeline\nWhen will this strategy or action begin and end?", "Resources Available\nWhat are the existing and new resources?", "Who is Responsible? Who is Involved?\nWho will provide the leadership?", "Monitoring Effectiveness\nWhat on-going FORMATIVE evidence will be gathered?"],
                ["School Improvement Goal: Improve students’ knowledge and skills in mathematics: a minimum of 67% of students meeting standard on the 3rd, 4th and 5th grade state test by 2026."],
                ["Strategy: Align instruction and curriculum to the state math performance expectations."],
                ["Rationale: Students will perform better on assessments if the learning targets are clear, modeled and practiced."],
                ["Grade level teams identify the performance expectations for each unit", "Time each month for grade level team work", "Fall 2025", "New edition of the math curriculum", "Grade level teams", "Unit exam results"],
                ["Teachers use the unit exams to plan reteaching", "Staff development days", "Winter 2026", "Unit exams", "Teachers; Principal", "Reteaching plans"],
            ],
            merges: ["A1:F1", "A4:F4", "A5:F5", "A6:F6"],
            hiddenRows: [],
            hidden: false).Save(path));

        var goal = Page(site, "goals/1.html");
        Assert.Contains("Improve students’ knowledge and skills in mathematics", goal.QuerySelector(".goal-statement")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Students will perform better on assessments", goal.QuerySelector(".goal-rationale")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Align instruction and curriculum", goal.GetElementById("target-1A")!.TextContent, StringComparison.Ordinal);
        var second = Row(site, "1", "1A2");
        Assert.Contains("Teachers use the unit exams to plan reteaching", second["Activity"], StringComparison.Ordinal);
        Assert.Contains("December 2025 to February 2026", second["Timeline"], StringComparison.Ordinal);
        Assert.Equal("Reteaching plans", second["Evidence"]);
        Assert.Equal("Unit exams", second["Resources"]);
    }

    [Fact]
    public async Task The_CCSSO_template_priority_areas_strategies_and_milestones_numbered_with_dots_and_merged_down()
    {
        using var folder = new TempFolder();
        var site = await BuildAsync(folder, "2025-10-20", path => new XlsxBuilder().Sheet(
            "Plan",
            [
                ["School Improvement Planning Template"],
                ["Priority Area (based on Needs Assessment)", "Strategy", "Indicator", "Milestones", "Timeline"],
                ["1: Early literacy: raise the share of K–2 readers on grade level from 60% to 70%", "1.1: Daily small-group phonics instruction", "Weekly running records", "1.1.1. Train K–2 teachers in the phonics program", "August 2025"],
                [null, null, "Lesson plans show daily groups", "1.1.2. Schedule a protected 30-minute block in every K–2 class", "Sept 2025"],
                [null, "1.2: Family literacy nights", "Sign-in sheets", "1.2.1. Hold a family literacy night each quarter", "Q2"],
                ["2: Attendance: cut chronic absence to 10%", "2.1: Mentors for students absent most often", "Monthly attendance report", "2.1.1. Match each student with a mentor", "Oct 6–10"],
            ],
            merges: ["A1:E1", "A3:A5", "B3:B4"],
            hiddenRows: [],
            hidden: false).Save(path));

        var literacy = Page(site, "goals/1.html");
        Assert.Contains("Early literacy", literacy.QuerySelector(".goal-statement")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Daily small-group phonics instruction", literacy.GetElementById("target-1A")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Family literacy nights", literacy.GetElementById("target-1B")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Schedule a protected 30-minute block", Row(site, "1", "1A2")["Activity"], StringComparison.Ordinal);
        Assert.Equal("Lesson plans show daily groups", Row(site, "1", "1A2")["Evidence"]);
        // A school year's second quarter: November and December.
        Assert.Contains("December 2025", Row(site, "1", "1B1")["Timeline"], StringComparison.Ordinal);
        Assert.Contains("Match each student with a mentor", Row(site, "2", "2A1")["Activity"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_kept_in_Spanish_with_its_header_repeated_under_each_goal_and_no_calendar_has_a_page_for_each_month_of_its_steps()
    {
        using var folder = new TempFolder();
        string[] header = ["Estrategia", "Pasos de acción", "Responsable", "Cronograma", "Estado"];
        var site = await BuildAsync(folder, "2025-10-20", path => new XlsxBuilder().Sheet(
            "Plan de mejora",
            [
                ["Plan de mejora escolar 2025-2026"],
                ["Meta 1: Aumentar la lectura comprensiva del 60 % al 70 %."],
                header,
                ["Lectura guiada en grupos pequeños", "Formar a los docentes", "Director; Coordinadora de lectura", "septiembre 2025", "Logrado"],
                [null, "Observar las clases cada mes", "Coordinadora de lectura", "octubre 2025 - mayo 2026", "En curso"],
                ["Meta 2: Reducir el absentismo crónico al 10 %."],
                header,
                ["Mentores para el alumnado", "Asignar un mentor a cada estudiante", "Orientador", "15/9/2025", "No iniciado"],
            ],
            merges: ["A1:E1", "A2:E2", "A4:A5", "A6:E6"],
            hiddenRows: [],
            hidden: false).Save(path), language: "es");

        Assert.Contains("Aumentar la lectura comprensiva", Page(site, "goals/1.html").QuerySelector(".goal-statement")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Observar las clases cada mes", Row(site, "1", "1A2")["Actividad"], StringComparison.Ordinal);
        Assert.Contains("En curso", Row(site, "1", "1A2")["Estado"], StringComparison.Ordinal);
        Assert.Contains("Atrasado", Row(site, "2", "2A1")["Estado"], StringComparison.Ordinal);
        // No calendar: a page for each month from the program's start to its steps' last.
        Assert.True(File.Exists(Path.Combine(site, "months/2026-05.html")), "May 2026 has its page");
        Assert.Contains("1A2", Page(site, "months/2026-01.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
