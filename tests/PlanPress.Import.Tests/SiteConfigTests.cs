using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests;

public sealed class SiteConfigTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_the_sample_settings()
    {
        var (settings, diagnostics) = SiteConfig.Read(Path.Combine(Repository.Content, SiteConfig.FileName));

        Assert.Empty(diagnostics);
        Assert.Equal("Mentoring and Tutoring Program", settings.Title);
        Assert.Equal(new YearMonth(2023, 10), settings.ProgramStart);
        Assert.Equal("en", settings.Language);
    }

    [Fact]
    public void A_misspelt_setting_is_a_warning_with_a_suggestion_and_the_american_spelling_is_accepted()
    {
        var path = _folder.Write("site.yml", "title: Plan\norganization: Riverside\nprogram_strat: 2023-10\n");

        var (settings, diagnostics) = SiteConfig.Read(path);

        Assert.Equal("Riverside", settings.Organisation);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("line 3", warning.Location.Cell);
        Assert.Equal("program_start", warning.Suggestion);
    }

    [Fact]
    public void An_unreadable_program_start_or_broken_yaml_is_an_error_with_its_line()
    {
        var badStart = SiteConfig.Read(_folder.Write("a.yml", "title: Plan\nprogram_start: Octobr 2023\n")).Diagnostics;
        var badYaml = SiteConfig.Read(_folder.Write("b.yml", "title: [unclosed\n")).Diagnostics;

        Assert.Equal(Severity.Error, Assert.Single(badStart).Severity);
        Assert.Equal("October 2023", badStart[0].Suggestion);
        Assert.Equal(Severity.Error, Assert.Single(badYaml).Severity);
        Assert.StartsWith("line ", badYaml[0].Location.Cell, StringComparison.Ordinal);
    }
}
