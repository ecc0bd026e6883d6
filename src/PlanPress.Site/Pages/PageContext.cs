using System.Globalization;
using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.History;
using PlanPress.Model.Improvement;
using PlanPress.Model.Languages;
using PlanPress.Model.Roles;

namespace PlanPress.Site.Pages;

/// <summary>
/// What every page builder of one site shares: the resolved plan and its index, the site's
/// addresses, its language and as-of date, what every page knows of the site (<see cref="Site"/>),
/// and the plan's items as pages show them (<see cref="Items"/>).
/// </summary>
public sealed class PageContext
{
    /// <param name="portal">The home of the portal the plan is published in, when it is.</param>
    /// <param name="history">The plan's change history with this build's changes; null when none is kept (serve, check).</param>
    public PageContext(Plan plan, DateOnly asOf, Translations text, SitePaths paths, Link? portal = null, ChangeLog? history = null)
    {
        Plan = plan;
        Index = new PlanIndex(plan);
        Paths = paths;
        T = text;
        Culture = plan.Settings.Culture;
        AsOf = asOf;
        AsOfMonth = YearMonth.From(asOf);
        Dates = new DateWords(Culture, text);
        Items = new ItemViews(this);
        Sheets = new ChecklistSheets(this);
        Changes = new ChangeViews(this, history);
        Site = new SiteInfo(
            plan.Settings.Title,
            plan.Settings.Organisation,
            plan.Settings.Timeframe,
            plan.Settings.Language,
            plan.Months.Select(MonthLink).ToList(),
            plan.Roles.Select(RoleLink).ToList(),
            plan.Months.Contains(AsOfMonth) ? MonthLink(AsOfMonth) : null,
            Navigation(),
            About(),
            paths,
            text,
            asOf,
            Dates.InWords(history?.LastChange ?? asOf))
        {
            UpdatedOn = history?.LastChange ?? asOf,
            ThirdParty = plan.Settings.LogForm.Length > 0,
            Description = plan.Settings.Description,
            Portal = portal,
            Languages = LanguageLinks(plan.Settings, paths),
            Root = plan.Settings.Root,
            Changes = history is null ? null : new Link(text["what-changed"], paths.Changes),
            ChangesFeed = history is null ? null : paths.ChangesFeed,
        };
    }

    public Plan Plan { get; }

    /// <summary>
    /// Words the plan keeps unmarked so they are found in other text (a glossary term, the initiative
    /// a resource names), marked as the first language's where a page shows them untranslated.
    /// </summary>
    public string Shown(string words) => IsTranslation && Plan.Texts.IsText(words.Trim()) ? PlanTranslator.Marked(words) : words;

    /// <summary>Words that are never translated (a role's other names), marked as the first language's on a translation's pages.</summary>
    public string InFirstLanguage(string words) => IsTranslation && words.Any(char.IsLetter) ? PlanTranslator.Marked(words) : words;

    private bool IsTranslation => Plan.Settings.Language != Plan.Settings.Languages[0];

    public PlanIndex Index { get; }

    public SitePaths Paths { get; }

    /// <summary>The theme's text in the plan's language.</summary>
    public Translations T { get; }

    public CultureInfo Culture { get; }

    /// <summary>The date the site is built for: what "this month" and "overdue" are reckoned from.</summary>
    public DateOnly AsOf { get; }

    public YearMonth AsOfMonth { get; }

    /// <summary>What every page knows about the site: its name, language, navigation and addresses.</summary>
    public SiteInfo Site { get; }

    /// <summary>The plan's tasks, benchmarks and activities as pages show them.</summary>
    public ItemViews Items { get; }

    /// <summary>What changed in the plan, and since when each status holds.</summary>
    public ChangeViews Changes { get; }

    /// <summary>The months' checklist sheets.</summary>
    public ChecklistSheets Sheets { get; }

    /// <summary>
    /// The plan's languages and where each one's site is: the first where the plan is, each other
    /// one in a folder under it named by its code ("es/").
    /// </summary>
    private static List<LanguageLink> LanguageLinks(SiteSettings settings, SitePaths paths)
    {
        var languages = settings.Languages;
        return languages.Select(code => new LanguageLink(code, NativeName(code), paths.InLanguage(code, languages).Prefix)).ToList();
    }

    /// <summary>A language's name in itself, as a reader looks for it: "English", "Español".</summary>
    private static string NativeName(string code)
    {
        var culture = CultureInfo.GetCultureInfo(code);
        return culture.TextInfo.ToUpper(culture.NativeName[0]) + culture.NativeName[1..];
    }

    /// <summary>The site's main sections: the calendar, the plans and who does what (the site's title leads home).</summary>
    private List<Link> Navigation()
    {
        var links = new List<Link> { new(T["year-overview"], Paths.Year) };
        if (Plan.Initiatives.Count > 0)
        {
            links.Add(new(T["action-plan"], Paths.ActionPlan));
        }

        if (Plan.Goals.Count > 0)
        {
            links.Add(new(T["improvement-plan"], Paths.ImprovementPlan));
        }

        links.Add(new(T["who-does-what"], Paths.Roles));
        return links;
    }

    /// <summary>What is about the plan rather than its work: its resources, its terms and its own pages.</summary>
    private List<Link> About()
    {
        var links = new List<Link>();
        if (Plan.Resources.Count > 0)
        {
            links.Add(new(T["resources"], Paths.Resources));
        }

        if (Plan.Glossary.Count > 0)
        {
            links.Add(new(T["glossary"], Paths.Glossary));
        }

        links.AddRange(Plan.Pages.Select(p => new Link(p.Title, Paths.Article(p))));
        return links;
    }

    /// <summary>The names of the phases a month is in.</summary>
    public List<string> PhaseNames(YearMonth month) => Plan.PhasesIn(month).Select(p => p.Name).ToList();

    /// <summary>Dates in words in the plan's language, as every page and feed says them.</summary>
    public DateWords Dates { get; }

    public Link MonthLink(YearMonth month) => new(month.Title(Culture), Paths.Month(month));

    public Link RoleLink(Role role) => new(role.Name, Paths.Role(role));

    public Link PersonLink(Person person) => new(person.Name, Paths.Person(person));

    public Link InitiativeLink(Initiative initiative) => new(initiative.Name, Paths.Initiative(initiative));

    public Link GoalLink(Goal goal) => new(T["goal-heading", goal.Id], Paths.Goal(goal));
}
