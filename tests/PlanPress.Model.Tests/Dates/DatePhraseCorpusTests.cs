using System.Globalization;
using PlanPress.Model.Dates;
using PlanPress.Model.Text;
using Xunit.Abstractions;

namespace PlanPress.Model.Tests.Dates;

/// <summary>
/// Date phrases copied from public school, district and mentoring-program calendars and improvement
/// plans (tests/fixtures/date-phrases.tsv: each with its source and the months it means in its
/// program year), read by <see cref="DatePhrase"/> as a calendar's date cell is.
/// </summary>
public sealed class DatePhraseCorpusTests(ITestOutputHelper output)
{
    private sealed record Entry(string Phrase, YearMonth Start, string Expected, string Source);

    private static readonly HashSet<string> SpanishWords = new(StringComparer.Ordinal)
    {
        "de", "del", "al", "y", "hasta", "desde", "semana", "principios", "mediados", "finales", "todo", "ciclo", "curso", "escolar",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "ene", "abr", "ago", "dic", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "otono", "invierno", "primavera", "verano",
    };

    private static readonly string[] SpanishDomains = [".es/", ".mx/", ".cl/", ".co/", ".ar/", ".pa/", ".pe/", ".ec/", ".uy/", ".ve/", ".do/", ".gt/", "espanol", "spanish"];

    private static IEnumerable<Entry> Corpus() =>
        File.ReadLines(Testing.Repository.Fixture("date-phrases.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(f => new Entry(
            f[0],
            YearMonth.FromKey(f[1])!.Value,
            f[2] is "tbd" or "ongoing" ? f[2] : $"{f[2]}..{f[3]}",
            f[4]));

    /// <summary>The language the phrase is written in: Spanish when its words or its source say so.</summary>
    private static CultureInfo LanguageOf(Entry entry) =>
        CultureInfo.GetCultureInfo(Fold.Words(entry.Phrase).Split(' ').Any(SpanishWords.Contains) || (!entry.Phrase.Any(char.IsLetter) && SpanishDomains.Any(d => (entry.Source + "/").Contains(d, StringComparison.OrdinalIgnoreCase))) ? "es" : "en");

    private static string Read(Entry entry) => DatePhrase.Read(entry.Phrase, LanguageOf(entry), entry.Start) switch
    {
        null => "refused",
        { Kind: SpanKind.ToBeDecided } => "tbd",
        { Kind: SpanKind.Ongoing } => "ongoing",
        var span => $"{span.First}..{span.Last}",
    };

    /// <summary>
    /// The phrases read otherwise than the corpus says, each with why: refused ones stop a build
    /// with a message naming their cell (nothing is dropped unsaid), and the one read otherwise
    /// leaves out its remark in brackets, which is another group's dates.
    /// </summary>
    private static readonly Dictionary<string, string> Otherwise = new(StringComparer.Ordinal)
    {
        ["08/04-06/2025"] = "refused: \"08/04-06\" runs a day range into a month/year; a person would ask",
        ["4P Nov 22, DEF Nov 27"] = "refused: labels of groups (\"4P\", \"DEF\") in the date cell",
        ["ESO: 5 de junio/ 1ºBach: 24 de mayo"] = "refused: labels of groups (\"ESO\", \"1ºBach\") in the date cell",
        ["ENERO 30 – ABRIL 22 - JUNIO 24 - SEP.24 DIC.1"] = "refused: five dates run together with dashes and none between the last two",
        ["9/25-10-4"] = "refused: \"10-4\" is not a date (October 4 mistyped); read as days it would run backwards",
        ["9/9-9/20/24 (Kinder: 9/30-10/11)"] = "read as September 9–20: the remark in brackets is kindergarten's dates, not the task's",
    };

    [Fact]
    public void Every_phrase_of_the_corpus_is_placed_in_the_months_it_means_or_kept_undecided()
    {
        var entries = Corpus().ToList();
        var read = entries.Select(e => (Entry: e, Got: Read(e))).ToList();
        var otherwise = read.Where(r => r.Got != r.Entry.Expected).ToList();

        output.WriteLine($"{entries.Count} phrases ({entries.Count(e => LanguageOf(e).Name == "es")} in Spanish): {entries.Count - otherwise.Count} read as meant, {otherwise.Count(r => r.Got == "refused")} refused, {otherwise.Count(r => r.Got != "refused")} placed otherwise.");
        foreach (var (entry, got) in otherwise)
        {
            output.WriteLine($"{entry.Phrase}\t{entry.Start}\texpected {entry.Expected}\tgot {got}");
        }

        Assert.True(entries.Count >= 300, $"{entries.Count} phrases");
        var unexplained = otherwise.Where(r => !Otherwise.ContainsKey(r.Entry.Phrase)).Select(r => $"{r.Entry.Phrase}: expected {r.Entry.Expected}, got {r.Got}").ToList();
        Assert.True(unexplained.Count == 0, string.Join("\n", unexplained));
        // The list of exceptions says what is still so: one read as meant is taken off it.
        var stale = Otherwise.Keys.Where(p => !otherwise.Any(r => r.Entry.Phrase == p)).ToList();
        Assert.True(stale.Count == 0, "now read as meant: " + string.Join(", ", stale));
        Assert.All(otherwise.Where(r => r.Got == "refused"), r => Assert.StartsWith("refused", Otherwise[r.Entry.Phrase], StringComparison.Ordinal));
    }
}
