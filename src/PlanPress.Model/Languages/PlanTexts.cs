using PlanPress.Model.Diagnostics;

namespace PlanPress.Model.Languages;

/// <summary>A cell of the plan's text in its first language, with what the paired columns beside it ("Task (es)") give in other languages.</summary>
public sealed record TextCell(string Text, SourceLocation Location, IReadOnlyDictionary<string, string> Translations)
{
    /// <summary>Where each translation stands (the "Task (es)" cell beside it), by language; the cell's own place when not known.</summary>
    public IReadOnlyDictionary<string, SourceLocation> TranslatedAt { get; init; } = new Dictionary<string, SourceLocation>();
}

/// <summary>
/// The plan's text cells and their translations, as the sheets gave them: the same words are one
/// text wherever they stand, so a translation given once serves every cell that holds them.
/// </summary>
public sealed class PlanTexts
{
    public static readonly PlanTexts None = new([]);

    private readonly Dictionary<string, Dictionary<string, string>> _byLanguage = new(StringComparer.Ordinal);
    private readonly HashSet<string> _texts;

    public PlanTexts(IReadOnlyList<TextCell> cells)
    {
        Cells = cells;
        _texts = cells.Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            foreach (var (language, text) in cell.Translations)
            {
                var words = _byLanguage.TryGetValue(language, out var found) ? found : _byLanguage[language] = new(StringComparer.Ordinal);
                words.TryAdd(cell.Text, text);
            }
        }
    }

    public IReadOnlyList<TextCell> Cells { get; }

    /// <summary>The words in <paramref name="language"/>, or null when none was given.</summary>
    public string? Translation(string text, string language) =>
        _byLanguage.TryGetValue(language, out var words) && words.TryGetValue(text, out var translated) ? translated : null;

    /// <summary>Whether the words stand in a column whose text is translated (a task, a benchmark, a definition), not a name or a date.</summary>
    public bool IsText(string text) => _texts.Contains(text);

    /// <summary>The first-language words whose translation, in a language, was written for earlier words (<see cref="TranslationAges"/>).</summary>
    public IReadOnlySet<(string Language, string Text)> Stale { get; init; } = new HashSet<(string, string)>();

    /// <summary>Whether the translation of <paramref name="text"/> into <paramref name="language"/> was written for earlier words.</summary>
    public bool IsStale(string text, string language) => Stale.Count > 0 && Stale.Contains((language, text));

    /// <summary>The cells with no text in <paramref name="language"/>, in the plan's order: what is left to translate.</summary>
    public IEnumerable<TextCell> Untranslated(string language) => Cells.Where(c => Translation(c.Text, language) is null);
}
