using System.Security.Cryptography;
using System.Text;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.Text;

namespace PlanPress.Model.History;

/// <summary>The kinds of item whose changes the history records.</summary>
public enum TrackedKind
{
    Benchmark,
    Activity,
    Task,
    Role,
}

/// <summary>What became of an item: added, removed, reworded, or one of its facts changed.</summary>
public enum ChangeWhat
{
    Added,
    Removed,
    Reworded,
    Status,
    Due,
    Month,
    Timeline,
    Who,
    People,
}

/// <summary>
/// A fact's value as the history keeps it: a status, a day or a month, never words. A fact written in
/// words (who, a timeline, a date that could not be read) is kept as no value: the change says that
/// it changed, and the page shows what it is now.
/// </summary>
public sealed record FactValue(Status? Status = null, DateOnly? Day = null, YearMonth? Month = null);

/// <summary>
/// One item of the plan as the history compares it from build to build. The plan as last published
/// (<see cref="ChangeLog.State"/>) keeps its current words and facts; a change keeps only its key.
/// </summary>
/// <param name="Words">A digest of the item's folded words (<see cref="Digest"/>): which words, without them.</param>
/// <param name="Id">The item's id on its page now, for a link to it ("mentoring-p2", "1A3", a role's slug).</param>
/// <param name="Title">The item's words now.</param>
/// <param name="Facts">What can change of it, as the plan gives it now.</param>
public sealed record TrackedItem(TrackedKind Kind, HistoryGroup Group, string Words, string Id, string Title, ItemFacts Facts)
{
    /// <summary>The same from build to build while the item keeps its place and words: "Benchmark:initiative:slug:1f0c…".</summary>
    public string Key => ItemKey(Kind, Group, Words);

    public static string ItemKey(TrackedKind kind, HistoryGroup group, string words) => $"{kind}:{group}:{words}";

    /// <summary>Sixteen hex digits of the SHA-256 of the folded words: the same words give the same digest, and it gives no words back.</summary>
    public static string Digest(string words)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(Fold.Words(words)), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    public static bool IsDigest(string words) => words.Length == 16 && words.All(char.IsAsciiHexDigitLower);
}

/// <summary>What of an item the history follows, as the plan gives it now; each is empty or null when it has none.</summary>
public sealed record ItemFacts(Status? Status = null, DateOnly? Due = null, string DueText = "", YearMonth? Month = null, string Timeline = "", string Who = "", string People = "");

/// <summary>
/// One change between two builds, referring to its item by key: an item added, removed or reworded,
/// or one of its facts moved from <see cref="Old"/> to <see cref="New"/> (null for a fact in words).
/// </summary>
public sealed record Change(DateOnly Date, TrackedKind Kind, HistoryGroup Group, string Words, ChangeWhat What, FactValue? Old = null, FactValue? New = null)
{
    public string Key => TrackedItem.ItemKey(Kind, Group, Words);
}

/// <summary>The plan's history: since when it is kept, the plan as last published, and what changed, newest first.</summary>
public sealed record ChangeLog(DateOnly Started, IReadOnlyList<TrackedItem> State, IReadOnlyList<Change> Changes)
{
    /// <summary>The day the plan last changed as the history saw it: its newest change, or the day the history began.</summary>
    public DateOnly LastChange => Changes.Count > 0 ? Changes.Max(c => c.Date) : Started;

    /// <summary>How long changes are kept: two school years and a summer.</summary>
    public const int KeptMonths = 24;

    /// <summary>The format's version, written with it; a history of another version is read by <see cref="Version"/>'s rules or refused.</summary>
    public int Version { get; init; } = CurrentVersion;

    public const int CurrentVersion = 2;

    /// <summary>Which words each translation was written for, by digests (<see cref="Languages.TranslationAges"/>); null for a plan in one language.</summary>
    public IReadOnlyDictionary<string, string>? Translations { get; init; }
}
