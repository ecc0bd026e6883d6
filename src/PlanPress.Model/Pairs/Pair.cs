using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Model.Pairs;

/// <summary>A row of the Pairs sheet as entered.</summary>
public sealed record PairRow(SourceCell Mentor, SourceCell Protege, SourceCell Start, SourceCell Group);

/// <summary>
/// A mentor and protégé, matched in <see cref="Start"/>: their booklet starts there, the program's
/// month 1 becoming their month 1. Their names are personal and never go into the published site.
/// </summary>
public sealed record Pair(string Mentor, string Protege, YearMonth Start, string Group, SourceLocation Source)
{
    public string Slug => Text.Slug.From($"{Mentor} {Protege}");

    /// <summary>"Dana Whitfield & Marco Alvarez", as messages and MAP sheets name the pair.</summary>
    public string Names => $"{Mentor} & {Protege}";

    /// <summary>Their Mentoring Action Plan, in the order written; empty when the workbook has none for them.</summary>
    public IReadOnlyList<MapEntry> Map { get; init; } = [];
}

/// <summary>
/// Reads the Pairs sheet's rows (names, and a start month read like any calendar month) and gives
/// each pair the rows of the Mentoring Action Plan sheets that name them.
/// </summary>
public static class PairResolver
{
    /// <param name="months">How many months the program, and so each pair's booklet, runs.</param>
    public static IReadOnlyList<Pair> Resolve(IEnumerable<PairRow> rows, IEnumerable<MapRow> mapRows, SiteSettings settings, int months, List<Diagnostic> diagnostics)
    {
        var pairs = ReadPairs(rows, settings, diagnostics);
        var entries = MapResolver.Resolve(pairs, mapRows, settings, months, diagnostics);
        return pairs.Select(p => entries.TryGetValue(p, out var map) ? p with { Map = map } : p).ToList();
    }

    private static List<Pair> ReadPairs(IEnumerable<PairRow> rows, SiteSettings settings, List<Diagnostic> diagnostics)
    {
        var pairs = new List<Pair>();
        foreach (var row in rows)
        {
            if (row.Mentor.IsBlank || row.Protege.IsBlank)
            {
                diagnostics.Add(Diagnostic.Warning((row.Mentor.IsBlank ? row.Mentor : row.Protege).Location, "This pair has no mentor or no protégé and gets no booklet.", "both names"));
                continue;
            }

            var start = MonthText.Read(row.Start, settings.Culture, settings.ProgramStart, previous: null);
            if (start.Month is not { } month)
            {
                diagnostics.Add(Diagnostic.Error(row.Start.Location, start.Explain("start month", row.Start.Text), MonthText.ExpectedFor(settings.ProgramStart), start.Suggestion));
                continue;
            }

            pairs.Add(new Pair(row.Mentor.Text.Trim(), row.Protege.Text.Trim(), month, row.Group.Text.Trim(), row.Mentor.Location));
        }

        return pairs;
    }
}
