using PlanPress.Import.Portals;
using PlanPress.Import.Workbooks;

namespace PlanPress.Starter;

/// <summary>
/// The starter portal <c>planpress new --portal</c> writes: the portal's site.yml, its list of
/// plans (plans.xlsx: name, folder, level, region, contact) and three example plans under plans/,
/// each a starter plan of its own (without pairs: a portal publishes no personal booklets).
/// </summary>
public static class StarterPortal
{
    private static readonly (string Folder, string Name, string Level, string Region, string Contact)[] Plans =
    [
        ("riverside-elementary", "Riverside Elementary", "Elementary", "North", "principal@riverside.example.org"),
        ("hillcrest-middle", "Hillcrest Middle School", "Middle", "North", "principal@hillcrest.example.org"),
        ("lakeview-high", "Lakeview High School", "High", "South", "principal@lakeview.example.org"),
    ];

    public static IReadOnlyList<(string Path, Action<string> Write)> Files(DateOnly today)
    {
        var content = StarterProject.ContentFolder;
        var files = new List<(string Path, Action<string> Write)>
        {
            ($"{content}/site.yml", path => File.WriteAllText(path, SiteYml)),
            ($"{content}/plans.xlsx", path => WorkbookWriter.Save(path, [List()])),
        };
        foreach (var plan in Plans)
        {
            foreach (var (path, write) in StarterProject.Files(today).Where(f => f.Path.StartsWith(content + "/", StringComparison.Ordinal) && !f.Path.EndsWith(StarterProject.PairsWorkbook, StringComparison.Ordinal)))
            {
                var placed = $"{content}/{PortalFolder.PlansFolder}/{plan.Folder}/{path[(content.Length + 1)..]}";
                files.Add(path.EndsWith("/site.yml", StringComparison.Ordinal)
                    ? (placed, p => File.WriteAllText(p, PlanSiteYml(today, plan.Name)))
                    : (placed, write));
            }
        }

        files.Add(StarterProject.Files(today).Single(f => f.Path == StarterProject.GitIgnoreFile));
        return files;
    }

    private const string SiteYml = """
        # The portal as a whole: each plan under plans/ has a site.yml of its own.
        title: Springfield School District Plans
        description: Every school's mentoring plan, how far each has come, and what is due.
        organisation: Springfield School District
        # en or es: the portal's own pages. Each plan's pages are in its own site.yml's language.
        language: en
        # Where the portal is published: each plan is under it (https://example.github.io/district-plans/riverside-elementary/).
        base_url: https://example.github.io/district-plans/

        """;

    /// <summary>A plan's site.yml, as a starter plan's, with the school's name and without a base_url (the portal's is used).</summary>
    private static string PlanSiteYml(DateOnly today, string school) =>
        string.Join('\n', StarterProject.SiteYml(today).Split('\n')
            .Where(line => !line.StartsWith("base_url:", StringComparison.Ordinal))
            .Select(line => line.StartsWith("title:", StringComparison.Ordinal) ? $"title: {school} Mentoring Program"
                : line.StartsWith("organisation:", StringComparison.Ordinal) ? $"organisation: {school}"
                : line));

    private static SheetSpec List() => new("Plans",
        [
            ["Name", "Folder", "Level", "Region", "Contact"],
            .. Plans.Select(p => new object?[] { p.Name, p.Folder, p.Level, p.Region, p.Contact }),
        ])
    {
        ColumnWidths = [28, 24, 14, 12, 34],
        FrozenRows = 1,
        BoldRows = [0],
    };
}
