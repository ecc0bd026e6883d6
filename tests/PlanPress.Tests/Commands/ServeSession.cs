using System.Text.RegularExpressions;

namespace PlanPress.Tests.Commands;

/// <summary><c>planpress serve</c> running in this process on a free port, until disposed (as Ctrl+C stops it).</summary>
public sealed partial class ServeSession : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly StringWriter _log = new();
    private readonly TextWriter _output;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _run;

    private ServeSession(string content)
    {
        _output = TextWriter.Synchronized(_log);
        var terminal = new Reporting.Terminal(IsInteractive: false, _ => null);
        _run = Task.Run(() => Cli.RunAsync(["serve", "--content", content, "--theme", Repository.Theme, "--as-of", "2024-03-15", "--port", "0"], _output, _output, terminal, _stop.Token));
    }

    public Uri Address { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public string Log
    {
        get
        {
            lock (_output)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<ServeSession> StartAsync(string content)
    {
        var session = new ServeSession(content);
        var address = await session.WaitForAsync(() => AddressLine().Match(session.Log) is { Success: true } m ? m.Groups[1].Value : null);
        session.Address = new Uri(address);
        await session.WaitForAsync(() => session.Log.Contains("Built ", StringComparison.Ordinal) ? "built" : null);
        return session;
    }

    public Task<string> GetAsync(string path) => Http.GetStringAsync(new Uri(Address, path));

    /// <summary>Polls until <paramref name="found"/> gives a value, failing after a bounded wait.</summary>
    public async Task<T> WaitForAsync<T>(Func<Task<T?>> found)
        where T : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_run.IsCompleted)
            {
                throw new InvalidOperationException("serve stopped early:\n" + Log);
            }

            if (await found() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Nothing after {Patience.TotalSeconds} s. serve said:\n{Log}");
    }

    public Task<T> WaitForAsync<T>(Func<T?> found)
        where T : class => WaitForAsync(() => Task.FromResult(found()));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Assert.Equal(0, await _run.WaitAsync(Patience));
        Http.Dispose();
        _stop.Dispose();
        await _log.DisposeAsync();
    }

    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex AddressLine();
}
