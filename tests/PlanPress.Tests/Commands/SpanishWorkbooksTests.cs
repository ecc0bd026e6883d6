namespace PlanPress.Tests.Commands;

/// <summary>
/// The sample's calendar and Roles sheet as a coordinator who keeps them in Spanish would
/// (tests/fixtures/spanish: our translation, headers, months and who in Spanish), with
/// language: es: the same pages as the English sample, in Spanish.
/// </summary>
public sealed class SpanishWorkbooksTests
{
    /// <summary>Rows of a tab-separated fixture, its header first.</summary>
    private static object?[][] Rows(string name) =>
        [.. File.ReadAllLines(Repository.Fixture(Path.Combine("spanish", name))).Where(l => l.Length > 0).Select(l => l.Split('\t').Cast<object?>().ToArray())];

    private static async Task<string> BuildAsync(TempFolder folder, string content, string name)
    {
        var run = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", folder[name], "--booklets", folder[name + "-booklets"], "--as-of", "2024-03-15");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.DoesNotContain(": warning:", run.Output, StringComparison.Ordinal);
        return folder[name];
    }

    private static Dictionary<string, int> PagesByFolder(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .GroupBy(f => Path.GetRelativePath(site, Path.GetDirectoryName(f)!))
            .ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public async Task The_sample_calendar_and_roles_kept_in_Spanish_build_the_same_pages_in_Spanish()
    {
        using var folder = new TempFolder();
        var english = await BuildAsync(folder, Repository.Content, "english");
        var content = folder.CopyFolder(Repository.Content, "content");
        var yml = Path.Combine(content, "site.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("language: en", "language: es", StringComparison.Ordinal).Replace("program_start: October 2023", "program_start: octubre de 2023", StringComparison.Ordinal));
        // The calendar and roles move to a workbook of their own, in Spanish; the other sheets stay where they were.
        var calendar = Path.Combine(content, "calendar.xlsx");
        WorkbookCells.DeleteSheet(calendar, "Calendar");
        WorkbookCells.DeleteSheet(calendar, "Roles");
        new XlsxBuilder().Sheet("Calendario", Rows("calendar.tsv")).Sheet("Funciones", Rows("roles.tsv")).Save(Path.Combine(content, "calendario.xlsx"));

        var spanish = await BuildAsync(folder, content, "spanish");

        // As many pages of each kind: months, roles, initiatives, goals …
        Assert.Equal(PagesByFolder(english), PagesByFolder(spanish));
        var october = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(spanish, "months/2023-10.html")));
        Assert.Equal("es", october.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Octubre de 2023", october.QuerySelector("h1")?.TextContent);
        Assert.Equal(4, october.QuerySelectorAll(".sheet-items .task").Length);
        Assert.Contains("Realizar una evaluación de necesidades", october.QuerySelector(".sheet-items")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Coordinador del programa", october.QuerySelector(".sheet-items")!.TextContent, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(spanish, "roles/coordinador-del-programa.html")));
    }
}
