namespace PlanPress.Tests.Variants;

/// <summary>
/// A site as it is published: its files served at its base_url, the folders of its plans ("" for a
/// single plan, "riverside-elementary/" in a portal), and those of them built in English and Spanish.
/// </summary>
public sealed record SiteVariant(string Name, ServedSite Site, IReadOnlyList<string> Plans, IReadOnlyList<string> TwoLanguagePlans)
{
    public override string ToString() => Name;

    /// <summary>The plan folder a page of the site belongs to, or null for a portal's own page.</summary>
    public string? PlanOf(string path) => Plans.Where(p => path.StartsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length);

    /// <summary>"es" for a page under a plan's es/ folder, else the plan's first language, "en" in every variant.</summary>
    public string LanguageOf(string path) => PlanOf(path) is { } plan && path[plan.Length..].StartsWith("es/", StringComparison.Ordinal) ? "es" : "en";
}

/// <summary>
/// Each kind of site PlanPress publishes, built once for the harness: one plan, one plan in two
/// languages, a portal, and a portal one of whose plans is in two languages. Each is served under
/// its base_url's path (example.github.io/planpress/ or …/district-plans/), as GitHub Pages serves a project site.
/// </summary>
public sealed class SiteVariants : IAsyncLifetime, IDisposable
{
    public const string OnePlan = "one plan";
    public const string TwoLanguages = "one plan in two languages";
    public const string Portal = "a portal";
    public const string PortalWithTwoLanguages = "a portal with a plan in two languages";

    private static readonly string[] PortalPlans = ["hillcrest-middle/", "lakeview-high/", "riverside-elementary/"];

    private readonly List<TempFolder> _folders = [];
    private readonly Dictionary<string, SiteVariant> _variants = [];

    public static TheoryData<string> Names => [OnePlan, TwoLanguages, Portal, PortalWithTwoLanguages];

    /// <summary>
    /// The variants whose pages hold every other's, their addresses set aside: the plain portal's
    /// pages are those of the portal with a plan in two languages, and the sample's (whose every page
    /// <c>AccessibilityTests</c> checks) are the English half of the plan in two languages. A check of
    /// how pages show (axe) runs on these, and <c>VariantTests</c> checks that they still hold the others.
    /// </summary>
    public static TheoryData<string> Widest => [TwoLanguages, PortalWithTwoLanguages];

    /// <summary>Each variant whose addresses no other's hold: the plain portal's are the two-language portal's English ones.</summary>
    public static TheoryData<string> DistinctAddresses => [OnePlan, TwoLanguages, PortalWithTwoLanguages];

    public SiteVariant this[string name] => _variants[name];

    public async Task InitializeAsync()
    {
        await BuildAsync(OnePlan, OnePlanWithoutTrailingSlash, [""], []);
        await BuildAsync(TwoLanguages, folder => Task.FromResult(Commands.BilingualSample.Write(folder)), [""], [""]);
        await BuildAsync(Portal, folder => NewPortal(folder, bilingual: false), PortalPlans, []);
        await BuildAsync(PortalWithTwoLanguages, folder => NewPortal(folder, bilingual: true), PortalPlans, ["riverside-elementary/"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folders.ForEach(f => f.Dispose());

    /// <summary>The sample, its base_url written as people often write it: "https://example.github.io/planpress", no "/" after the path.</summary>
    private static Task<string> OnePlanWithoutTrailingSlash(TempFolder folder)
    {
        var content = folder.CopyFolder(Repository.Content, "content");
        var yml = Path.Combine(content, "site.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("github.io/planpress/\n", "github.io/planpress\n", StringComparison.Ordinal));
        return Task.FromResult(content);
    }

    private static async Task<string> NewPortal(TempFolder folder, bool bilingual)
    {
        var created = await PlanPressRun.StartAsync("new", folder["portal"], "--portal");
        Assert.True(created.ExitCode == 0, created.Output);
        if (bilingual)
        {
            var yml = folder["portal/content/plans/riverside-elementary/site.yml"];
            File.WriteAllText(yml, File.ReadAllText(yml).Replace("\nlanguage: en", "\nlanguages: [en, es]", StringComparison.Ordinal));
        }

        return folder["portal/content"];
    }

    private async Task BuildAsync(string name, Func<TempFolder, Task<string>> write, string[] plans, string[] twoLanguagePlans)
    {
        var folder = new TempFolder();
        _folders.Add(folder);
        var content = await write(folder);
        var portal = File.Exists(Path.Combine(content, "plans.xlsx"));
        // Mid-March of the sample's year; a new portal's plans start this month, so three months on.
        var asOf = portal ? new DateOnly(DateTime.Today.Year, DateTime.Today.Month, 15).AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : Browser.ChromiumFixture.AsOf;
        var run = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", folder["site"], "--booklets", folder["booklets"], "--as-of", asOf);
        Assert.True(run.ExitCode == 0, run.Output);
        var root = File.ReadAllLines(Path.Combine(content, "site.yml")).Single(l => l.StartsWith("base_url:", StringComparison.Ordinal))["base_url:".Length..].Trim();
        _variants[name] = new SiteVariant(name, new ServedSite(folder["site"], new Uri(root.TrimEnd('/') + "/")), plans, twoLanguagePlans);
    }
}
