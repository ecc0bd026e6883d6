using System.Text.Json;
using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>The interface in the plan's language: <c>language: es</c> in site.yml gives Spanish labels and dates; content stays as written.</summary>
public sealed class LanguageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<PlanPressRun> BuildAsync(string language)
    {
        var content = _folder.CopyFolder(Repository.Content, "content");
        var yml = File.ReadAllText(Path.Combine(content, "site.yml")).Replace("language: en", $"language: {language}", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(content, "site.yml"), yml);
        return await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", _folder["site"], "--booklets", _folder["booklets"], "--as-of", "2024-03-15");
    }

    private AngleSharp.Dom.IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder["site"], path)));

    [Fact]
    public async Task A_Spanish_plan_has_a_Spanish_interface_Spanish_dates_and_lang_es()
    {
        var run = await BuildAsync("es");

        Assert.True(run.ExitCode == 0, run.Output);
        var month = Page("months/2024-03.html");
        // Every page says so, whatever its kind: a screen reader reads each in Spanish.
        Assert.All(Directory.EnumerateFiles(_folder["site"], "*.html", SearchOption.AllDirectories), page =>
            Assert.Contains("<html lang=\"es\"", File.ReadAllText(page), StringComparison.Ordinal));
        // A month heading starts with a capital, as a Spanish heading does; the month in running text does not.
        Assert.Equal("Marzo de 2024", month.QuerySelector("h1")?.TextContent);
        Assert.Contains("Fase:", month.QuerySelector(".phase")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Este mes: Marzo de 2024", month.QuerySelector(".this-month-link .this-month-long")?.TextContent);
        Assert.Equal("Actualizado el 15 de marzo de 2024", month.QuerySelector("footer .updated")?.TextContent);
        Assert.Contains(month.QuerySelectorAll(".site-nav a"), a => a.TextContent == "Resumen del año");
        Assert.Equal("Indicadores que vencen este mes", month.QuerySelector("section.due h2")?.TextContent);
        var feed = File.ReadAllText(Path.Combine(_folder["site"], "calendar.ics"));
        Assert.Contains("⚠ Atrasado: ", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("Person responsible:", feed, StringComparison.Ordinal);
        // Every date in every feed is in Spanish, as on the pages: no "Aug 2024" or "October 15, 2020" copied from a cell.
        foreach (var ics in Directory.EnumerateFiles(_folder["site"], "*.ics", SearchOption.AllDirectories))
        {
            var unfolded = File.ReadAllText(ics).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\b(?:January|February|March|April|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{4})\b", unfolded);
        }

        Assert.Contains("Fecha: 31 de marzo de 2024 (“by end of Q2”)", feed.Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var initiative = Page("initiatives/implement-common-district-wide-reading-strategies-in-grades-k-5.html");
        Assert.Equal(["Indicador", "Responsable", "Fecha", "Estado"], initiative.QuerySelectorAll("table.benchmark-table thead th").Take(4).Select(h => h.TextContent));
        Assert.Contains("Cumplido", initiative.QuerySelector(".status-met")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("4 de marzo de 2019", initiative.QuerySelector("time[datetime='2019-03-04']")?.TextContent);

        // Counts agree with their number: one overdue benchmark is "1 atrasado".
        var home = Page("index.html");
        Assert.Equal(["⚠ 1 atrasado", "⚠ 2 atrasados", "⚠ 3 atrasados"], home.QuerySelectorAll(".progress-table .overdue").Select(o => o.TextContent.Trim()).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(home.QuerySelectorAll(".progress-detail"), d => d.TextContent.EndsWith(", 1 no cumplido", StringComparison.Ordinal));
        Assert.DoesNotContain(home.QuerySelectorAll(".progress-detail"), d => d.TextContent.Contains(" 1 no cumplidos", StringComparison.Ordinal));
        Assert.Equal("⚠ 5 indicadores atrasados", home.QuerySelector("#overdue")?.TextContent.Trim());

        // The coordinator's words are not translated.
        Assert.Equal("Identify common district-wide reading strategies", initiative.QuerySelector("table.benchmark-table tbody td")?.TextContent);
    }

    [Fact]
    public async Task A_language_the_theme_has_no_text_for_is_a_warning_and_the_interface_stays_English()
    {
        var run = await BuildAsync("fr");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: The theme has no translation for the language \"fr\"", run.Output, StringComparison.Ordinal);
        Assert.Equal("Mars 2024", Page("months/2024-03.html").QuerySelector("h1")?.TextContent);
        Assert.Contains("Phase:", Page("months/2024-03.html").QuerySelector(".phase")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_key_of_the_English_text_has_a_Spanish_translation()
    {
        static HashSet<string> Keys(string language) =>
            File.ReadAllLines(Path.Combine(Repository.Theme, "i18n", $"{language}.yml"))
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)])
                .ToHashSet();

        Assert.Empty(Keys("en").Except(Keys("es")));
    }
}
