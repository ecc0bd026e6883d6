using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PlanPress.Import.Workbooks;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Sources;

/// <summary>A remote source's local copy, read in place of the address.</summary>
public sealed record FetchedSource(RemoteSource Source, string Path);

/// <param name="Offline">Use the cached copies without asking the servers.</param>
/// <param name="CacheFolder">Where copies are kept between runs, outside the site.</param>
public sealed record FetchOptions(bool Offline, string CacheFolder)
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public long MaxBytes { get; init; } = WorkbookLimits.FileBytes;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Given, at most so many requests go to one host at a time (a portal's plans fetch together).</summary>
    public HostGate? Hosts { get; init; }

    /// <summary>
    /// Sources already fetched, by the content folder that lists them (a portal fetches every plan's
    /// at once, before building the plans): that folder's build takes these rather than fetching.
    /// </summary>
    public IReadOnlyDictionary<string, (IReadOnlyList<FetchedSource> Copies, IReadOnlyList<Diagnostic> Diagnostics)>? Fetched { get; init; }
}

/// <summary>
/// Fetches the workbooks site.yml lists under <c>sources:</c> into a cache folder: https only,
/// redirects followed a few times, a time limit and a size cap, and a conditional request
/// (If-None-Match, If-Modified-Since) when a copy is already cached. A web page where a workbook
/// was expected (the sign-in page a private Google Sheet gives) is refused and never cached.
/// Any failure is an error naming the source by its local name and its address without the query.
/// </summary>
public static class SourceFetcher
{
    private const string Shared = "the workbook shared so that anyone with the link can view it, and its download or export address in site.yml";

