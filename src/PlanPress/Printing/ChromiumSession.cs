using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanPress.Printing;

/// <summary>
/// One headless Chromium that prints page after page over the DevTools protocol (a WebSocket on
/// this machine): starting a browser costs seconds, printing a page in a running one a fraction
/// of that, so a plan's dozens of months print in one start instead of one each.
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly ClientWebSocket _socket;
    private readonly Queue<JsonObject> _events = new();
    private string? _session;
    private int _lastId;

    private ChromiumSession(Process process, ClientWebSocket socket)
    {
        _process = process;
        _socket = socket;
    }

    /// <summary>Starts the browser with a fresh profile, its DevTools on a free port of this machine only.</summary>
    public static async Task<ChromiumSession> StartAsync(string executable, string profile, CancellationToken token)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };

        // A closed network, a fresh profile and no sandbox (which needs privileges containers lack): the pages are our own files.
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync(token);
        try
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(token);
            patience.CancelAfter(StartPatience);
            var address = await DevToolsAddressAsync(process, patience.Token).ConfigureAwait(false);
            _ = process.StandardError.ReadToEndAsync(token);
            var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await socket.ConnectAsync(address, patience.Token).ConfigureAwait(false);
            var session = new ChromiumSession(process, socket);
            await session.OpenTabAsync(patience.Token).ConfigureAwait(false);
            return session;
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Prints a page (a file on this machine) with its stylesheet's paper size and margins, and returns the PDF.</summary>
    public async Task<byte[]> PrintAsync(string page, CancellationToken token)
    {
        _events.Clear();
        var navigated = await SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(page).AbsoluteUri }, token).ConfigureAwait(false);
        if (navigated["errorText"]?.GetValue<string>() is { Length: > 0 } error)
        {
            throw new IOException($"the page did not open ({error})");
        }

        await EventAsync("Page.loadEventFired", token).ConfigureAwait(false);
        var printed = await SendAsync("Page.printToPDF", new JsonObject { ["displayHeaderFooter"] = false, ["preferCSSPageSize"] = true, ["printBackground"] = false }, token).ConfigureAwait(false);
        return Convert.FromBase64String(printed["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            _session = null;
            await SendAsync("Browser.close", new JsonObject(), patience.Token).ConfigureAwait(false);
            await _process.WaitForExitAsync(patience.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            Kill(_process);
        }

        _socket.Dispose();
        _process.Dispose();
    }

    /// <summary>The browser prints "DevTools listening on ws://…" on its error output once it is ready.</summary>
    private static async Task<Uri> DevToolsAddressAsync(Process process, CancellationToken token)
    {
        const string Listening = "DevTools listening on ";
        while (await process.StandardError.ReadLineAsync(token).ConfigureAwait(false) is { } line)
        {
            if (line.StartsWith(Listening, StringComparison.Ordinal))
            {
                return new Uri(line[Listening.Length..].Trim());
            }
        }

        throw new IOException($"the browser stopped before it was ready (exit code {(process.HasExited ? process.ExitCode : -1)})");
    }

    private async Task OpenTabAsync(CancellationToken token)
    {
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, token).ConfigureAwait(false);
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, token).ConfigureAwait(false);
        _session = attached["sessionId"]!.GetValue<string>();
        await SendAsync("Page.enable", new JsonObject(), token).ConfigureAwait(false);
    }

    /// <summary>Sends a command (to the tab, once there is one) and returns its result; events that arrive meanwhile are kept.</summary>
    private async Task<JsonObject> SendAsync(string method, JsonObject parameters, CancellationToken token)
    {
        var id = ++_lastId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (_session is not null)
        {
            message["sessionId"] = _session;
        }

        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, token).ConfigureAwait(false);
        while (true)
        {
            var received = await ReceiveAsync(token).ConfigureAwait(false);
            if (received["id"]?.GetValue<int>() != id)
            {
                if (received["method"] is not null)
                {
                    _events.Enqueue(received);
                }

                continue;
            }

            if (received["error"] is JsonObject error)
            {
                throw new IOException($"{method} failed ({error["message"]?.GetValue<string>()})");
            }

            return received["result"] as JsonObject ?? [];
        }
    }

    private async Task EventAsync(string method, CancellationToken token)
    {
        while (true)
        {
            var next = _events.Count > 0 ? _events.Dequeue() : await ReceiveAsync(token).ConfigureAwait(false);
            if (next["method"]?.GetValue<string>() == method)
            {
                return;
            }
        }
    }

    /// <summary>One whole message, however many frames it came in (a printed PDF is megabytes of base64).</summary>
    private async Task<JsonObject> ReceiveAsync(CancellationToken token)
    {
        using var message = new MemoryStream();
        var buffer = new byte[64 * 1024];
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer.AsMemory(), token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new IOException("the browser closed its connection");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        message.Position = 0;
        return JsonNode.Parse(message) as JsonObject ?? [];
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }
    }
}
