using PlanPress.Model;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Site.Tests;

/// <summary>Compiled templates kept between runs: reused when the theme is unchanged, compiled anew when a template is edited.</summary>
public sealed class CompiledThemeCacheTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly Plan Plan = new(
        new SiteSettings("Mentoring Plan", "Riverside", "2023", new YearMonth(2023, 10), "en", string.Empty),
        [new YearMonth(2023, 10)], [], [], [], [], [], [], [], [], []);

    private async Task<string> RenderMonthAsync(string theme)
    {
        // A new Theme is what a fresh process has: nothing compiled in memory, only what the cache folder holds.
        var site = await SiteRenderer.RenderAsync(Plan, new Theme(theme, _folder["cache"]), new DateOnly(2023, 10, 15));
        Assert.DoesNotContain(site.Diagnostics, d => d.Severity == Severity.Error);
        return System.Text.Encoding.UTF8.GetString(site.Files.Single(f => f.Path == "months/2023-10.html").Content);
    }

    private string[] Cached() => Directory.GetFiles(_folder["cache"], "*.dll");

    [Fact]
    public async Task A_second_build_loads_the_compiled_templates_and_an_edited_template_is_compiled_anew()
    {
        var theme = _folder.CopyFolder(Repository.Theme, "theme");

        var first = await RenderMonthAsync(theme);
        var compiled = Cached();
        var stamps = compiled.ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var second = await RenderMonthAsync(theme);

        Assert.NotEmpty(compiled);
        Assert.Equal(first, second);
        Assert.Equal(compiled, Cached());
        Assert.All(compiled, f => Assert.Equal(stamps[f], File.GetLastWriteTimeUtc(f)));

        var month = Path.Combine(theme, "Month.cshtml");
        File.WriteAllText(month, File.ReadAllText(month).Replace("@model MonthPage", "@model MonthPage\n<p id=\"edited\">Edited</p>", StringComparison.Ordinal));
        var edited = await RenderMonthAsync(theme);

        Assert.Contains("<p id=\"edited\">Edited</p>", edited, StringComparison.Ordinal);
        Assert.Equal(compiled.Length + 1, Cached().Length);
    }

    [Fact]
    public async Task Templates_not_compiled_yet_that_several_sites_ask_for_at_once_are_compiled_and_all_render()
    {
        // A portal's plans render at once, each asking for the templates a new machine has not compiled yet.
        var theme = new Theme(_folder.CopyFolder(Repository.Theme, "theme"), _folder["cache"]);

        var sites = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SiteRenderer.RenderAsync(Plan, theme, new DateOnly(2023, 10, 15)))));

        Assert.All(sites, site => Assert.DoesNotContain(site.Diagnostics, d => d.Severity == Severity.Error));
        Assert.All(sites, site => Assert.Contains(site.Files, f => f.Path == "months/2023-10.html"));
        Assert.NotEmpty(Cached());
    }

    [Fact]
    public async Task A_damaged_cached_template_is_compiled_again_not_a_failed_build()
    {
        var theme = _folder.CopyFolder(Repository.Theme, "theme");
        var first = await RenderMonthAsync(theme);
        foreach (var file in Cached())
        {
            File.WriteAllBytes(file, [0x4D, 0x5A, 0, 1, 2]);
        }

        Assert.Equal(first, await RenderMonthAsync(theme));
    }
}
