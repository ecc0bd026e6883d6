namespace PlanPress.Site.Tests;

public sealed class TranslationsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_counting_text_takes_its_one_or_other_form_and_a_language_without_one_falls_back_to_English()
    {
        _folder.Write("theme/i18n/en.yml", "tasks:\n  one: \"{0} task for {1}\"\n  other: \"{0} tasks for {1}\"\nplain: Plain\n");
        _folder.Write("theme/i18n/fr.yml", "tasks:\n  one: \"{0} tâche pour {1}\"\n  other: \"{0} tâches pour {1}\"\n");
        _folder.Write("theme/i18n/es.yml", "plain: Sencillo\n");

        var (en, _) = Translations.Load(_folder["theme"], "en");
        var (fr, _) = Translations.Load(_folder["theme"], "fr-CA");
        var (es, _) = Translations.Load(_folder["theme"], "es");

        Assert.Equal(["0 tasks for Ana", "1 task for Ana", "2 tasks for Ana"], Enumerable.Range(0, 3).Select(n => en.Plural("tasks", n, "Ana")));
        Assert.Equal(["0 tâche pour Ana", "1 tâche pour Ana", "2 tâches pour Ana"], Enumerable.Range(0, 3).Select(n => fr.Plural("tasks", n, "Ana")));
        Assert.Equal("1 task for Ana", es.Plural("tasks", 1, "Ana"));
        Assert.Equal("Sencillo", es["plain"]);
    }
}
