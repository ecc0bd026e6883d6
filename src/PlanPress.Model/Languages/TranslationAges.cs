using PlanPress.Model.History;

namespace PlanPress.Model.Languages;

/// <summary>
/// Which first-language words each translation was written for, kept with the change history as
/// digests ("es:" and the translation's digest → the digest of the words it was written for), so
/// that a cell whose words changed while its translation did not is found: the translation was
/// written for the earlier words, and stays marked so until it is changed too.
/// </summary>
public static class TranslationAges
{
    /// <summary>The record this build keeps: each translation with the words it was first seen beside (from <paramref name="previous"/>), else the words it is beside now.</summary>
    public static SortedDictionary<string, string>? Record(IReadOnlyDictionary<string, string>? previous, PlanTexts texts)
    {
        var record = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var cell in texts.Cells)
        {
            foreach (var (language, translation) in cell.Translations)
            {
                var key = Key(language, translation);
                record.TryAdd(key, previous is not null && previous.TryGetValue(key, out var written) ? written : TrackedItem.Digest(cell.Text));
            }
        }

        return record.Count == 0 ? null : record;
    }

    /// <summary>The cells whose translation the record says was written for other words than theirs now.</summary>
    public static IEnumerable<(TextCell Cell, string Language)> Stale(IReadOnlyDictionary<string, string>? record, PlanTexts texts) =>
        record is null ? [] :
        from cell in texts.Cells
        from translation in cell.Translations
        where record.TryGetValue(Key(translation.Key, translation.Value), out var written) && written != TrackedItem.Digest(cell.Text)
        select (cell, translation.Key);

    /// <summary>"es:" and the translation's digest: a key that holds no words.</summary>
    public static string Key(string language, string translation) => $"{language}:{TrackedItem.Digest(translation)}";
}
