using System.Text.RegularExpressions;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;

namespace PlanPress.Model.Roles;

/// <summary>What a "who" cell resolved to: the roles it names and the parts that named none.</summary>
public sealed record WhoReading(IReadOnlyList<Role> Roles, IReadOnlyList<string> Unknown);

/// <summary>
/// Turns "who" text ("Mentors & Protégés", "All Proteges", "Program coordinator / tutors") into
/// roles, through each role's name and aliases, ignoring case, accents, plurals and words such as
/// "all", "every" and "their".
/// </summary>
public sealed partial class RoleResolver
{
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "a", "all", "any", "each", "every", "the", "their", "his", "her", "assigned", "appropriate",
    };

    private readonly Dictionary<string, Role> _byKey = new(StringComparer.Ordinal);
    private readonly List<string> _knownNames = [];

    public RoleResolver(IEnumerable<Role> roles)
    {
        foreach (var role in roles)
        {
            foreach (var name in role.Aliases.Prepend(role.Name))
            {
                _byKey.TryAdd(Key(name), role);
                _knownNames.Add(name);
            }
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

            foreach (var n in aliases.Prepend(name))
            {
                claimed[Key(n)] = row.Name.Location;
            }

            roles.Add(new Role(Slug.From(name), name, aliases, row.Responsibilities.Text.Trim(), SplitList(row.People.Text)));
        }

        return (roles, diagnostics);
    }

    /// <summary>Resolves a who cell. Text that names no role is returned in <see cref="WhoReading.Unknown"/>.</summary>
    public WhoReading Resolve(string who)
    {
        if (_byKey.TryGetValue(Key(who), out var whole))
        {
            return new WhoReading([whole], []);
        }

        var roles = new List<Role>();
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
            else
            {
                unknown.Add(part);
            }
        }

        return new WhoReading(roles, unknown);
    }

    /// <summary>"Coordinator & Mentors / Tutors" → its parts; parts with nothing but filler words are dropped.</summary>
    public static IEnumerable<string> SplitWho(string who) =>
        Separators().Split(who).Select(p => p.Trim()).Where(p => Key(p).Length > 0);

    /// <summary>The known role name or alias closest to a text that named none.</summary>
    public string? Suggest(string unknown) => Closest.Match(Key(unknown), _knownNames);

    public IReadOnlyList<string> KnownNames => _knownNames;

    /// <summary>"All Protégés" → "protege": the form names are compared in.</summary>
    public static string Key(string name)
    {
        var words = Fold.Words(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !FillerWords.Contains(w))
            .Select(Singular);
        return string.Join(' ', words);
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    private static List<string> SplitList(string text) =>
        ListSeparators().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    [GeneratedRegex(@"\s*(?:[,;&/+]|\band\b|\bor\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    [GeneratedRegex(@"[,;\n]")]
    private static partial Regex ListSeparators();
}
