using System.Collections.Concurrent;
using System.Security.Cryptography;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Workbooks;

/// <summary>
/// The workbooks already read, each by its name and a hash of its bytes, so that <c>serve</c>
/// parses again only the workbook a save changed. Keyed by content, not by the time a file was
/// written: a workbook saved with the same time, or put back as it was, is never mistaken. One
/// version per file is kept.
/// </summary>
public sealed class WorkbookCache
{
    private readonly ConcurrentDictionary<string, (byte[] Hash, IReadOnlyList<Sheet> Sheets, IReadOnlyList<Diagnostic> Diagnostics)> _kept = new(StringComparer.Ordinal);

    /// <summary>What reading the file gave last time, when its bytes are the same; else null. <paramref name="hash"/> is what to keep a new reading under.</summary>
    public (IReadOnlyList<Sheet> Sheets, IReadOnlyList<Diagnostic> Diagnostics)? Find(string file, byte[] bytes, out byte[] hash)
    {
        hash = SHA256.HashData(bytes);
        return _kept.TryGetValue(file, out var kept) && kept.Hash.AsSpan().SequenceEqual(hash) ? (kept.Sheets, kept.Diagnostics) : null;
    }

    /// <param name="hash">The hash <see cref="Find"/> gave for these bytes: a workbook's bytes are hashed once per read.</param>
    public void Keep(string file, byte[] hash, (IReadOnlyList<Sheet> Sheets, IReadOnlyList<Diagnostic> Diagnostics) read) =>
        _kept[file] = (hash, read.Sheets, read.Diagnostics);
}
