using System.Text.RegularExpressions;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;
using PlanPress.Model.Text;

namespace PlanPress.Model.Improvement;

/// <summary>
/// Builds goals, targets and activities from an improvement plan's numbering: "1" (or "Improvement
/// Goal #1") is a goal, "1A" a target under it, "1A1" an activity under that. The ID may stand in
/// its own column or at the start of the statement ("1A3. Mentors mark weekly …"). A repeated ID,
/// an activity without its target or a target without its goal is an error.
/// </summary>
public static partial class ImprovementResolver
{
    private const string ExpectedId = "a number such as 1 (goal), 1A (target) or 1A1 (activity), in the ID column or at the start of the statement, or a row \"Goal 1: …\" above the strategies and steps";

    private sealed record Numbered(string Id, string Statement, string DataConclusion, ImprovementRow Row)
    {
        public string Rationale { get; init; } = string.Empty;
    }

    public static IReadOnlyList<Goal> Resolve(IEnumerable<ImprovementRow> rows, RoleResolver who, SiteSettings settings, List<Diagnostic> diagnostics)
    {
        var numbered = new List<Numbered>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            // "Rationale: …" under a goal says why it was chosen: it goes with the goal, not in the tree.
            if (Rationale().Match(row.Statement.Text.Trim()) is { Success: true } why && numbered.LastOrDefault(n => Level(n.Id) == 1) is { } reasoned)
            {
                numbered[numbered.IndexOf(reasoned)] = reasoned with { Rationale = row.Statement.Text.Trim()[why.Length..].Trim() };
                continue;
            }

            if ((Number(row) ?? NumberByLevel(row, numbered)) is not { } item)
            {
                diagnostics.Add(Diagnostic.Error(row.Statement.Location, $"\"{Excerpt.Of(row.Statement.Text)}\" has no goal, target or activity number.", ExpectedId));
                continue;
            }

            if (seen.TryGetValue(item.Id, out var first))
            {
                diagnostics.Add(Diagnostic.Error(row.Statement.Location, $"The number {item.Id} is already used at {first}.", "each goal, target and activity numbered once"));
                continue;
            }

            seen[item.Id] = row.Statement.Location;
            numbered.Add(item);
        }

        // Each item's children, found once: the tree is built from this, never by scanning every row for every item.
        var childrenOf = numbered.Where(n => Parent(n.Id) is not null).ToLookup(n => Parent(n.Id)!, StringComparer.Ordinal);
        foreach (var orphan in numbered.Where(n => Parent(n.Id) is { } parent && !seen.ContainsKey(parent)))
        {
            var kind = Level(orphan.Id) == 2 ? "target" : "activity";
            var parentKind = kind == "target" ? "goal" : "target";
            diagnostics.Add(Diagnostic.Error(
                orphan.Row.Id.IsBlank ? orphan.Row.Statement.Location : orphan.Row.Id.Location,
                $"The {kind} {orphan.Id} has no {parentKind} {Parent(orphan.Id)}.",
                $"{parentKind} {Parent(orphan.Id)} above it, or a number that belongs under an existing {parentKind}"));
        }

        // An orphan already has its error; only what is in the tree is worth a warning for being empty.
        foreach (var parent in numbered.Where(n => Level(n.Id) < 3 && (Parent(n.Id) is not { } up || seen.ContainsKey(up)) && !childrenOf.Contains(n.Id)))
        {
            var (kind, children) = Level(parent.Id) == 1 ? ("goal", "targets") : ("target", "activities");
            diagnostics.Add(Diagnostic.Warning(parent.Row.Statement.Location, $"The {kind} {parent.Id} has no {children} under it.", $"its {children} in the rows under it, numbered {parent.Id}{(kind == "goal" ? "A, " + parent.Id + "B" : "1, " + parent.Id + "2")} …"));
        }

