using System.Web;
using PlanPress.Import.Workbooks;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Sources;

/// <summary>
/// A workbook kept elsewhere (a Google Sheet, a OneDrive or SharePoint or Dropbox file, by the link
/// its share dialog gives, or any https address of a workbook), listed under <c>sources:</c> in site.yml and
/// read like a file of the content folder under its local <see cref="Name"/>.
/// </summary>
/// <param name="Location">The site.yml line that lists it.</param>
public sealed record RemoteSource(Uri Url, string Name, SourceLocation Location)
{
    public const string Key = "sources";

    private const string Expected = "a list of workbook addresses, each \"- https://…\" or \"- url: https://…\" with an optional \"name: calendar.xlsx\"";

    /// <summary>
    /// The address without its query string, fragment or user name, all of which may hold a secret
    /// (a sharing key, a token): what diagnostics and the terminal show.
    /// </summary>
    public string Address => Shown(Url);

    /// <summary>How diagnostics name the workbook: its local name and where it came from.</summary>
    public string File => $"{Name} ({Address})";

    public static string Shown(Uri url) => $"{url.Scheme}://{url.Host}{(url.IsDefaultPort ? string.Empty : ":" + url.Port)}{string.Concat(url.AbsolutePath.Split('/').Select((part, i) => (i == 0 ? string.Empty : "/") + Hidden(part)))}";

    /// <summary>
    /// A part of an address as a message shows it: a part that may be a share link's key (twelve
    /// characters or more with a digit, and no dot or escape of a file's name: a sheet's id, a share
    /// token, its base64 form) by its first four characters only, so that no message or log gives the key away.
    /// </summary>
    private static string Hidden(string part) =>
        part.Length >= 12 && part.Any(char.IsAsciiDigit) && !part.Contains('.', StringComparison.Ordinal) && !part.Contains('%', StringComparison.Ordinal) ? part[..4] + "…" : part;

    /// <summary>The sources: entries of site.yml, each a web address or a group of url: and name:.</summary>
    public static (IReadOnlyList<RemoteSource> Sources, IReadOnlyList<Diagnostic> Diagnostics) Read(SettingsEntry entry, string file)
    {
        var diagnostics = new List<Diagnostic>();
        var sources = new List<RemoteSource>();
        if (entry.Items is not { } items)
        {
            var location = new SourceLocation(file, null, $"line {entry.Line}");
            return ([], [Diagnostic.Error(location, entry.Value is null ? "The sources setting is not a list of addresses." : "The sources setting holds one text, not a list of addresses.", Expected)]);
        }

        foreach (var item in items)
        {
            var location = new SourceLocation(file, null, $"line {item.Line}");
            var unknown = item.Fields.Keys.Where(k => k is not ("url" or "name")).ToList();
            if (unknown.Count > 0)
            {
                diagnostics.Add(Diagnostic.Warning(location, $"A source's \"{unknown[0]}\" is not known and was ignored.", "url: and name:"));
            }

            var text = (item.Value ?? item.Fields.GetValueOrDefault("url") ?? string.Empty).Trim();
            if (One(text, item.Fields.GetValueOrDefault("name"), location, sources.Count + 1, diagnostics) is not { } source)
            {
                continue;
            }

            if (sources.Any(s => string.Equals(s.Name, source.Name, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Add(Diagnostic.Error(location, $"Two sources are named \"{source.Name}\".", "a name of its own for each source (name: calendar.xlsx)"));
                continue;
            }

            sources.Add(source);
        }

        return (sources, diagnostics);
    }

    /// <summary>One workbook address (a share link turned into its file's own address, and said) under its local name, or null with the problem added.</summary>
    /// <param name="given">The name: given, or null for the address's own (or "source-<paramref name="number"/>").</param>
    public static RemoteSource? One(string text, string? given, SourceLocation location, int number, List<Diagnostic> diagnostics)
    {
        if (text.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(location, "A source has no address.", Expected));
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Host.Length == 0 || text.Any(char.IsControl) || text.Contains(' ', StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(location, $"The source \"{text}\" is not a web address.", "an address starting with https://"));
            return null;
        }

        if (!IsAllowed(url))
        {
            diagnostics.Add(Diagnostic.Error(location, $"The source {Shown(url)} is not an https address; PlanPress fetches workbooks only over https, so that their contents and any key in the address stay private.", "an address starting with https://"));
            return null;
        }

        // The link as the share dialog gives it is turned into the file's own address, and said.
        var (download, said) = ShareLink.Download(url);
        if (said is not null)
        {
            diagnostics.Add(Diagnostic.Note(location, $"For {Shown(url)}, {said}: {Shown(download)}.", "the workbook shared with anyone who has the link"));
            url = download;
        }

        var name = given?.Trim() is { Length: > 0 } named ? named : DefaultName(url, number);
        if (name.IndexOfAny(['/', '\\', ':']) >= 0 || name.StartsWith('.') || !WorkbookReader.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            diagnostics.Add(Diagnostic.Error(location, $"The source's name \"{name}\" is not a workbook's file name.", "a file name ending in .xlsx, .xls, .ods or .csv, without folders, such as calendar.xlsx"));
            return null;
        }

        return new RemoteSource(url, name, location);
    }

    /// <summary>https anywhere; plain http only to this machine (a workbook served while testing), where nothing crosses a network.</summary>
    public static bool IsAllowed(Uri url) => url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback);

    /// <summary>The address's own file name when it has one (…/plan.xlsx); else "source-N", typed by a format= in the query (Google's export links).</summary>
    private static string DefaultName(Uri url, int number)
    {
        var last = url.Segments.LastOrDefault()?.Trim('/') ?? string.Empty;
        last = Uri.UnescapeDataString(last);
        if (WorkbookReader.Extensions.Contains(Path.GetExtension(last).ToLowerInvariant()) && last.IndexOfAny(['/', '\\', ':']) < 0 && !last.StartsWith('.'))
        {
            return last;
        }

        var format = HttpUtility.ParseQueryString(url.Query)["format"]?.ToLowerInvariant();
        return $"source-{number}.{(format is "csv" or "xls" ? format : "xlsx")}";
    }
}
