using System.Collections.Concurrent;

namespace PlanPress.Import.Sources;

/// <summary>
/// How many requests go to one host at a time, however many plans fetch their workbooks at once:
/// a portal fetches hundreds, and a server (Google's, a district's) must not see them all together.
/// </summary>
public sealed class HostGate(int perHost)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The usual limit of a browser, and of PlanPress: six requests to a host at a time.</summary>
    public const int Usual = 6;

    /// <summary>Waits for a turn at the host; the turn ends when the result is disposed.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken token)
    {
        var gate = _hosts.GetOrAdd(host, _ => new SemaphoreSlim(perHost, perHost));
        await gate.WaitAsync(token).ConfigureAwait(false);
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