        return numbered
            .Where(n => Level(n.Id) == 1)
            .Select(goal => new Goal(
                goal.Id,
                goal.Statement,
                goal.DataConclusion,
                childrenOf[goal.Id].Where(t => Level(t.Id) == 2)
                    .Select(target => new Target(
                        target.Id,
                        target.Statement,
                        target.Row.Timeline.Text.Trim(),
                        ReadTiming(target.Row, settings, diagnostics),
                        childrenOf[target.Id].Where(a => Level(a.Id) == 3)
                            .Select(activity => new Activity(
                                activity.Id,
                                activity.Statement,
                                activity.Row.Timeline.Text.Trim(),
                                ReadTiming(activity.Row, settings, diagnostics),
                                who.Resolve(activity.Row.Responsible, "activity", diagnostics),
                                activity.Row.Statement.Location)
                            {
                                Status = ReadStatus(activity.Row.Status, diagnostics),
                                Evidence = activity.Row.Evidence.Text.Trim(),
                                Resources = activity.Row.Resources.Text.Trim(),
                            })
                            .ToList(),
                        target.Row.Statement.Location))
                    .ToList(),
                goal.Row.Statement.Location) { Rationale = goal.Rationale })
            .ToList();
    }

    /// <summary>A step's status; null where the plan keeps none. Words that are no status are a warning, and none is shown.</summary>
    private static ActionPlans.Status? ReadStatus(SourceCell cell, List<Diagnostic> diagnostics)
    {
        if (cell.IsBlank)
        {
            return null;
        }

        if (ActionPlans.StatusText.Read(cell.Text) is { } status)
        {
            return status;
        }

        diagnostics.Add(Diagnostic.Warning(cell.Location, $"The status \"{cell.Text.Trim()}\" cannot be read; no status is shown for this step.", ActionPlans.StatusText.Expected, ActionPlans.StatusText.Suggest(cell.Text)));
        return null;
    }

    private static Timing ReadTiming(ImprovementRow row, SiteSettings settings, List<Diagnostic> diagnostics)
    {
        var timing = Timeline.Read(row.Timeline, settings.Culture, settings.ProgramStart);
        if (timing.Problem is { } problem)
        {
            diagnostics.Add(Diagnostic.Error(row.Timeline.Location, $"The timeline \"{row.Timeline.Text.Trim()}\" cannot be an activity's: {problem}.", Timeline.ExpectedFor(settings.ProgramStart, settings.Culture)));
        }
        else if (timing.Reason == Timeline.NoTimeYet)
        {
            diagnostics.Add(Diagnostic.Note(row.Timeline.Location, $"The timeline \"{row.Timeline.Text.Trim()}\" names no time yet; it is listed under \"timing not set\".", "a timeline once it is known"));
        }
        else if (timing.Kind == TimingKind.NotSet && !row.Timeline.IsBlank)
        {
            var why = timing.Reason is { } reason ? $" ({reason})" : settings.ProgramStart is null ? " (site.yml has no program_start to count from)" : string.Empty;
            diagnostics.Add(Diagnostic.Warning(
                row.Timeline.Location,
                $"The timeline \"{row.Timeline.Text.Trim()}\" cannot be read{why}; it is listed under \"timing not set\".",
                Timeline.ExpectedFor(settings.ProgramStart, settings.Culture),
                timing.Suggestion));
        }

        return timing;
    }

    /// <summary>The row's ID (from its ID column or the start of its statement), statement and data conclusion.</summary>
    private static Numbered? Number(ImprovementRow row)
    {
        var statement = FootnoteMark().Replace(row.Statement.Text.Trim(), string.Empty);
        // "Goal One:" is goal 1.
        statement = NumberWord().Replace(statement, m => m.Groups["label"].Value + (Array.IndexOf(Words, m.Groups["word"].Value.ToLowerInvariant()) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var conclusion = row.DataConclusion.Text.Trim();
        if (DataConclusion().Match(statement) is { Success: true } found)
        {
            conclusion = conclusion.Length > 0 ? conclusion : $"Data conclusion #{found.Groups["n"].Value}";
            statement = statement.Remove(found.Index, found.Length).Trim();
        }

        string? id = null;
        if (Id().Match(Fold(row.Id.Text)) is { Success: true } idCell)
        {
            id = idCell.Value;
        }
        else if (DottedIdCell().Match(row.Id.Text.Trim()) is { Success: true } dottedCell)
        {
            // An ID cell holds the number alone ("1.1", "1.1.1"): no stop is needed after it.
            id = DottedId(dottedCell);
        }

        if (Dotted().Match(statement) is { Success: true } dotted)
        {
            id ??= DottedId(dotted);
            statement = statement[dotted.Length..].Trim();
        }
        else if (LeadingId().Match(statement) is { Success: true } leading)
        {
            id ??= leading.Groups["id"].Value.ToUpperInvariant();
            statement = statement[leading.Length..].Trim();
        }

        return id is null ? null : new Numbered(id, statement, conclusion, row);
    }

    /// <summary>
    /// An unnumbered statement in a Goal, Target or Activity column, numbered by its place: the next
    /// goal; the next target of the goal above; the next activity of the target above.
    /// </summary>
    private static Numbered? NumberByLevel(ImprovementRow row, List<Numbered> above)
    {
        var statement = FootnoteMark().Replace(row.Statement.Text.Trim(), string.Empty);
        // A label says the level where the column does not: "Goal: …", "Strategy: …", "Objective A: …", "Action step: …".
        var level = row.Level;
        if (LevelLabel().Match(statement) is { Success: true } label)
        {
            level = label.Groups["goal"].Success ? 1 : label.Groups["target"].Success ? 2 : 3;
            statement = statement[label.Length..].Trim();
        }

        string? id = level switch
        {
            1 => (above.Where(n => Level(n.Id) == 1).Select(n => int.TryParse(n.Id, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0).DefaultIfEmpty(0).Max() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            2 => above.LastOrDefault(n => Level(n.Id) == 1) is { } goal ? goal.Id + (char)('A' + above.Count(n => Parent(n.Id) == goal.Id)) : null,
            3 => above.LastOrDefault(n => Level(n.Id) == 2) is { } target ? target.Id + (above.Count(n => Parent(n.Id) == target.Id) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            _ => null,
        };
        return id is null ? null : new Numbered(id, statement, row.DataConclusion.Text.Trim(), row);
    }

    /// <summary>"1.2.3" (goal 1, strategy 2, action 3), as the CCSSO template and many state plans number them: "1B3"; "Goal 1.0": "1".</summary>
    private static string DottedId(Match dotted)
    {
        var target = dotted.Groups["t"].Success ? int.Parse(dotted.Groups["t"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return dotted.Groups["g"].Value
            + (target is > 0 and <= 26 ? ((char)('A' + target - 1)).ToString() : string.Empty)
            + (target > 0 && dotted.Groups["a"].Success ? dotted.Groups["a"].Value : string.Empty);
    }

    /// <summary>"Improvement Goal #1" → "1"; "1a" → "1A".</summary>
    private static string Fold(string id) => LabelWords().Replace(id.Trim(), string.Empty).Trim().TrimEnd('.', ':', '>').ToUpperInvariant();

    /// <summary>1 for a goal, 2 for a target, 3 for an activity.</summary>
    private static int Level(string id) => !id.Any(char.IsLetter) ? 1 : char.IsDigit(id[^1]) ? 3 : 2;

    private static string? Parent(string id) => Level(id) switch
    {
        2 => id[..^1],
        3 => Id().Match(id).Groups["target"].Value,
        _ => null,
    };

    /// <summary>A whole ID: 1, 1A, 1A1.</summary>
    [GeneratedRegex(@"^(?<target>\d+[A-Z])\d+$|^\d+[A-Z]?$")]
    private static partial Regex Id();

    /// <summary>An ID starting a statement: "Improvement Goal #1>", "Improvement Target #1A:", "1A3. ", "Activity 2A1:", "1A1 Train" (a number with a letter needs no stop after it).</summary>
    [GeneratedRegex(@"^(?:(?:(?:school\s+)?improvement\s+|smart\s+|annual\s+|district\s+)?(?:goal|target|activity|priority(?:\s+area)?|focus\s+area|meta|prioridad|objetivo)\s*#?\s*(?<id>\d+(?:[A-Za-z]\d*)?)\s*[>:.)\-]*|(?<id>\d+[A-Za-z]\d*|\d+)\s*[.:)]+|(?<id>\d+[A-Za-z]\d*)\s+)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingId();

    [GeneratedRegex(@"^(?:(?:school\s+)?improvement\s+|smart\s+)?(?:goal|target|activity|priority(?:\s+area)?|focus\s+area|meta|prioridad|objetivo)\s*#?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LabelWords();

    /// <summary>"1.1:", "1.1.1.", "Strategy 1.1", "Action 1.1.1", "Goal 1.0": a dotted number, after a label or followed by a stop.</summary>
    [GeneratedRegex(@"^(?:(?:(?:goal|strategy|objective|action|activity|milestone|step|meta|estrategia|objetivo|accion|acción|actividad)\s*(?<g>\d+)\.(?<t>\d+)(?:\.(?<a>\d+))?[.:)]?)|(?<g>\d+)\.(?<t>\d+)(?:\.(?<a>\d+))?[.:)])\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Dotted();

    /// <summary>A label without a number that says an item's level: "School Improvement Goal:", "Measurable Objective A:", "Strategy:", "Action step:".</summary>
    [GeneratedRegex(@"^(?:(?:school\s+improvement\s+|improvement\s+|smart\s+|overall\s+|district\s+|annual\s+)?(?<goal>goal|meta)|(?:measurable\s+|performance\s+|key\s+|improvement\s+)?(?<target>objective|strategy|target|objetivo|estrategia)(?:\s+[a-z])?|(?:key\s+)?(?<activity>action(?:\s+step)?|activity|step|milestone|acci[oó]n|actividad))(?:\s*[:.]|\s+[-–])\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LevelLabel();

    /// <summary>An ID cell's dotted number alone: "1.1", "1.1.1".</summary>
    [GeneratedRegex(@"^(?<g>\d+)\.(?<t>\d+)(?:\.(?<a>\d+))?$")]
    private static partial Regex DottedIdCell();

    private static readonly string[] Words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    [GeneratedRegex(@"^(?<label>(?:(?:school\s+)?improvement\s+|smart\s+)?(?:goal|priority(?:\s+area)?|focus\s+area)\s+)(?<word>one|two|three|four|five|six|seven|eight|nine|ten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"^(?:rationale|why|justificaci[oó]n)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Rationale();

    /// <summary>"(Data conclusion #6)" written into a goal's statement.</summary>
    [GeneratedRegex(@"\(?\s*data\s+conclusion\s*#?\s*(?<n>\d+)\s*\)?", RegexOptions.IgnoreCase)]
    private static partial Regex DataConclusion();

    /// <summary>The asterisks that point a term at its footnote: "CBAM*", "MoM**".</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}”""])\*+")]
    private static partial Regex FootnoteMark();
}
