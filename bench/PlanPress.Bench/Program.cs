using System.Globalization;
using System.Text;
using PlanPress.Import.Workbooks;

// Writes a synthetic plan of a given size twice: as PlanPress content (workbooks in PlanPress's
// formats) and as a Hugo site with the same pages and the same text, for bench/compare.sh.
//   dotnet run -c Release --project bench/PlanPress.Bench -- small|medium|large|rows OUTDIR [phrases]
// With "phrases" every calendar row's date is written as people type it ("Week of Sept 22, 2025",
// "Oct 6–10, 2025", "Late October 2025"), for bench/phrases.sh: what reading them costs.
var sizes = new Dictionary<string, PlanSize>
{
    ["small"] = new(Months: 12, Roles: 10, People: 30, Initiatives: 20, Goals: 25, TasksPerMonth: 10),
    ["medium"] = new(Months: 24, Roles: 40, People: 150, Initiatives: 120, Goals: 160, TasksPerMonth: 20),
    ["large"] = new(Months: 96, Roles: 150, People: 500, Initiatives: 500, Goals: 700, TasksPerMonth: 25),
    // A calendar of 100,000 rows, for timing `planpress check` on a workbook at the size limit people reach.
    ["rows"] = new(Months: 100, Roles: 10, People: 30, Initiatives: 1, Goals: 1, TasksPerMonth: 1000),
};
// "portal PLANS OUTDIR content" writes the PlanPress content alone, for bench/national.sh (20,000 plans' Hugo twin is 4 GB).
if (args.Length is 3 or 4 && args[0] == "portal" && int.TryParse(args[1], out var plans) && (args.Length == 3 || args[3] == "content"))
{
    var written = SyntheticPortal.Write(plans, args[2], hugo: args.Length == 3);
    Console.WriteLine($"portal: {plans} plans; {written} Hugo pages");
    return 0;
}

if (args.Length is not (2 or 3) || !sizes.TryGetValue(args[0], out var size) || (args.Length == 3 && args[2] != "phrases"))
{
    Console.Error.WriteLine("usage: PlanPress.Bench small|medium|large|rows OUTDIR [phrases], or PlanPress.Bench portal PLANS OUTDIR [content]");
    return 2;
}

var plan = SyntheticPlan.Create(size);
plan.Phrases = args.Length == 3;
var output = args[1];
plan.WriteContent(Path.Combine(output, "content"));
var pages = plan.WriteHugo(Path.Combine(output, "hugo"), "https://example.org/plan/");
Console.WriteLine($"{args[0]}: {size.Months} months, {size.Roles} roles, {size.People} people, {size.Initiatives} initiatives, {size.Goals} goals, {size.Months * size.TasksPerMonth} tasks; {pages} Hugo pages");
return 0;

internal sealed record PlanSize(int Months, int Roles, int People, int Initiatives, int Goals, int TasksPerMonth);

internal sealed record Task(int Month, string Text, string Who);

internal sealed record Benchmark(string Text, string Who, int Month, string Status);

internal sealed record Initiative(string Name, string Objective, string Implementation, IReadOnlyList<Benchmark> Benchmarks);

internal sealed record Activity(string Id, string Text, int Month, string Who);

internal sealed record Goal(string Id, string Statement, string Target, IReadOnlyList<Activity> Activities);

