using System.Text.RegularExpressions;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;

namespace PlanPress.Model.Roles;

/// <summary>
/// Turns "who" text ("Mentors & Protégés", "All Proteges", "Principal and ELA coaches",
/// "M. Edwards") into roles, through each role's name and aliases, ignoring case, accents, plurals
/// and words such as "all", "every" and "their"; and into people: those the Roles sheet lists, and
/// names written as a person's name ("M. Edwards", "Dr. Ruiz").
/// </summary>
public sealed partial class RoleResolver
{
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "a", "all", "any", "each", "every", "the", "their", "his", "her", "assigned", "appropriate",
    };

    private readonly Dictionary<string, Role> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
    private readonly List<Person> _listedPeople = [];
    private readonly List<string> _knownNames = [];

    public RoleResolver(IEnumerable<Role> roles)
    {
        var roleList = roles.ToList();
        foreach (var role in roleList)
        {
            foreach (var name in role.Aliases.Prepend(role.Name))
            {
                _byKey.TryAdd(Key(name), role);
                _knownNames.Add(name);
            }
        }

        // Each person once, as first written, with the roles that list them in the Roles sheet's order: one pass, however many people.
        var rolesOf = new Dictionary<string, (string Name, List<Role> Roles)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var role in roleList)
        {
            foreach (var name in role.People)
            {
                var key = Key(name);
                if (!rolesOf.TryGetValue(key, out var listed))
                {
                    rolesOf[key] = listed = (name, []);
                    order.Add(key);
                }

                if (!listed.Roles.Contains(role))
                {
                    listed.Roles.Add(role);
                }
            }
        }

        foreach (var key in order)
        {
            var (name, holds) = rolesOf[key];
            var person = new Person(Slug.From(name), name, holds);
            _people[key] = person;
            _listedPeople.Add(person);
            _knownNames.Add(name);
        }
    }

    /// <summary>Builds the roles from the Roles sheet, reporting blank and repeated names.</summary>
    public static (IReadOnlyList<Role> Roles, IReadOnlyList<Diagnostic> Diagnostics) ReadRoles(IEnumerable<RoleRow> rows)
    {
        var roles = new List<Role>();
        var diagnostics = new List<Diagnostic>();
        var claimed = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var name = row.Name.Text.Trim();
            var aliases = SplitList(row.Aliases.Text);
            var clash = aliases.Prepend(name).FirstOrDefault(n => claimed.ContainsKey(Key(n)));
            if (clash is not null)
            {
                diagnostics.Add(Diagnostic.Error(
                    row.Name.Location,
                    $"The role name or alias \"{clash}\" is already used at {claimed[Key(clash)]}.",
                    "each role name and alias to appear once on the Roles sheet"));
                continue;
            }

            if (roles.FirstOrDefault(r => r.Slug == Slug.From(name)) is { } same)
            {
                diagnostics.Add(Diagnostic.Error(
                    row.Name.Location,
                    $"The role \"{name}\" would have the same page as the role \"{same.Name}\" (roles/{same.Slug}.html), at {claimed[Key(same.Name)]}.",
                    "role names that differ in more than punctuation"));
                continue;
            }

            foreach (var n in aliases.Prepend(name))
            {
                claimed[Key(n)] = row.Name.Location;
            }

            roles.Add(new Role(Slug.From(name), name, aliases, row.Responsibilities.Text.Trim(), SplitList(row.People.Text)));
        }

        return (roles, diagnostics);
    }

    /// <summary>Resolves a who cell. Text that names no role or person is kept in <see cref="Assignment.Unknown"/>.</summary>
    public Assignment Resolve(string who)
    {
        who = who.Trim();
        if (_byKey.TryGetValue(Key(who), out var whole))
        {
            return new Assignment(who, [whole], [], []);
        }

        var roles = new List<Role>();
        var people = new List<Person>();
        var unknown = new List<string>();
        foreach (var part in SplitWho(who))
        {
            if (_byKey.TryGetValue(Key(part), out var role))
            {
                if (!roles.Contains(role))
                {
                    roles.Add(role);
                }
            }
            else if (_people.TryGetValue(Key(part), out var person) || TryNameAPerson(part, out person))
            {
                if (!people.Any(p => p.Slug == person.Slug))
                {
                    people.Add(person);
                }
            }
            else
            {
                unknown.Add(part);
            }
        }

        return new Assignment(who, roles, people, unknown);
    }

    /// <summary>Resolves a who cell, and warns of each part that names no role or person, with the closest one.</summary>
    /// <param name="item">What the cell belongs to ("task", "benchmark"), for the warning.</param>
    public Assignment Resolve(SourceCell who, string item, List<Diagnostic> diagnostics)
    {
        var assignment = Resolve(who.Text);
        foreach (var unknown in assignment.Unknown)
        {
            diagnostics.Add(Diagnostic.Warning(
                who.Location,
                $"\"{unknown}\" is not a known role or person; the {item} is listed under that name.",
                "a role or alias from the Roles sheet, or a person's name such as \"M. Edwards\"",
                Suggest(unknown)));
        }

        return assignment;
    }

    /// <summary>A part written the way a person's name is ("M. Edwards", "J. A. Rivera", "Dr. Ruiz") names that person.</summary>
    private static bool TryNameAPerson(string part, out Person person)
    {
        var name = string.Join(' ', part.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        person = new Person(Slug.From(name), name, []);
        return PersonName().IsMatch(name);
    }

    /// <summary>"Coordinator & Mentors / Tutors" → its parts; parts with nothing but filler words are dropped.</summary>
    public static IEnumerable<string> SplitWho(string who) =>
        Separators().Split(who).Select(p => p.Trim()).Where(p => Key(p).Length > 0);

    /// <summary>The known role name or alias closest to a text that named none.</summary>
    public string? Suggest(string unknown) => Closest.Match(Key(unknown), _knownNames);

    /// <summary>The people the Roles sheet lists, in its order.</summary>
    public IReadOnlyList<Person> ListedPeople => _listedPeople;

    /// <summary>"All Protégés" → "protege": the form names are compared in.</summary>
    public static string Key(string name)
    {
        var words = Fold.Words(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !FillerWords.Contains(w))
            .Select(Singular);
        return string.Join(' ', words);
    }

    private static string Singular(string word) => word switch
    {
        { Length: <= 3 } => word,
        _ when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        _ when word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) => word[..^2],
        _ when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };

    private static List<string> SplitList(string text) =>
        ListSeparators().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    /// <summary>Between the names of a who: punctuation, and "and"/"or" in English or Spanish ("y", "o").</summary>
    [GeneratedRegex(@"\s*(?:[,;&/+]|\band\b|\bor\b)\s*|\s+(?:y|o)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?(?:\p{Lu}\.\s?)+\p{Lu}[\p{L}'’\-]+$|^(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+\p{Lu}[\p{L}'’\-]+$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"[,;\n]")]
    private static partial Regex ListSeparators();
}
