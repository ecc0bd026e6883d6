using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;

namespace PlanPress.Model.Pairs;

/// <summary>Turns the rows of Mentoring Action Plan sheets into each pair's entries: whose plan, which part, and the months of their booklet it falls in.</summary>
public static class MapResolver
{
    public static Dictionary<Pair, List<MapEntry>> Resolve(IReadOnlyList<Pair> pairs, IEnumerable<MapRow> rows, SiteSettings settings, int months, List<Diagnostic> diagnostics)
    {
        var entries = new Dictionary<Pair, List<MapEntry>>();
        // A section or pair cell carried down over many rows is one problem, reported once.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        void ReportOnce(string key, Diagnostic diagnostic)
        {
            if (reported.Add(key))
            {
                diagnostics.Add(diagnostic);
            }
        }

        foreach (var row in rows)
        {
            if (row.Item.IsBlank)
            {
                continue;
            }

            var named = Named(pairs, row.Pair);
            if (named is not [var pair])
            {
                ReportOnce("pair " + string.Join("/", row.Pair.Select(c => Fold.Words(c.Text))), PairProblem(pairs, row.Pair, named.Count));
                continue;
            }

            if (MapParts.Read(row.Part.Text) is not { } part)
            {
                ReportOnce(row.Part.Location.ToString(), Diagnostic.Error(
                    row.Part.Location,
                    row.Part.IsBlank
                        ? "This Mentoring Action Plan row has no section, and no row above it has one."
                        : $"\"{Excerpt.Of(row.Part.Text)}\" is not a section of the Mentoring Action Plan.",
                    "one of " + string.Join(", ", MapParts.Accepted),
                    MapParts.Closest(row.Part.Text)));
                continue;
            }

            var when = Months(row.When, pair, settings, months, diagnostics);
            (entries.TryGetValue(pair, out var list) ? list : entries[pair] = []).Add(
                new MapEntry(part, row.Item.Text.Trim(), row.When.Text.Trim(), when, row.Item.Location));
        }

        return entries;
    }

    /// <summary>The months of the pair's booklet an entry goes on; a wording that names none is a warning, and the entry stays on their plan.</summary>
    private static List<YearMonth> Months(SourceCell when, Pair pair, SiteSettings settings, int months, List<Diagnostic> diagnostics)
    {
        if (when.IsBlank)
        {
            return [];
        }

        if (when.FaultDiagnostic() is { } fault)
        {
            diagnostics.Add(fault);
            return [];
        }

        if (MapWhen.Read(when, settings.Culture, pair.Start, months) is not { } read)
        {
            diagnostics.Add(Diagnostic.Warning(when.Location, $"\"{Excerpt.Of(when.Text)}\" could not be placed on a month of {pair.Names}'s booklet; it is on their action plan only.", MapWhen.Expected));
            return [];
        }

        var last = pair.Start.AddMonths(months - 1);
        var inBooklet = read.Where(m => m >= pair.Start && m <= last).ToList();
        if (inBooklet.Count < read.Count)
        {
            var outside = read.First(m => m < pair.Start || m > last);
            diagnostics.Add(Diagnostic.Warning(
                when.Location,
                $"\"{Excerpt.Of(when.Text)}\" falls in {outside.Name(settings.Culture)}, outside {pair.Names}'s booklet ({pair.Start.Name(settings.Culture)} to {last.Name(settings.Culture)}); it is not on a month's sheet.",
                "a time within their booklet's months"));
        }

        return inBooklet;
    }

    /// <summary>The pairs all the naming cells agree on (the row's pair when there is exactly one): a cell names a pair when it holds the mentor's or the protégé's full name.</summary>
    private static List<Pair> Named(IReadOnlyList<Pair> pairs, IReadOnlyList<SourceCell> naming)
    {
        var cells = naming.Where(c => !c.IsBlank).ToList();
        return cells.Count == 0 ? [] : pairs.Where(p => cells.All(c => Names(p, c))).ToList();
    }

    private static bool Names(Pair pair, SourceCell cell)
    {
        var words = " " + Fold.Words(cell.Text) + " ";
        return words.Contains(" " + Fold.Words(pair.Mentor) + " ", StringComparison.Ordinal)
            || words.Contains(" " + Fold.Words(pair.Protege) + " ", StringComparison.Ordinal);
    }

    /// <param name="matched">How many pairs the cells named: none, or more than one.</param>
    private static Diagnostic PairProblem(IReadOnlyList<Pair> pairs, IReadOnlyList<SourceCell> naming, int matched)
    {
        var cell = naming.FirstOrDefault(c => !c.IsBlank) ?? (naming.Count > 0 ? naming[0] : null);
        var location = cell?.Location ?? new SourceLocation(string.Empty);
        var text = string.Join(" / ", naming.Where(c => !c.IsBlank).Select(c => c.Text.Trim()));
        if (pairs.Count == 0)
        {
            return Diagnostic.Error(location, "This Mentoring Action Plan belongs to a pair, but there is no Pairs sheet to find them on.", "a Pairs sheet with the columns Mentor, Protégé and Start Month, naming this pair");
        }

        var message = text.Length == 0
            ? "This Mentoring Action Plan row does not say whose plan it is."
            : matched > 1
                ? $"\"{Excerpt.Of(text)}\" names more than one pair on the Pairs sheet."
                : $"No pair on the Pairs sheet is named \"{Excerpt.Of(text)}\".";
        return Diagnostic.Error(location, message, "the mentor's or the protégé's name as on the Pairs sheet: " + string.Join("; ", pairs.Select(p => p.Names)), Closest.Match(text, pairs.SelectMany(p => new[] { p.Mentor, p.Protege, p.Names })));
    }
}