/// <summary>A plan whose every part is derived from its index, so the same size always gives the same plan.</summary>
internal sealed partial class SyntheticPlan
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");
    private static readonly string[] Verbs = ["Review", "Plan", "Observe", "Discuss", "Prepare", "Share", "Record", "Meet about", "Reflect on", "Practise"];
    private static readonly string[] Things = ["lesson goals", "classroom routines", "student work", "assessment data", "the weekly log", "family contacts", "reading strategies", "the observation notes", "next month's plan", "feedback"];
    private static readonly string[] Statuses = ["Met", "In progress", "Not started", "Not met", ""];

    private readonly DateOnly _start = new(2024, 1, 1);

    public required PlanSize Size { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    public required IReadOnlyList<string> People { get; init; }

    public required IReadOnlyList<Task> Tasks { get; init; }

    public required IReadOnlyList<Initiative> Initiatives { get; init; }

    public required IReadOnlyList<Goal> Goals { get; init; }

    public static SyntheticPlan Create(PlanSize size)
    {
        var roles = Enumerable.Range(1, size.Roles).Select(i => $"Team {Letters(i)} Lead").ToList();
        var people = Enumerable.Range(1, size.People).Select(i => $"{Letters(i + 7)}. {Surname(i)}").ToList();
        string Someone(int i) => i % 3 == 0 ? people[i % people.Count] : roles[i % roles.Count];
        var tasks = Enumerable.Range(0, size.Months * size.TasksPerMonth)
            .Select(i => new Task(i / size.TasksPerMonth, $"{Verbs[i % Verbs.Length]} {Things[i / Verbs.Length % Things.Length]} with the team (task {i + 1})", Someone(i)))
            .ToList();
        var initiatives = Enumerable.Range(1, size.Initiatives)
            .Select(i => new Initiative(
                $"Initiative {i}: strengthen {Things[i % Things.Length]}",
                $"Every school improves {Things[(i + 3) % Things.Length]} by the end of the plan.",
                $"Teams meet monthly to {Verbs[i % Verbs.Length].ToLowerInvariant()} {Things[(i + 1) % Things.Length]}, coached by the district.",
                Enumerable.Range(0, 5).Select(b => new Benchmark(
                    $"Benchmark {i}.{b + 1}: {Verbs[(i + b) % Verbs.Length]} {Things[(i + b) % Things.Length]} in every school",
                    Someone(i + b), (i * 7 + b * 5) % size.Months, Statuses[(i + b) % Statuses.Length])).ToList()))
            .ToList();
        var goals = Enumerable.Range(1, size.Goals)
            .Select(g => new Goal(
                g.ToString(CultureInfo.InvariantCulture),
                $"All students reach the standard in {Things[g % Things.Length]} (goal {g}).",
                $"Teachers use {Things[(g + 2) % Things.Length]} every week.",
                Enumerable.Range(1, 3).Select(a => new Activity($"{g}A{a}", $"{Verbs[(g + a) % Verbs.Length]} {Things[(g + a) % Things.Length]} for goal {g}", (g * 3 + a) % size.Months, roles[(g + a) % roles.Count])).ToList()))
            .ToList();
        return new SyntheticPlan { Size = size, Roles = roles, People = people, Tasks = tasks, Initiatives = initiatives, Goals = goals };
    }

    private static string Letters(int i)
    {
        var s = string.Empty;
        for (var n = i; n > 0; n = (n - 1) / 26)
        {
            s = (char)('A' + (n - 1) % 26) + s;
        }

        return s;
    }

    private static string Surname(int i) => $"{new[] { "Rivera", "Okafor", "Chen", "Novak", "Haddad", "Silva", "Kowalski", "Moreau" }[i % 8]}{Letters(i / 8 + 1)}";

    private string MonthName(int month) => _start.AddMonths(month).ToString("MMMM yyyy", En);

    /// <summary>Whether each calendar row's date is written as a phrase, not the month once at its first row.</summary>
    public bool Phrases { get; set; }

    /// <summary>The task's date as people type it, in its month: a week, a run of days, part of the month, a day.</summary>
    private string Phrase(int month, int i)
    {
        var first = _start.AddMonths(month);
        var day = 1 + (i * 3 % 24);
        return (i % 4) switch
        {
            0 => $"Week of {first.AddDays(day - 1).ToString("MMM d, yyyy", En)}",
            1 => $"{first.ToString("MMM", En)} {day}–{day + 4}, {first.Year}",
            2 => $"{new[] { "Early", "Mid", "Late" }[i / 4 % 3]} {first.ToString("MMMM yyyy", En)}",
            _ => first.AddDays(day - 1).ToString("MMMM d, yyyy", En),
        };
    }

    private string MonthSlug(int month) => _start.AddMonths(month).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>What a role is responsible for, as its row of the Roles sheet says.</summary>
    private static string Responsibilities(int role) => $"Leads {Things[role % Things.Length]} across the district.";

    /// <summary>A role's people: those whose number leaves the role's over the count of roles.</summary>
    private IEnumerable<string> PeopleOf(int role) => People.Where((_, p) => p % Roles.Count == role);

    /// <summary>An activity's timeline as the improvement plan writes it.</summary>
    private static string Timeline(int month) => $"month {month % 12 + 1}, year {month / 12 + 1}";

    public void WriteContent(string folder, string title = "District Plan")
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "site.yml"), $"title: {title}\norganisation: Synthetic District\nprogram_start: {MonthSlug(0)}\nlanguage: en\nbase_url: https://example.org/plan/\n");
        var calendar = new List<IReadOnlyList<object?>> { new object?[] { "Month", "Phase", "Task", "Who" } };
        calendar.AddRange(Tasks.Select((t, i) => new object?[] { Phrases ? Phrase(t.Month, i) : i % Size.TasksPerMonth == 0 ? MonthName(t.Month) : null, i % (Size.TasksPerMonth * 6) == 0 ? $"Phase {t.Month / 6 + 1}" : null, t.Text, t.Who }));
        var roles = new List<IReadOnlyList<object?>> { new object?[] { "Role", "Responsibilities", "People" } };
        roles.AddRange(Roles.Select((r, i) => new object?[] { r, Responsibilities(i), string.Join(", ", PeopleOf(i)) }));
        WorkbookWriter.Save(Path.Combine(folder, "calendar.xlsx"), [new SheetSpec("Calendar", calendar), new SheetSpec("Roles", roles)]);
        WorkbookWriter.Save(Path.Combine(folder, "action-plan.xlsx"), Initiatives.Select((initiative, i) => new SheetSpec($"Initiative {i + 1}", Form(initiative))));
        var improvement = new List<IReadOnlyList<object?>> { new object?[] { "ID", "Statement", "Timeline", "Person Responsible" } };
        foreach (var goal in Goals)
        {
            improvement.Add([goal.Id, goal.Statement, null, null]);
            improvement.Add([goal.Id + "A", goal.Target, "year 1", null]);
            improvement.AddRange(goal.Activities.Select(a => new object?[] { a.Id, a.Text, Timeline(a.Month), a.Who }));
        }

        WorkbookWriter.Save(Path.Combine(folder, "improvement-plan.xlsx"), [new SheetSpec("Improvement Plan", improvement)]);
    }

    private List<IReadOnlyList<object?>> Form(Initiative initiative) =>
    [
        ["Synthetic District Action Plan"],
        ["Strategic Objective", initiative.Objective],
        ["Strategic Initiative", initiative.Name],
        ["Describing Implementation"],
        [initiative.Implementation],
        ["Monitoring Progress"],
        ["Process Benchmark", "Person Responsible", "Date", "Status"],
        .. initiative.Benchmarks.Take(3).Select(b => new object?[] { b.Text, b.Who, MonthName(b.Month), b.Status }),
        ["Measuring Impact"],
        ["Early Evidence of Change Benchmark", "Person Responsible", "Date", "Status"],
        .. initiative.Benchmarks.Skip(3).Select(b => new object?[] { b.Text, b.Who, MonthName(b.Month), b.Status }),
    ];
}

