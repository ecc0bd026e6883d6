namespace PlanPress.Tests.Commands;

/// <summary>
/// The sample as a coordinator makes it bilingual: languages: [en, es] and the title in Spanish in site.yml, a "Task (es)"
/// column added beside the calendar's tasks with two of them translated, and one page in Spanish.
/// </summary>
public static class BilingualSample
{
    public const string Title = "Programa de mentoría y tutoría";

    public const string Translated = "Realizar una evaluación de necesidades: ¿dónde necesitan apoyo los estudiantes?";
    public const string AlsoTranslated = "Fijar metas SMART para el programa de tutoría, a partir de las necesidades recogidas.";
    public const string Untranslated = "List the resources the program needs";

    /// <summary>The content folder, written into <paramref name="folder"/>.</summary>
    public static string Write(TempFolder folder)
    {
        var content = folder.CopyFolder(Repository.Content, "content");
        var yml = Path.Combine(content, "site.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("language: en", $"languages: [en, es]\ntitle.es: {Title}", StringComparison.Ordinal));
        var calendar = Path.Combine(content, "calendar.xlsx");
        WorkbookCells.Set(calendar, "Calendar", "F4", "Task (es)");
        WorkbookCells.Set(calendar, "Calendar", "F5", Translated);
        WorkbookCells.Set(calendar, "Calendar", "F6", AlsoTranslated);
        File.WriteAllText(Path.Combine(content, "pages", "barriers.es.md"), "---\ntitle: Barreras y cómo las superamos\n---\n\nEl **tiempo** y el transporte son las barreras más comunes.\n");
        return content;
    }
}
