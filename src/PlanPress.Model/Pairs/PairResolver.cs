using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;

namespace PlanPress.Model.Pairs;

/// <summary>
/// Reads the Pairs sheet's rows (names, and a start month read like any calendar month) and gives
/// each pair the rows of the Mentoring Action Plan sheets that name them.
/// </summary>
public static class PairResolver
{
    /// <summary>The words a pair's own roles go by on a Roles sheet, besides the plan language's own ("Mentorado" in es).</summary>
    private static readonly string[] PairWords = ["Mentor", "Protégé", "Mentee"];

    private static readonly Dictionary<string, string[]> PairWordsIn = new(StringComparer.OrdinalIgnoreCase)
    {
        ["es"] = ["Mentor", "Mentorado"],
    };

    /// <summary>
    /// The roles a pair holds: those their usual names ("Mentor", "Protégé") resolve to through the
    /// Roles sheet. Empty when none does; then every item of the plan is a pair's.
    /// </summary>
    public static IReadOnlyList<Role> RolesOf(RoleResolver roles, SiteSettings settings) =>
        (PairWordsIn.TryGetValue(settings.Culture.TwoLetterISOLanguageName, out var own) ? own : [])
            .Concat(PairWords)
            .SelectMany(word => roles.Resolve(word).Roles)
            .DistinctBy(r => r.Slug)
            .ToList();

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
