using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PlanPress.Site.Feeds;

/// <summary>
/// A portal's search index in pieces, so that a phone loads only what its query needs: each entry's
/// title, kind, address and plan once, in chunks of <see cref="ChunkSize"/> (search/entries-N.js), and
/// for each word the entries it is in (search/terms-N.js, the word's bucket of <see cref="Buckets"/>).
/// search-shards.js reads the buckets of the query's words, keeps the entries in all of them, and loads
/// the chunks of the results it shows; the plans (search/plans.js: each plan's folder, name and first
/// entry) come beside the page, for the list that narrows a search to one plan and the plan of each
/// result past those shown. Words are cut and folded exactly as it does (MiniSearch's
/// tokenizer, then search-words.js's fold): the two must agree, or a word is looked for in the wrong bucket.
/// Scripts rather than JSON, so that search also works from a folder on disk.
/// </summary>
public static class SearchShards
{
    public const string Folder = "search/";

    /// <summary>How many buckets the words are spread over: a common word's bucket stays a few kilobytes beside its own list.</summary>
    public const int Buckets = 512;

    /// <summary>How many entries a chunk holds: the results a page shows first come from one or two.</summary>
    public const int ChunkSize = 200;

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ShardsJson.Default,
    };

    /// <summary>A plan of the portal in its search: its folder, its name, and its first entry (its entries run to the next plan's).</summary>
    public sealed record Plan(string Slug, string Name, int Start);

    /// <summary>Every chunk and every bucket (empty ones too, so that a query never asks for a file that is not there), and the plans.</summary>
    /// <param name="plans">The plans, in the order of their entries.</param>
    /// <param name="spanish">Whether the search page is Spanish, where "mentores" is folded to "mentor" as search-words.js folds it there.</param>
    public static IEnumerable<(string Path, string Text)> Write(IReadOnlyList<SearchIndex.Entry> entries, IReadOnlyList<Plan> plans, bool spanish)
    {
        var planRows = plans.Select(p => $"[{JsonSerializer.Serialize(p.Slug, Json)},{JsonSerializer.Serialize(p.Name, Json)},{p.Start}]");
        yield return ($"{Folder}plans.js", $"planpressSearch.plans([{string.Join(',', planRows)}]);\n");

        for (var chunk = 0; chunk * ChunkSize < entries.Count; chunk++)
        {
            var rows = entries.Skip(chunk * ChunkSize).Take(ChunkSize).Select(e => new[] { e.Title, e.Kind, e.Url, e.Plan ?? string.Empty, e.Id }).ToArray();
            yield return ($"{Folder}entries-{chunk}.js", $"planpressSearch.entries({chunk}, {JsonSerializer.Serialize(rows, Json)});\n");
        }

        var buckets = Enumerable.Range(0, Buckets).Select(_ => new SortedDictionary<string, List<int>>(StringComparer.Ordinal)).ToArray();
        // A portal's entries repeat their words (every plan's "team", "month", "benchmark"): each is folded once.
        var folded = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var term in Terms($"{entries[i].Title} {entries[i].Text} {entries[i].Kind}", spanish, folded))
            {
                var bucket = buckets[Bucket(term)];
                if (!bucket.TryGetValue(term, out var list))
                {
                    bucket[term] = list = [];
                }

                list.Add(i);
            }
        }

        for (var b = 0; b < Buckets; b++)
        {
            var terms = buckets[b].ToDictionary(t => t.Key, t => Deltas(t.Value), StringComparer.Ordinal);
            yield return ($"{Folder}terms-{b}.js", $"planpressSearch.terms({b}, {JsonSerializer.Serialize(terms, Json)});\n");
        }
    }

    /// <summary>
    /// The entries' numbers, ascending, each as its distance from the one before in base 36, and a run
    /// of numbers one apart as "~" and how many: "3,1,a" is 3, 4 and 14; "3,~4" is 3, 4, 5, 6 and 7. A
    /// word in most entries (a plan's "school") stays a few kilobytes.
    /// </summary>
    private static string Deltas(List<int> numbers)
    {
        var parts = new List<string>();
        var previous = 0;
        var i = 0;
        while (i < numbers.Count)
        {
            var run = 0;
            while (i + run < numbers.Count && numbers[i + run] == previous + run + 1)
            {
                run++;
            }

            if (run > 2)
            {
                parts.Add("~" + Base36(run));
                previous += run;
                i += run;
            }
            else
            {
                parts.Add(Base36(numbers[i] - previous));
                previous = numbers[i];
                i++;
            }
        }

        return string.Join(',', parts);
    }

    private static string Base36(int n)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var text = new StringBuilder();
        do
        {
            text.Insert(0, Digits[n % 36]);
            n /= 36;
        }
        while (n > 0);
        return text.ToString();
    }

    /// <summary>The distinct folded words of a text, as search-shards.js makes them of a query.</summary>
    /// <param name="folded">Words folded before, by the word as written.</param>
    private static IEnumerable<string> Terms(string text, bool spanish, Dictionary<string, string> folded) =>
        Tokens(text).Select(t => Fold(t, spanish, folded)).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal);

    private static string Fold(string token, bool spanish, Dictionary<string, string> folded)
    {
        if (!folded.TryGetValue(token, out var term))
        {
            folded[token] = term = FoldTerm(token, spanish);
        }

        return term;
    }

    /// <summary>MiniSearch's tokenizer: the text cut at line breaks, separators (\p{Z}) and punctuation (\p{P}).</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || IsCut(text[i]))
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                start = i + 1;
            }
        }
    }

    private static bool IsCut(char c) =>
        c is '\n' or '\r' || char.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator || char.IsPunctuation(c);

    /// <summary>search-words.js's fold: accents off, lower case, and a plural's ending ("activities", "mentors", and in Spanish "mentores").</summary>
    public static string FoldTerm(string term, bool spanish)
    {
        var decomposed = term.Normalize(NormalizationForm.FormD);
        var word = new string(decomposed.Where(c => c is < '\u0300' or > '\u036f').ToArray()).ToLowerInvariant();
        if (spanish && word.Length > 5 && word.EndsWith("es", StringComparison.Ordinal) && word[^3] is 'r' or 'l' or 'n' or 'd')
        {
            return word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
    }

    /// <summary>A word's bucket: FNV-1a over its UTF-16 code units, as search-shards.js works it out.</summary>
    public static int Bucket(string term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash ^= c;
            hash = unchecked(hash * 16777619u);
        }

        return (int)(hash % Buckets);
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
[System.Text.Json.Serialization.JsonSerializable(typeof(string[][]))]
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ShardsJson : System.Text.Json.Serialization.JsonSerializerContext;
