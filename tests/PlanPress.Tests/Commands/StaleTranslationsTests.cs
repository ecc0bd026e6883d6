using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>
/// A translation written for earlier words: when a cell's English changes and its Spanish does not,
/// the build names the cell and the Spanish page shows the translation marked as perhaps out of
/// date, build after build, until the Spanish is changed too.
/// </summary>
public sealed class StaleTranslationsTests
{
    private static async Task<string> BuildAsync(TempFolder folder, string content, string asOf)
    {
        var run = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", folder["site"], "--booklets", folder["booklets"], "--as-of", asOf);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output;
    }

    /// <summary>The translated task's line on the Spanish October page, and its stale note if it has one.</summary>
    private static (string Line, string? Note) Shown(TempFolder folder)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(folder["site/es/months/2023-10.html"]));
        var task = page.QuerySelectorAll(".sheet-items .task").Single(t => t.TextContent.Contains("Realizar una evaluación", StringComparison.Ordinal));
        return (task.TextContent, task.QuerySelector(".stale-translation")?.TextContent);
    }

    [Fact]
    public async Task A_translation_left_behind_by_its_cells_new_words_is_named_and_marked_until_it_is_changed_too()
    {
        using var folder = new TempFolder();
        var content = BilingualSample.Write(folder);
        var calendar = Path.Combine(content, "calendar.xlsx");
        await BuildAsync(folder, content, "2023-10-10");
        Assert.Null(Shown(folder).Note);

        // The English is reworded; its Spanish is not.
        WorkbookCells.Set(calendar, "Calendar", "C5", "Carry out a needs assessment with teachers, learners and families.");
        var output = await BuildAsync(folder, content, "2023-10-11");
        Assert.Equal("(puede que esta traducción no esté al día)", Shown(folder).Note);
        Assert.Contains("calendar.xlsx [Calendar] F5: note: This Spanish was written for earlier words of C5", output, StringComparison.Ordinal);
        Assert.Contains("(1 of the cells' translations written for earlier words, marked as perhaps out of date)", output, StringComparison.Ordinal);
        // The English site shows no mark, and the history keeps no words of either.
        Assert.DoesNotContain("stale-translation", File.ReadAllText(folder["site/months/2023-10.html"]), StringComparison.Ordinal);
        Assert.DoesNotContain("Realizar", File.ReadAllText(folder["site/changes.json"]), StringComparison.Ordinal);

        // Still so the next day, though nothing changed.
        await BuildAsync(folder, content, "2023-10-12");
        Assert.NotNull(Shown(folder).Note);

        // The Spanish is brought up to date: no mark.
        WorkbookCells.Set(calendar, "Calendar", "F5", "Realizar una evaluación de necesidades con docentes, estudiantes y familias.");
        await BuildAsync(folder, content, "2023-10-13");
        Assert.Null(Shown(folder).Note);
    }
}
