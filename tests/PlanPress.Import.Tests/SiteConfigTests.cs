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

    [Fact]
    public void Sources_are_read_as_addresses_or_url_and_name_each_named_for_diagnostics_without_its_query()
    {
        var path = _folder.Write("site.yml", """
            title: Plan
            sources:
              - https://docs.google.com/spreadsheets/d/abc/export?format=xlsx&key=SECRET
              - url: https://ana:pa55@example.org/files/Action%20Plan.xlsx
              - url: https://example.org/download?id=7
                name: calendar.xlsx
            """);

        var config = SiteConfig.Read(path);

        Assert.Empty(config.Diagnostics);
        Assert.Equal(["source-1.xlsx", "Action Plan.xlsx", "calendar.xlsx"], config.Sources.Select(s => s.Name));
        Assert.Equal("source-1.xlsx (https://docs.google.com/spreadsheets/d/abc/export)", config.Sources[0].File);
        Assert.Equal("line 5", config.Sources[2].Location.Cell);
        Assert.Equal("Action Plan.xlsx (https://example.org/files/Action%20Plan.xlsx)", config.Sources[1].File);
    }

    [Fact]
    public void A_Google_Sheets_link_pasted_from_the_share_dialog_is_fetched_as_its_export_and_a_note_says_so()
    {
        var path = _folder.Write("site.yml", """
            title: Plan
            sources:
              - https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/edit?usp=sharing
            """);

        var config = SiteConfig.Read(path);

        var source = Assert.Single(config.Sources);
        Assert.Equal("https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/export?format=xlsx", source.Url.AbsoluteUri);
        Assert.Equal("source-1.xlsx", source.Name);
        var note = Assert.Single(config.Diagnostics);
        Assert.Equal(Severity.Note, note.Severity);
        Assert.Equal("line 3", note.Location.Cell);
        Assert.Contains("the Google Sheets link was turned into its download as a workbook", note.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1AbCdEfGhIjKlMnOpQrStUv", note.Message + source.File, StringComparison.Ordinal);
        Assert.Contains("/d/1AbC…/", source.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_OneDrive_share_links_key_is_in_no_message_as_written_or_in_base64()
    {
        var link = "https://1drv.ms/x/s!AkxYz0123456789abcdEFGH?e=Q1w2E3";
        var path = _folder.Write("site.yml", $"title: Plan\nsources:\n  - {link}\n");

        var config = SiteConfig.Read(path);

        var shown = string.Join("\n", config.Diagnostics.Select(d => d.Message)) + string.Join("\n", config.Sources.Select(s => s.File));
        Assert.NotEmpty(config.Sources);
        Assert.DoesNotContain("AkxYz0123456789", shown, StringComparison.Ordinal);
        var base64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("https://1drv.ms/x/s!AkxYz0123456789abcdEFGH")).TrimEnd('=').Replace('/', '_').Replace('+', '-');
        Assert.DoesNotContain(base64[..12], shown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_that_is_not_https_not_an_address_badly_named_or_named_twice_is_an_error_with_its_line()
    {
        var path = _folder.Write("site.yml", """
            sources:
              - http://example.org/plan.xlsx
              - not an address
              - url: https://example.org/a.xlsx
                name: ../plan.xlsx
              - url: https://example.org/b.xlsx
                name: plan.docx
              - https://example.org/x/plan.xlsx
              - https://example.org/y/plan.xlsx
              - url: https://example.org/c.xlsx
                nmae: c.xlsx
            """);

        var config = SiteConfig.Read(path);

        Assert.Equal(["plan.xlsx", "c.xlsx"], config.Sources.Select(s => s.Name));
        var errors = config.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(["line 2", "line 3", "line 4", "line 6", "line 9"], errors.Select(e => e.Location.Cell));
        Assert.Contains("not an https address", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("Two sources are named \"plan.xlsx\"", errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("\"nmae\" is not known", Assert.Single(config.Diagnostics, d => d.Severity == Severity.Warning).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_written_as_one_text_is_an_error()
    {
        var config = SiteConfig.Read(_folder.Write("site.yml", "sources: https://example.org/plan.xlsx\n"));

        Assert.Empty(config.Sources);
        Assert.Contains("not a list", Assert.Single(config.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("languages: [en, es]\n")]
    [InlineData("languages:\n  - en\n  - es\n")]
    [InlineData("language: en\nlanguages: [en, es]\n")]
    public void Languages_are_a_list_the_first_the_workbooks_own(string yml)
    {
        var (settings, diagnostics) = SiteConfig.Read(_folder.Write("site.yml", "title: Plan\n" + yml));

        Assert.Empty(diagnostics);
        Assert.Equal(["en", "es"], settings.Languages);
        Assert.Equal("en", settings.Language);
        Assert.Equal(["es"], settings.OtherLanguages);
    }

    [Fact]
    public void A_language_that_is_no_code_or_given_twice_is_an_error_with_its_line_and_stale_after_takes_days()
    {
        var unknown = SiteConfig.Read(_folder.Write("a.yml", "title: Plan\nlanguages: [en, espanol]\n"));
        var twice = SiteConfig.Read(_folder.Write("b.yml", "title: Plan\nlanguages: [es, es]\n"));
        var stale = SiteConfig.Read(_folder.Write("c.yml", "title: Plan\nstale_after: 45 days\n"));
        var notDays = SiteConfig.Read(_folder.Write("d.yml", "title: Plan\nstale_after: often\n"));

        Assert.Equal("The language \"espanol\" is not a known language code.", Assert.Single(unknown.Diagnostics).Message);
        Assert.Equal("line 2", unknown.Diagnostics[0].Location.Cell);
        Assert.Equal(["en"], unknown.Settings.Languages);
        Assert.Contains("not a list of different language codes", Assert.Single(twice.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal(45, stale.Settings.StaleAfterDays);
        Assert.Empty(stale.Diagnostics);
        Assert.Equal("The stale_after \"often\" is not a number of days.", Assert.Single(notDays.Diagnostics).Message);
    }

    [Fact]
    public void The_title_and_description_may_be_given_in_another_language_of_the_site_and_one_it_does_not_name_is_a_warning()
    {
        var (settings, diagnostics) = SiteConfig.Read(_folder.Write("site.yml", "title: Plan\nlanguages: [en, es]\ntitle.es: Plan de mentoría\norganization.es: Escuela\ndescription.fr: Le plan\n"));

        Assert.Equal("Plan de mentoría", settings.InOtherLanguages["title.es"]);
        Assert.Equal("Escuela", settings.InOtherLanguages["organisation.es"]);
        Assert.Equal("The setting \"description.fr\" is for a language that is not among the site's other languages (es); it was ignored.", Assert.Single(diagnostics).Message);
    }
}