/// <summary>
/// A district's portal of synthetic plans, each of its own size (about 50 pages, 35 to 65), written
/// as a PlanPress portal (content/plans/p0001 …) and as one Hugo site with the same pages under
/// each plan's folder, and a home page listing the plans.
/// </summary>
internal static class SyntheticPortal
{
    /// <param name="hugo">Whether to write the Hugo twin too.</param>
    public static int Write(int plans, string output, bool hugo)
    {
        var content = Path.Combine(output, "content");
        var twin = Path.Combine(output, "hugo");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: Synthetic District Plans\norganisation: Synthetic District\nlanguage: en\nbase_url: https://example.org/district/\n");
        var pages = 0;
        var names = new List<string>();
        for (var i = 1; i <= plans; i++)
        {
            var slug = $"p{i:0000}";
            var title = $"School {i} Plan";
            var plan = SyntheticPlan.Create(new PlanSize(Months: 12, Roles: 3 + i % 5, People: 6 + i % 9, Initiatives: 2 + i % 6, Goals: 2 + i % 5, TasksPerMonth: 5 + i % 6));
            plan.WriteContent(Path.Combine(content, "plans", slug), title);
            if (hugo)
            {
                pages += plan.WriteHugo(twin, "https://example.org/district/", slug + "/", title);
                names.Add($"[{title}](/{slug}/)");
            }
        }

        if (!hugo)
        {
            return 0;
        }

        var home = Path.Combine(twin, "content", "_index.md");
        File.WriteAllText(home, "---\ntitle: \"Synthetic District Plans\"\nplan: \"/\"\n---\n\n" + string.Concat(names.Select(n => $"- {n}\n")));
        SyntheticPlan.WriteHugoTheme(twin, "https://example.org/district/", "Synthetic District Plans", portal: true);
        return pages + 1;
    }
}
