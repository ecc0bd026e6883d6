using System.Text.Json;
using System.Text.Json.Serialization;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.History;

namespace PlanPress.Site.Feeds;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
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
