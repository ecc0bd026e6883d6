using System.Text.Json;
using System.Text.Json.Serialization;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.History;

namespace PlanPress.Site.Feeds;

// Not indented: a large plan's history holds thousands of items, read and written on every build.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ChangeLog))]
internal sealed partial class ChangesJsonContext : JsonSerializerContext;

/// <summary>
/// changes.json: the plan's change history, published with the site and read back from the
/// previous output by the next build (on CI, the output the action restores from its cache).
/// Public data only: the plan's published items, as the pages show them.
/// </summary>
public static class ChangesJson
{
    private static readonly ChangesJsonContext Json = new(new JsonSerializerOptions(ChangesJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Write(ChangeLog history) => JsonSerializer.Serialize(history, Json.ChangeLog) + "\n";

    /// <summary>A history is a few hundred kilobytes; past this an answer is refused.</summary>
    private const int MaxBytes = 32 * 1024 * 1024;

    /// <summary>
    /// The history published at <paramref name="address"/> (the site's changes.json), for a build on a
    /// machine without the last output (a clean CI runner whose cache was let go): null when there is
    /// none there (404: a first build), an error for any other failure, so that the build stops rather
    /// than publish a history started again.
    /// </summary>
    public static async Task<(ChangeLog? History, Diagnostic? Problem)> FetchAsync(Uri address, TimeSpan timeout)
    {
        var location = new SourceLocation("--history-from");
        if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            return (null, Diagnostic.Error(location, $"The history address {address} is not https.", "the https address of the published site's changes.json, or \"published\""));
        }

        try
        {
            using var client = new HttpClient { Timeout = timeout, MaxResponseContentBufferSize = MaxBytes };
            using var answer = await client.GetAsync(address).ConfigureAwait(false);
            if (answer.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return (null, null);
            }

            answer.EnsureSuccessStatusCode();
            var text = await answer.Content.ReadAsStringAsync().ConfigureAwait(false);
            return (JsonSerializer.Deserialize(text, Json.ChangeLog) ?? throw new JsonException("The file holds null."), null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or NotSupportedException)
        {
            return (null, Diagnostic.Error(
                location,
                $"The change history published at {address.GetLeftPart(UriPartial.Path)} could not be read ({e.Message}); the site was not rebuilt, so that the history is not lost.",
                "the published site's changes.json reachable, or the build run again later"));
        }
    }

    /// <summary>
    /// The history the previous build published in <paramref name="siteFolder"/> at <paramref name="path"/>:
    /// null when there is none (a first build starts one), an error when it cannot be read, so that a
    /// build never replaces a history it could not read with an empty one.
    /// </summary>
    public static (ChangeLog? History, Diagnostic? Problem) Read(string siteFolder, string path)
    {
        var file = Path.Combine(siteFolder, path);
        if (!File.Exists(file))
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize(File.ReadAllText(file), Json.ChangeLog) ?? throw new JsonException("The file holds null."), null);
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Error(
                new SourceLocation(file.Replace('\\', '/')),
                $"The change history the last build published cannot be read ({e.Message}); the site was not rebuilt, so that the history is not lost.",
                $"the {path} a PlanPress build wrote; to start the history again, delete it"));
        }
    }
}
