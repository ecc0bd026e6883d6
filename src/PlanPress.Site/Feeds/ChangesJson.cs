using System.Text.Json;
using System.Text.Json.Serialization;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.History;

namespace PlanPress.Site.Feeds;

// Not indented: a large plan's history holds thousands of items, read and written on every build.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    IgnoreReadOnlyProperties = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    Converters = [typeof(MonthKeyConverter)])]
[JsonSerializable(typeof(ChangeLog))]
internal sealed partial class ChangesJsonContext : JsonSerializerContext;

/// <summary>A month as the history writes it: "2024-03".</summary>
internal sealed class MonthKeyConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        YearMonth.FromKey(reader.GetString() ?? string.Empty) ?? throw new JsonException("A month is written as YYYY-MM.");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>
/// changes.json: the plan's change history, published with the site and read back from the
/// previous output by the next build (on CI, the output the action restores from its cache). It
/// holds the plan's published items as the pages show them, and its changes by key, without words.
/// Read back as untrusted data: a regular file under a cap, parsed into types whose invariants are
/// checked (<see cref="HistoryCheck"/>).
/// </summary>
public static class ChangesJson
{
    private static readonly ChangesJsonContext Json = new(new JsonSerializerOptions(ChangesJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Sets up what the serializer knows of the history's types, which its first read or write otherwise does: some 20 ms, ahead of the build on an idle core.</summary>
    public static void Prepare() => _ = Json.ChangeLog;

    /// <summary>The history as UTF-8, a line: two megabytes on a large plan, so never a string on the way.</summary>
    public static byte[] Write(ChangeLog history)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(history, Json.ChangeLog);
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        return line;
    }

    /// <summary>A history is a few megabytes at most (2.3 MB for a 2,000-page plan); past this it is refused.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    /// <summary>The history in <paramref name="utf8"/>, or what is wrong with it.</summary>
    public static (ChangeLog? History, string? Problem) Parse(byte[] utf8)
    {
        // A byte order mark, as an editor or a server may add, is not JSON.
        utf8 = utf8.AsSpan().StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        ChangeLog? log;
        try
        {
            log = JsonSerializer.Deserialize(utf8, Json.ChangeLog) ?? throw new JsonException("The file holds null.");
        }
        catch (Exception e) when (Unreadable(e))
        {
            // A history of the first format (which had no version) is carried over; anything else is what is wrong.
            log = First(utf8);
            if (log is null)
            {
                return (null, e.Message);
            }
        }

        try
        {
            return HistoryCheck.Problem(log) is { } problem ? (null, problem) : (log, null);
        }
        catch (Exception e) when (Unreadable(e))
        {
            // A shape no build writes (a struct left unset by the file) is as unreadable as bad JSON.
            return (null, e.Message);
        }
    }

    /// <summary>What reading untrusted JSON into types can throw: each is the file's fault, said as its problem, never a crash.</summary>
    private static bool Unreadable(Exception e) => e is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException or NullReferenceException or InvalidCastException;

    /// <summary>The history in the first format, or null when <paramref name="utf8"/> is not one.</summary>
    private static ChangeLog? First(byte[] utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 16 });
            return document.RootElement.ValueKind == JsonValueKind.Object && !document.RootElement.TryGetProperty("version", out _) ? ChangesJsonV1.Read(document.RootElement) : null;
        }
        catch (Exception e) when (Unreadable(e))
        {
            return null;
        }
    }

    /// <summary>
    /// The history published at <paramref name="address"/> (the site's changes.json), for a build on a
    /// machine without the last output (a clean CI runner whose cache was let go): null when there is
    /// none there (404: a first build), an error for any other failure, so that the build stops rather
    /// than publish a history started again.
    /// </summary>
    public static async Task<(ChangeLog? History, Diagnostic? Problem)> FetchAsync(Uri address, TimeSpan timeout)
    {
        var location = new SourceLocation("--history-from");
        var shown = address.GetLeftPart(UriPartial.Path);
        if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            return (null, Diagnostic.Error(location, $"The history address {shown} is not https.", "the https address of the published site's changes.json, or \"published\""));
        }

        string? problem;
        try
        {
            using var client = new HttpClient { Timeout = timeout, MaxResponseContentBufferSize = MaxBytes };
            using var answer = await client.GetAsync(address).ConfigureAwait(false);
            if (answer.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return (null, null);
            }

            answer.EnsureSuccessStatusCode();
            (var history, problem) = Parse(await answer.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
            if (history is not null)
            {
                return (history, null);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            problem = e.Message;
        }

        return (null, Diagnostic.Error(
            location,
            $"The change history published at {shown} could not be read ({problem}); the site was not rebuilt, so that the history is not lost.",
            "the published site's changes.json reachable, or the build run again later"));
    }

    /// <summary>
    /// The history the previous build published in <paramref name="siteFolder"/> at <paramref name="path"/>:
    /// null when there is none (a first build starts one), an error when it cannot be read, so that a
    /// build never replaces a history it could not read with an empty one.
    /// </summary>
    public static (ChangeLog? History, Diagnostic? Problem) Read(string siteFolder, string path)
    {
        var file = Path.Combine(siteFolder, path);
        var (bytes, problem) = ReadBack.Bytes(file, MaxBytes);
        if (bytes is null && problem is null)
        {
            return (null, null);
        }

        var (history, wrong) = bytes is null ? (null, problem) : Parse(bytes);
        return history is not null ? (history, null) : (null, Diagnostic.Error(
            new SourceLocation(file.Replace('\\', '/')),
            $"The change history the last build published cannot be read ({wrong}); the site was not rebuilt, so that the history is not lost.",
            $"the {path} a PlanPress build wrote; to start the history again, delete it"));
    }
}
