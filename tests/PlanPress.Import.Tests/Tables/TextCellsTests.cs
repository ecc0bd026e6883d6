using PlanPress.Model.Diagnostics;
using static PlanPress.Testing.RawXlsx;

namespace PlanPress.Import.Tests.Tables;

/// <summary>The text cells of a plan in two languages, with the columns beside them in the second.</summary>
public sealed class TextCellsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ImportResult Read(string languages, params string?[][] rows)
    {
        _folder.Write("content/site.yml", $"title: Plan\nprogram_start: October 2023\nlanguages: [{languages}]\n");
        new RawXlsx().Sheet("Calendar", Data(rows)).Save(_folder["content/calendar.xlsx"]);
        var imported = ContentFolder.Read(_folder["content"]);
        Assert.False(imported.Diagnostics.HasErrors(), string.Join("\n", imported.Diagnostics));
        return imported;
    }

    [Fact]
    public void A_column_named_for_the_language_or_in_it_pairs_with_its_text_column_before_or_after_it()
    {
        var imported = Read(
            "en, es",
            ["Month", "Tarea", "Task", "Who", "Notes", "Notes (es)"],
            ["October 2023", "Evaluar las necesidades", "Assess needs", "Coordinator", "Survey families", "Encuestar a las familias"],
            [null, null, "Recruit mentors", "Coordinator", null, null]);

        // "Tarea" stands first and still is the Spanish of Task, not the Task column.
        Assert.Equal(["Assess needs", "Recruit mentors"], imported.Source!.CalendarRows.Select(r => r.Task.Text));
        Assert.Equal(
            ["C2 Assess needs = Evaluar las necesidades", "E2 Survey families = Encuestar a las familias", "C3 Recruit mentors = "],
            imported.Source.Texts.Select(t => $"{t.Location.Cell} {t.Text} = {t.Translations.GetValueOrDefault("es")}"));
    }

    [Fact]
    public void A_paired_column_beside_a_name_or_in_a_language_site_yml_does_not_name_is_noted_and_not_read()
    {
        var imported = Read(
            "en, es",
            ["Month", "Task", "Who", "Who (es)", "Task (fr)"],
            ["October 2023", "Assess needs", "Coordinator", "Coordinadora", "Évaluer les besoins"]);

        var notes = imported.Diagnostics.Where(d => d.Severity == Severity.Note).Select(d => $"{d.Location.Cell}: {d.Message}").ToList();
        Assert.Contains("D1: The column \"Who (es)\" was not read: Who holds names, dates or statuses, which are read the same in every language.", notes);
        Assert.Contains("E1: The column \"Task (fr)\" is in a language site.yml does not name, so it was not read.", notes);
        Assert.Empty(Assert.Single(imported.Source!.Texts).Translations);
    }

    [Fact]
    public void With_one_language_no_text_cell_is_gathered()
    {
        var imported = Read("en", ["Month", "Task", "Who", "Task (es)"], ["October 2023", "Assess needs", "Coordinator", "Evaluar"]);

        Assert.Empty(imported.Source!.Texts);
        Assert.Equal("Assess needs", Assert.Single(imported.Source.CalendarRows).Task.Text);
    }
}
