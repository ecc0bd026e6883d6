using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PlanPress.Site.Pages;

/// <summary>
/// The plan's Hugo twin: the pages PlanPress builds, at the same addresses, with the same markup,
/// made by Hugo templates (HugoTwin/layouts) from each page's data in its front matter. A month's
/// checklist has its boxes, blanks and accessible names and its QR code; the booklet every month's;
/// the plan's home writes plan.json, calendar.ics and search-index.js as Hugo output formats. What
/// Hugo is spared (worked out here, not written, not checked) is listed in docs/development.md.
/// </summary>
internal sealed partial class SyntheticPlan
{
    /// <summary>The day the benches build for (bench/compare.sh and bench/portal.sh's --as-of): "this month" and what is overdue.</summary>
    private const int CurrentMonth = 5;

    private static readonly JsonSerializerOptions FrontMatter = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the plan's pages as Hugo content under <paramref name="prefix"/>; returns how many pages.</summary>
    /// <param name="baseUrl">Where the site is published: the printed months' QR codes lead there.</param>
    /// <param name="prefix">Under a portal, the plan's folder ("p0001/"), which its pages and links are under.</param>
    public int WriteHugo(string folder, string baseUrl, string prefix = "", string title = "District Plan")
    {
        var pages = 0;
        var root = "/" + prefix.TrimEnd('/');
        void Page(string path, string title, Dictionary<string, object?> data, string body = "")
        {
            var file = Path.Combine(folder, "content", prefix + path + ".md");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            data["title"] = title;
            data["plan"] = root;
            // The page's address as PlanPress writes it (months/2024-06.html); the plan's home is its folder's index.html.
            data["here"] = path + ".html";
            if (path != "_index")
            {
                data["url"] = $"/{prefix}{path}.html";
            }

            File.WriteAllText(file, JsonSerializer.Serialize(data, FrontMatter) + "\n\n" + body);
            pages++;
        }

        string Link(string who) => (Roles.Contains(who) ? "roles/" : "people/") + Slug(who) + ".html";
        // A benchmark's initiative and its place there: the first three are process benchmarks, the rest early evidence of change.
        var allBenchmarks = Initiatives.SelectMany(i => i.Benchmarks).ToList();
        var benchmarks = Initiatives.SelectMany(i => i.Benchmarks.Select((b, n) => (b, i, n))).ToDictionary(x => x.b, x => (Initiative: x.i, Index: x.n));
        bool Overdue(Benchmark b) => b.Month < CurrentMonth && b.Status != "Met";
        object Benchmark(Benchmark b)
        {
            var (initiative, index) = benchmarks[b];
            var slug = Slug(initiative.Name);
            return new
            {
                id = $"{slug}-{(index < 3 ? "p" : "e")}{index % 3 + 1}",
                text = b.Text,
                who = b.Who,
                url = Link(b.Who),
                due = MonthName(b.Month),
                dueiso = _start.AddMonths(b.Month + 1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                kind = index < 3 ? "Process" : "Early evidence of change",
                initiative = initiative.Name,
                iurl = $"initiatives/{slug}.html",
                status = b.Status.Length > 0 ? b.Status : "Not set",
                statusclass = Slug(b.Status.Length > 0 ? b.Status : "not set"),
                icon = b.Status switch { "Met" => "●", "In progress" => "◐", _ => "○" },
                overdue = Overdue(b),
            };
        }

        string IcsDate(int month) => _start.AddMonths(month).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

        var months = Enumerable.Range(0, Size.Months).ToList();
        var monthPaths = months.Select(m => $"{root.TrimEnd('/')}/months/{MonthSlug(m)}").ToList();
        var benchmarksByMonth = allBenchmarks.ToLookup(b => b.Month);
        var activitiesByMonth = Goals.SelectMany(g => g.Activities.Select(a => (g, a))).ToLookup(x => x.a.Month);
        foreach (var month in months)
        {
            var key = MonthSlug(month);
            var tasks = Tasks.Where(t => t.Month == month).ToList();
            var live = LiveAddress.For(baseUrl, $"{prefix}months/{key}.html", $"{prefix}calendar.ics")!;
            Page($"months/{key}", MonthName(month), new()
            {
                ["layout"] = "month",
                ["description"] = $"What is due in {MonthName(month)} in {title}, by role: a checklist to print and write on.",
                ["key"] = key,
                ["phase"] = $"Phase {month / 6 + 1}",
                ["count"] = tasks.Count,
                ["start"] = IcsDate(month),
                ["end"] = IcsDate(month + 1),
                ["qr"] = live.Code,
                ["qrsize"] = live.Size,
                ["live"] = live.ShortPage,
                ["livecalendar"] = live.ShortCalendar,
                ["groups"] = tasks.Select((t, i) => (t, i)).GroupBy(x => x.t.Who).Select(g => new
                {
                    heading = g.Key,
                    url = Link(g.Key),
                    tasks = g.Select(x => new { id = $"task-{key}-{x.i + 1}", text = x.t.Text }),
                }),
                ["activities"] = activitiesByMonth[month].Select(x => new
                {
                    id = $"activity-{key}-due-{x.a.Id.ToLowerInvariant()}",
                    code = x.a.Id,
                    goal = $"goals/{x.g.Id}.html",
                    text = x.a.Text,
                    timeline = Timeline(x.a.Month),
                    when = MonthName(x.a.Month),
                    who = x.a.Who,
                }),
                ["bgroups"] = benchmarksByMonth[month].GroupBy(b => b.Who).Select(g => new { heading = g.Key, url = Link(g.Key), items = g.Select(Benchmark) }),
                ["prev"] = month > 0 ? new { url = $"months/{MonthSlug(month - 1)}.html", text = MonthName(month - 1) } : null,
                ["next"] = month + 1 < Size.Months ? new { url = $"months/{MonthSlug(month + 1)}.html", text = MonthName(month + 1) } : null,
            });
        }

        // The plan's home: this month, what is overdue and every month; its data is the plan's, which plan.json, calendar.ics and search-index.js are written from.
        Page("_index", title, new()
        {
            ["layout"] = "planhome",
            ["outputs"] = new[] { "html", "planjson", "calendar", "searchindex" },
            ["description"] = $"{title}: what is due this month, by role.",
            ["key"] = Slug(title),
            ["current"] = $"months/{MonthSlug(CurrentMonth)}.html",
            ["currentkey"] = MonthSlug(CurrentMonth),
            ["currenttext"] = MonthName(CurrentMonth),
            ["months"] = monthPaths,
            ["overdue"] = allBenchmarks.Where(Overdue).OrderBy(b => b.Month).Select(Benchmark),
            // The rest of the plan, as plan.json, the calendar and the search index give it.
            ["roles"] = Roles.Select((r, i) => new { id = Slug(r), name = r, responsibilities = Responsibilities(i), people = PeopleOf(i) }),
            ["people"] = People.Select(p => new { id = Slug(p), name = p }),
            ["initiatives"] = Initiatives.Select(i => new { id = Slug(i.Name), name = i.Name, objective = i.Objective, implementation = i.Implementation, url = $"initiatives/{Slug(i.Name)}.html", benchmarks = i.Benchmarks.Select(Benchmark) }),
            ["goals"] = Goals.Select(g => new
            {
                id = g.Id,
                statement = g.Statement,
                url = $"goals/{g.Id}.html",
                targets = new[] { new { id = g.Id + "A", statement = g.Target, activities = g.Activities.Select(a => new { id = a.Id, statement = a.Text, due = MonthName(a.Month), start = IcsDate(a.Month), who = a.Who }) } },
            }),
        });
        Page("year", "The year at a glance", new() { ["layout"] = "year", ["description"] = $"Every month of {title}." });
        Page("booklet", "The year's checklists", new() { ["layout"] = "booklet", ["description"] = $"Every month's checklist of {title}, to print." });
        foreach (var who in Roles.Concat(People))
        {
            var role = Roles.ToList().IndexOf(who);
            var person = People.ToList().IndexOf(who);
            Page((role >= 0 ? "roles/" : "people/") + Slug(who), who, new()
            {
                ["layout"] = "person",
                ["description"] = $"What {who} does in {title}, month by month.",
                ["key"] = Slug(who),
                ["responsibilities"] = role >= 0 ? Responsibilities(role) : null,
                ["related"] = (role >= 0 ? PeopleOf(role) : [Roles[person % Roles.Count]]).Select(r => new { text = r, url = Link(r) }),
                ["benchmarks"] = allBenchmarks.Where(b => b.Who == who).Select(Benchmark),
                ["months"] = Tasks.Where(t => t.Who == who).GroupBy(t => t.Month).Select(g => new { key = MonthSlug(g.Key), text = MonthName(g.Key), tasks = g.Select(t => t.Text) }),
            });
        }

        string List(IEnumerable<string> items) => string.Concat(items.Select(i => $"- {i}\n"));
        Page("roles", "Who does what", [], List(Roles.Select(r => $"[{r}](/{prefix}{Link(r)})")));
        Page("action-plan", "Action plan", [], List(Initiatives.Select(i => $"{i.Name}: {i.Objective}")));
        foreach (var initiative in Initiatives)
        {
            Page($"initiatives/{Slug(initiative.Name)}", initiative.Name, new()
            {
                ["layout"] = "initiative",
                ["description"] = initiative.Objective,
                ["objective"] = initiative.Objective,
                ["implementation"] = initiative.Implementation,
                ["process"] = initiative.Benchmarks.Take(3).Select(Benchmark),
                ["evidence"] = initiative.Benchmarks.Skip(3).Select(Benchmark),
            });
        }

        Page("improvement-plan", "Improvement plan", [], List(Goals.Select(g => $"{g.Id} {g.Statement}")));
        foreach (var goal in Goals)
        {
            Page($"goals/{goal.Id}", $"Goal {goal.Id}", new()
            {
                ["layout"] = "goal",
                ["description"] = goal.Statement,
                ["statement"] = goal.Statement,
                ["targets"] = new[] { new { id = goal.Id + "A", statement = goal.Target, activities = goal.Activities.Select(a => new { id = a.Id, statement = a.Text, timeline = Timeline(a.Month), due = MonthName(a.Month), who = a.Who, url = Link(a.Who) }) } },
            });
        }

        Page("search", "Search", [], "Search the plan.");
        Page("accessibility", "Accessibility", [], "How this site meets WCAG 2.2 AA, and whom to tell when it does not.");
        Page("changes", "What changed", [], "Nothing has changed since the plan was first published.");
        if (prefix.Length == 0)
        {
            WriteHugoTheme(folder, baseUrl, title, portal: false);
        }

        return pages;
    }

    /// <summary>The slug PlanPress gives a name: lower case, every run of other characters one hyphen.</summary>
    private static string Slug(string text) => NotSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    /// <summary>
    /// The twin's templates (HugoTwin/layouts, beside this program) and its settings: the plan's
    /// navigation (its own plan's links on every page, never every plan's) and the output formats of
    /// a plan's data. A portal's plans are its sections; a
    /// plan's folders (months, roles …) are not pages of their own, as in PlanPress.
    /// </summary>
    public static void WriteHugoTheme(string folder, string baseUrl, string title, bool portal)
    {
        var navigation = new[] { ("year.html", "Year overview"), ("action-plan.html", "Action plan"), ("improvement-plan.html", "Improvement plan"), ("roles.html", "Who does what") };
        File.WriteAllText(Path.Combine(folder, "hugo.toml"), $"""
            baseURL = '{baseUrl}'
            languageCode = 'en-us'
            title = '{title}'
            disableKinds = ['taxonomy', 'term', 'RSS'{(portal ? "" : ", 'section'")}]
            [markup.goldmark.renderer]
            unsafe = false
            [mediaTypes.'text/calendar']
            suffixes = ['ics']
            [mediaTypes.'text/x-search-index']
            suffixes = ['js']
            [outputFormats.planjson]
            mediaType = 'application/json'
            baseName = 'plan'
            isPlainText = true
            [outputFormats.calendar]
            mediaType = 'text/calendar'
            baseName = 'calendar'
            isPlainText = true
            [outputFormats.searchindex]
            mediaType = 'text/x-search-index'
            baseName = 'search-index'
            isPlainText = true
            [params]
            navigation = [{string.Join(", ", navigation.Select(n => $"{{ path = '{n.Item1}', text = '{n.Item2}' }}"))}]

            """);
        var layouts = Path.Combine(AppContext.BaseDirectory, "HugoTwin", "layouts");
        foreach (var file in Directory.EnumerateFiles(layouts, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, "layouts", Path.GetRelativePath(layouts, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