    public static async Task<(IReadOnlyList<FetchedSource> Copies, IReadOnlyList<Diagnostic> Diagnostics)> FetchAsync(
        IReadOnlyList<RemoteSource> sources, FetchOptions options, DateTimeOffset now, CancellationToken token = default)
    {
        if (sources.Count == 0)
        {
            return ([], []);
        }

        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All, ConnectTimeout = options.Timeout };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("PlanPress", typeof(SourceFetcher).Assembly.GetName().Version?.ToString(3)));
        var results = await Task.WhenAll(sources.Select(source => options.Offline
            ? Task.FromResult(Cached(source, options, now))
            : GatedAsync(client, source, options, token))).ConfigureAwait(false);
        return (results.Select(r => r.Copy).OfType<FetchedSource>().ToList(), results.SelectMany(r => r.Diagnostics).ToList());
    }

    /// <summary>Fetches a source once its host has a free turn (<see cref="FetchOptions.Hosts"/>); its time limit starts then.</summary>
    private static async Task<(FetchedSource? Copy, IReadOnlyList<Diagnostic> Diagnostics)> GatedAsync(HttpClient client, RemoteSource source, FetchOptions options, CancellationToken token)
    {
        using var turn = options.Hosts is { } hosts ? await hosts.EnterAsync(source.Url.Host, token).ConfigureAwait(false) : null;
        return await FetchAsync(client, source, options, token).ConfigureAwait(false);
    }

    private static (FetchedSource? Copy, IReadOnlyList<Diagnostic> Diagnostics) Cached(RemoteSource source, FetchOptions options, DateTimeOffset now)
    {
        var entry = new CacheEntry(options.CacheFolder, source);
        if (entry.Read() is not { } meta)
        {
            return (null, [Diagnostic.Error(new SourceLocation(source.File), "There is no copy of this workbook to build offline with: it has never been fetched on this machine.", "a build without --offline first, with a network connection")]);
        }

        var age = now - meta.Fetched;
        return (new FetchedSource(source, entry.Body), [Diagnostic.Warning(
            new SourceLocation(source.File),
            $"Offline: read the copy fetched {Ago(age)} ({meta.Fetched.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC); changes made since then are not on the site.",
            "a build without --offline to fetch the workbook again")]);
    }

    private static async Task<(FetchedSource? Copy, IReadOnlyList<Diagnostic> Diagnostics)> FetchAsync(HttpClient client, RemoteSource source, FetchOptions options, CancellationToken token)
    {
        var location = new SourceLocation(source.File);
        (FetchedSource?, IReadOnlyList<Diagnostic>) Fail(string message, string expected = Shared) => (null, [Diagnostic.Error(location, message, expected)]);
        var entry = new CacheEntry(options.CacheFolder, source);
        var cached = entry.Read();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(token);
        limit.CancelAfter(options.Timeout);
        try
        {
            var url = source.Url;
            var visited = new HashSet<Uri> { url };
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (cached is not null)
                {
                    if (cached.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
                    {
                        request.Headers.IfNoneMatch.Add(tag);
                    }

                    if (cached.LastModified is { } modified)
                    {
                        request.Headers.IfModifiedSince = modified;
                    }
                }

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 and not 304)
                {
                    if (response.Headers.Location is not { } next)
                    {
                        return Fail($"The server answered {Status(response)} without saying where the workbook moved to.");
                    }

                    next = next.IsAbsoluteUri ? next : new Uri(url, next);
                    if (!visited.Add(next))
                    {
                        return Fail($"The address redirects in a loop (back to {RemoteSource.Shown(next)}).");
                    }

                    if (redirects + 1 > options.MaxRedirects)
                    {
                        return Fail($"The address redirected more than {options.MaxRedirects} times.");
                    }

                    if (!RemoteSource.IsAllowed(next))
                    {
                        return Fail($"The address redirected to {RemoteSource.Shown(next)}, which is not https; PlanPress does not follow it.");
                    }

                    url = next;
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
                {
                    entry.Write(null, cached with { Fetched = DateTimeOffset.Now });
                    return (new FetchedSource(source, entry.Body), []);
                }

                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    return Fail($"The server answered {Status(response)}: the workbook needs a sign-in, which PlanPress cannot give.");
                }

                if (!response.IsSuccessStatusCode)
                {
                    return Fail($"The server answered {Status(response)} instead of the workbook.");
                }

                if (response.Content.Headers.ContentLength is { } length && length > options.MaxBytes)
                {
                    return Fail(TooLarge(options), "a plan's workbook of a few megabytes at most");
                }

                var body = await ReadCappedAsync(response.Content, options.MaxBytes, limit.Token).ConfigureAwait(false);
                if (body is null)
                {
                    return Fail(TooLarge(options), "a plan's workbook of a few megabytes at most");
                }

                if (body.Length > 0 && FileKind.Of(body) == FileKind.Html)
                {
                    return Fail("The address gave a web page, not a workbook: most often a sign-in page, because the sheet is not shared publicly or the link is not a download link.");
                }

                entry.Write(body, new CacheMeta(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, DateTimeOffset.Now));
                return (new FetchedSource(source, entry.Body), []);
            }
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return Fail($"The server did not send the workbook within {options.Timeout.TotalSeconds:0} s.", "a server that answers, or a build with --offline to use the copy fetched last time");
        }
        catch (HttpRequestException e)
        {
            return Fail($"The workbook could not be fetched ({Reason(e)}).", "a network connection, or a build with --offline to use the copy fetched last time");
        }
    }

    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long max, CancellationToken token)
    {
        await using var stream = await content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, token).ConfigureAwait(false)) > 0)
        {
            if (copy.Length + read > max)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    private static string Status(HttpResponseMessage response) => $"{(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();

    private static string TooLarge(FetchOptions options) => $"The workbook is larger than PlanPress reads ({options.MaxBytes / 1024 / 1024} MB).";

    /// <summary>Why a request failed, in words that never repeat the address (and so never its query).</summary>
    private static string Reason(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "the server's name could not be found",
        HttpRequestError.ConnectionError => "no connection could be made to the server",
        HttpRequestError.SecureConnectionError => "the server's https certificate was not accepted",
        _ => "the connection failed",
    };

    private static string Ago(TimeSpan age) =>
        age.TotalMinutes < 2 ? "just now"
        : age.TotalHours < 2 ? $"{(int)age.TotalMinutes} minutes ago"
        : age.TotalDays < 2 ? $"{(int)age.TotalHours} hours ago"
        : $"{(int)age.TotalDays} days ago";

    private sealed record CacheMeta(string? ETag, DateTimeOffset? LastModified, DateTimeOffset Fetched);

    /// <summary>One source's folder in the cache, named by a hash of its whole address (so no key is written out).</summary>
    private sealed class CacheEntry(string root, RemoteSource source)
    {
        private readonly string _folder = Path.Combine(root, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.Url.AbsoluteUri)))[..32]);

        /// <summary>The copy, under the source's own name so that its extension is the one it is read by.</summary>
        public string Body => Path.Combine(_folder, source.Name);

        private string Meta => Path.Combine(_folder, "fetched.json");

        public CacheMeta? Read()
        {
            try
            {
                return File.Exists(Body) && File.Exists(Meta) ? JsonSerializer.Deserialize<CacheMeta>(File.ReadAllText(Meta)) : null;
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>Replaces the copy (when given) and then its record, each by a rename, so a run that stops halfway leaves the old pair or no record.</summary>
        public void Write(byte[]? body, CacheMeta meta)
        {
            Directory.CreateDirectory(_folder);
            if (body is not null)
            {
                Replace(Meta, null);
                Replace(Body, body);
            }

            Replace(Meta, JsonSerializer.SerializeToUtf8Bytes(meta));
        }

        private static void Replace(string path, byte[]? bytes)
        {
            if (bytes is null)
            {
                File.Delete(path);
                return;
            }

            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
    }
}
