using PlanPress.Model;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.Glossary;
using PlanPress.Model.Improvement;
using PlanPress.Model.Pages;
using PlanPress.Model.Pairs;
using PlanPress.Model.Roles;

namespace PlanPress.Site;

/// <summary>
/// Every address of a plan's site, from the root of what is published: its pages, feeds, data and
/// assets. Pages, feeds, templates and commands ask it rather than spell a path. Under a portal a
/// plan's site sits under its own <see cref="Prefix"/> ("riverside/"), and shares the theme's
/// assets at the portal's root with every other plan; alone, at the root.
/// </summary>
public sealed partial class SitePaths
{
    /// <summary>A plan published alone, at the root of its site.</summary>
    public static readonly SitePaths Root = new(string.Empty);

    private const string MonthsFolder = "months/";
    private const string AssetsFolder = "assets/";

    private readonly string _assets = AssetsFolder;

    /// <param name="prefix">The folder the plan's site is published under, ending in "/" ("riverside/"), or empty.</param>
    /// <param name="language">
    /// A language of the plan other than its first: that language's site is in a folder of its code
    /// under the first's ("es/", "riverside/es/"), with the same addresses below it. Null for the first.
    /// This is the one place a language's folder is made.
    /// </param>
    public SitePaths(string prefix, string? language = null)
    {
        if (prefix.Length > 0 && !prefix.EndsWith('/'))
        {
            throw new ArgumentException("A plan's prefix is a folder: it ends in \"/\".", nameof(prefix));
        }

        PlanPrefix = prefix;
        Prefix = language is null ? prefix : prefix + language + "/";
    }

    /// <summary>The folder this site is under ("riverside/", "riverside/es/"), or empty at the root.</summary>
    public string Prefix { get; }

    /// <summary>The folder the plan's first language's site is under ("riverside/"), or empty at the root.</summary>
    public string PlanPrefix { get; }

    /// <summary>The paths of the same plan's site in <paramref name="code"/>, one of <paramref name="languages"/> (the first where the plan is, each other in its folder).</summary>
    public SitePaths InLanguage(string code, IReadOnlyList<string> languages) => new(PlanPrefix, code == languages[0] ? null : code);

    public string Home => Prefix + "index.html";

    public string Year => Prefix + "year.html";

    public string Roles => Prefix + "roles.html";

    public string ActionPlan => Prefix + "action-plan.html";

    public string ImprovementPlan => Prefix + "improvement-plan.html";

    public string Resources => Prefix + "resources.html";

    public string Glossary => Prefix + "glossary.html";

    /// <summary>Every month's sheet in one page, to print the year.</summary>
    public string Booklet => Prefix + "booklet.html";

    /// <summary>The blank Mentoring Action Plan worksheet.</summary>
    public string Map => Prefix + "map.html";

    public string Search => Prefix + "search.html";

    /// <summary>The accessibility statement: what the site aims at, what was checked, whom to tell.</summary>
    public string Accessibility => Prefix + "accessibility.html";

    /// <summary>The page a web server shows for any missing address.</summary>
    public string NotFound => Prefix + "404.html";

    /// <summary>A term's entry on the glossary page.</summary>
    public string Term(GlossaryEntry entry) => $"{Glossary}#{entry.Slug}";

    public string Month(YearMonth month) => $"{Prefix}{MonthsFolder}{month}.html";

    public string Role(Role role) => $"{Prefix}roles/{role.Slug}.html";

    public string Person(Person person) => $"{Prefix}people/{person.Slug}.html";

    public string Initiative(Initiative initiative) => $"{Prefix}initiatives/{initiative.Slug}.html";

    public string Goal(Goal goal) => $"{Prefix}goals/{goal.Id.ToLowerInvariant()}.html";

    /// <summary>A narrative page of the content folder's pages/.</summary>
    public string Article(NarrativePage page) => $"{Prefix}pages/{page.Slug}.html";

    /// <summary>A pair's personal booklet, in the booklets folder (under the language's folder in another language): never part of the site.</summary>
    public string PairBooklet(Pair pair) => $"{Prefix}{pair.Slug}.html";

    /// <summary>The whole plan as one calendar feed.</summary>
    public string Calendar => Prefix + "calendar.ics";

    /// <summary>A role's own calendar feed.</summary>
    public string RoleCalendar(Role role) => $"{Prefix}calendars/{role.Slug}.ics";

    /// <summary>The resolved plan as data.</summary>
    public string PlanJson => Prefix + "plan.json";

    /// <summary>The search page's index, a script so search also works from a folder on disk.</summary>
    public string SearchIndex => Prefix + "search-index.js";

    public string Sitemap => Prefix + "sitemap.xml";

    /// <summary>What changed in the plan, newest first.</summary>
    public string Changes => Prefix + "changes.html";

    /// <summary>The changes as an Atom feed, for a feed reader or an e-mail service.</summary>
    public string ChangesFeed => Prefix + "changes.xml";

    /// <summary>The change history the next build reads back: the plan as published and its changes.</summary>
    public string ChangesData => Prefix + "changes.json";

    /// <summary>A file of the theme's assets folder ("site.css", "vendor/minisearch.js"): at the root, shared by a portal's plans.</summary>
    public string Asset(string name) => _assets + name;

    /// <summary>Whether <paramref name="path"/> is one of the theme's assets, which a page away from the site (a pair's booklet) still loads from beside it.</summary>
    public bool IsAsset(string path) => path.StartsWith(_assets, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="path"/> is a month's checklist page.</summary>
    public bool IsMonth(string path) => path.StartsWith(Prefix + MonthsFolder, StringComparison.Ordinal);

    /// <summary>Whether search engines should be told of the page: every page but search and "not found".</summary>
    public bool IsListed(string path) => path.EndsWith(".html", StringComparison.Ordinal) && path != NotFound && path != Search;

    /// <summary>
    /// Whether <paramref name="path"/>, read back from a previous build, is an address these paths make
    /// inside a plan's site: folders and a page of letters, digits, dashes, dots and underscores (no
    /// "..", no scheme, no host), and an optional fragment of the same.
    /// </summary>
    public static bool IsOwnPath(string path) => path.Length < 1000 && OwnPath().IsMatch(path) && !path.Split('#')[0].Split('/').Any(p => p is "." or "..");

    [System.Text.RegularExpressions.GeneratedRegex(@"\A(?:[A-Za-z0-9_\-.]+/)*[A-Za-z0-9_\-.]+\.html(?:#[A-Za-z0-9_\-.:]+)?\z")]
    private static partial System.Text.RegularExpressions.Regex OwnPath();

    /// <summary>The path the site is published under ("/planpress/" for https://example.github.io/planpress/); null without a base_url.</summary>
    public static string? RootPath(SiteSettings settings) => settings.Root?.AbsolutePath;
}
