using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Site;

/// <summary>
/// A new site written into a hidden folder beside the output folder while the build is still
/// rendering it (each file as soon as it is ready, by writers of their own), then swapped in whole
/// by <see cref="Commit"/>. Disposed without a commit, as when the build fails, the hidden folder
/// is deleted and the output folder was never touched.
/// </summary>
public sealed class StagedSite : IDisposable
{
    private readonly string _output;
    private readonly string _target;
    private readonly string _staging;
    /// <summary>A queue per writer, a path (in any case) always in the same one, so that a path given twice keeps the last bytes given.</summary>
    private readonly Channel<Staged>[] _queues = [.. Enumerable.Range(0, Writers).Select(_ => Channel.CreateUnbounded<Staged>(new UnboundedChannelOptions { SingleReader = true }))];
    private readonly Task[] _writers;
    /// <summary>
    /// Each path written, with the bytes it was written from held weakly: a file given again at
    /// commit is written again unless it is those same bytes, while a portal's pages, once written,
    /// are not kept alive by the writer.
    /// </summary>
    private readonly Dictionary<string, WeakReference<byte[]>?> _written = new(StringComparer.Ordinal);
    /// <summary>The bytes of what <see cref="Add"/> gives back: empty, and this very array, so that <see cref="Commit"/> knows it from a file that is empty.</summary>
#pragma warning disable CA1825 // Not Array.Empty: an empty file given at commit must not pass for a file added.
    private static readonly byte[] HandedOver = new byte[0];
#pragma warning restore CA1825
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly List<string> _moved = [];
    private readonly object _drained = new();
    private long _queued;

    /// <summary>How far the disk may fall behind the rendering before <see cref="Add"/> waits.</summary>
    private const long MaxQueuedBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Creating a file is mostly the kernel's work, on a core the rendering also wants: one writer
    /// fell seconds behind a 200-plan portal's rendering and held its build up at the end; a second
    /// takes the core the rendering leaves, and more found none to take on 2 cores.
    /// </summary>
    private const int Writers = 2;
    private ExceptionDispatchInfo? _failure;
    private bool _committed;

    public StagedSite(string output)
    {
        _output = output;
        _target = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        _staging = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.new-{Guid.NewGuid():N}");
        _writers = [.. _queues.Select(queue => Task.Run(() => WriteQueuedAsync(queue.Reader)))];
    }

    /// <summary>A file to write (its content), or to link from a file already on disk (<see cref="From"/>).</summary>
    private sealed record Staged(string Path, byte[]? Content, string? From);

    /// <summary>
    /// Writes a file of the new site in the background; the build goes on rendering meanwhile. Only
    /// its path is kept once written. When the disk falls behind by <see cref="MaxQueuedBytes"/>, the
    /// caller waits for it: a portal renders far faster than a slow disk writes, and the files
    /// waiting would otherwise all be in memory at once.
    /// </summary>
    /// <returns>
    /// What the build keeps of the file: its path alone, the bytes now the writer's. Given back to
    /// <see cref="Commit"/>, it stands for the file as added, so a build never holds a copy of the
    /// whole site (a 2,000-page plan's 50 MB).
    /// </returns>
    public OutputFile Add(OutputFile file)
    {
        lock (_drained)
        {
            // Each writer drains its queue however its writes go; should one ever stop, the build goes on and Commit reports why.
            while (_queued > MaxQueuedBytes && !_writers.Any(w => w.IsCompleted))
            {
                Monitor.Wait(_drained, TimeSpan.FromMilliseconds(100));
            }

            _queued += file.Content.Length;
        }

        Queue(new Staged(file.Path, file.Content, null));
        return new OutputFile(file.Path, HandedOver);
    }

    /// <summary>
    /// Puts a file already on disk into the new site at <paramref name="path"/>, as a hard link (a
    /// copy where the file system has none): a plan taken from a slice's output by the assembly.
    /// The file is only read, never changed.
    /// </summary>
    public void AddExisting(string from, string path) => Queue(new Staged(path, null, from));

    private void Queue(Staged file) => _queues[(StringComparer.OrdinalIgnoreCase.GetHashCode(file.Path) & int.MaxValue) % Writers].Writer.TryWrite(file);

    /// <summary>
    /// Moves a folder of the previous site into the new one whole (a portal's plan whose inputs did
    /// not change): one rename however many files it holds, where linking each took seconds on a
    /// large portal. Moved back if the new site is not committed, so a failed build still leaves the
    /// previous site as it was; false when the previous site has no such folder.
    /// </summary>
    public bool TryMoveFolder(string path)
    {
        var from = Path.Combine(_target, path);
        var to = Path.Combine(_staging, path);
        if (!Directory.Exists(from) || new DirectoryInfo(from).LinkTarget is not null)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        lock (_moved)
        {
            Directory.Move(from, to);
            _moved.Add(path);
        }

        return true;
    }

    /// <summary>Where a file or folder of the new site is while it is staged.</summary>
    public string StagedPath(string path) => Path.Combine(_staging, path);

    /// <summary>The previous site's copy of a file, which <see cref="AddExisting"/> may keep.</summary>
    public string Previous(string path) => Path.Combine(_target, path);

    /// <summary>
    /// Writes whatever of <paramref name="files"/> is not written yet (a file as <see cref="Add"/>
    /// gave it back stands for what was added), leaves out anything staged
    /// that is not among them, and swaps the new site in for the output folder. Refuses a folder
    /// that PlanPress did not write, and leaves the previous site in place on any error.
    /// </summary>
    public Diagnostic? Commit(IReadOnlyList<OutputFile> files) => Commit(files, everythingStaged: false);

    /// <summary>As <see cref="Commit(IReadOnlyList{OutputFile})"/>, with everything added so far and <paramref name="last"/> as the new site (a portal's, added plan by plan).</summary>
    public Diagnostic? CommitAll(IReadOnlyList<OutputFile> last) => Commit(last, everythingStaged: true);

    private Diagnostic? Commit(IReadOnlyList<OutputFile> files, bool everythingStaged)
    {
        FinishWriting();
        var location = new SourceLocation(_output.Replace('\\', '/'));
        if (Directory.Exists(_target) && Directory.EnumerateFileSystemEntries(_target).Any() && !File.Exists(Path.Combine(_target, SiteWriter.MarkerFile)))
        {
            return Diagnostic.Error(location, $"The output folder already holds files that PlanPress did not write (it has no {SiteWriter.MarkerFile} file), so it was left alone.", "an empty folder, or one a previous build wrote");
        }

        var retired = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.old-{Guid.NewGuid():N}");
        try
        {
            _failure?.Throw();
            foreach (var file in files.Where(f => !(ReferenceEquals(f.Content, HandedOver) && _written.ContainsKey(f.Path)) && !IsWritten(f)))
            {
                Write(new Staged(file.Path, file.Content, null));
            }

            if (!everythingStaged)
            {
                var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
                foreach (var stale in _written.Keys.Where(p => !paths.Contains(p)))
                {
                    File.Delete(Path.Combine(_staging, stale));
                }
            }

            Directory.CreateDirectory(_staging);
            if (Directory.Exists(_target))
            {
                Directory.Move(_target, retired);
            }

            Directory.Move(_staging, _target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (!Directory.Exists(_target) && Directory.Exists(retired))
            {
                Directory.Move(retired, _target);
            }

            return Diagnostic.Error(location, $"The site could not be written ({e.Message}); the previous site was left in place.");
        }

        _committed = true;
        SiteWriter.TryDelete(retired);
        return null;
    }

    public void Dispose()
    {
        FinishWriting();
        if (!_committed)
        {
            foreach (var path in _moved.Where(p => !Directory.Exists(Path.Combine(_target, p))))
            {
                Directory.Move(Path.Combine(_staging, path), Path.Combine(_target, path));
            }

            SiteWriter.TryDelete(_staging);
        }
    }

    private void FinishWriting()
    {
        foreach (var queue in _queues)
        {
            queue.Writer.TryComplete();
        }

        Task.WhenAll(_writers).GetAwaiter().GetResult();
    }

    private async Task WriteQueuedAsync(ChannelReader<Staged> queue)
    {
        await foreach (var file in queue.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                if (_failure is null)
                {
                    Write(file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Reported by Commit, which is where the build learns whether the site was written.
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                lock (_drained)
                {
                    _queued -= file.Content?.Length ?? 0;
                    Monitor.PulseAll(_drained);
                }
            }
        }
    }

    private void Write(Staged file)
    {
        var path = Path.Combine(_staging, file.Path);
        var folder = Path.GetDirectoryName(path)!;
        bool known;
        lock (_folders)
        {
            known = _folders.Contains(folder);
        }

        if (!known)
        {
            // Both writers may create it: the second finds it there.
            Directory.CreateDirectory(folder);
            lock (_folders)
            {
                _folders.Add(folder);
            }
        }

        if (file.From is { } from)
        {
            if (!HardLink.TryCreate(from, path))
            {
                // Never over a file already there: it may be a link to the previous site's.
                File.Delete(path);
                File.Copy(from, path);
            }
        }
        else if (!StagedFiles.LinkUnchanged(Path.Combine(_target, file.Path), path, file.Content!))
        {
            StagedFiles.WriteNew(path, file.Content!);
        }

        lock (_written)
        {
            _written[file.Path] = file.Content is null ? null : new WeakReference<byte[]>(file.Content);
        }
    }

    private bool IsWritten(OutputFile file) =>
        _written.TryGetValue(file.Path, out var bytes) && bytes is not null && bytes.TryGetTarget(out var written) && ReferenceEquals(written, file.Content);
}
