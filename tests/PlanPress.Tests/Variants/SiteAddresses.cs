using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Variants;

/// <summary>One address a reader, a feed reader, a calendar or a search engine is given by a file of the site.</summary>
public sealed record SiteAddress(string From, string What, Uri Address);

/// <summary>
/// Every address the site gives, each resolved as its reader resolves it: a page's links, scripts,
/// styles, images and hreflang alternates; a feed's links and the links inside its entries' HTML;
/// the sitemap's entries and alternates; a calendar's URL properties; the full addresses in the
/// JSON data. Addresses of other sites, mail and phone links are left out.
/// </summary>
public static partial class SiteAddresses
{
    private static readonly string[] Attributes = ["href", "src", "action", "poster"];

    public static IEnumerable<SiteAddress> Of(ServedSite site) =>
        site.Files().SelectMany(path => Path.GetExtension(path) switch
        {
            ".html" => InHtml(path, site.Address(path), site.Page(path)),
            ".xml" => InXml(path, site.Address(path), Path.Combine(site.Folder, path)),
            ".ics" => InCalendar(path, site.Address(path), File.ReadAllText(Path.Combine(site.Folder, path))),
            ".json" or ".webmanifest" => InJson(path, File.ReadAllText(Path.Combine(site.Folder, path))),
            ".txt" => InText(path, File.ReadAllText(Path.Combine(site.Folder, path))),
            _ => [],
        }).Where(a => a.Address.Scheme is "http" or "https");

    private static IEnumerable<SiteAddress> InHtml(string path, Uri at, IParentNode page) =>
        from element in page.QuerySelectorAll("[href], [src], [action], [poster]")
        from name in Attributes
        let value = element.GetAttribute(name)
        where value is not null && Resolve(at, value) is not null
        select new SiteAddress(path, $"<{element.LocalName} {name}=\"{value}\">", Resolve(at, value)!);

    private static IEnumerable<SiteAddress> InXml(string path, Uri at, string file)
    {
        var document = XDocument.Load(file);
        foreach (var element in document.Descendants())
        {
            var name = element.Name.LocalName;
            if (element.Attribute("href") is { } href && Resolve(at, href.Value) is { } link)
            {
                yield return new SiteAddress(path, $"<{name} href>", link);
            }

            if (name is "loc" or "icon" or "logo" && Resolve(at, element.Value.Trim()) is { } loc)
            {
                yield return new SiteAddress(path, $"<{name}>", loc);
            }

            // An entry's HTML, as a feed reader shows it: its links resolve against the feed's address.
            if (name is "content" or "summary" && (string?)element.Attribute("type") is "html")
            {
                var html = new HtmlParser().ParseDocument("<body>" + element.Value);
                foreach (var inner in InHtml(path, at, html))
                {
                    yield return inner with { What = $"<{name}> {inner.What}" };
                }
            }
        }
    }

    private static IEnumerable<SiteAddress> InCalendar(string path, Uri at, string text)
    {
        // Folded lines (RFC 5545 3.1) are joined before a property is read.
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal);
        foreach (Match match in CalendarUrl().Matches(unfolded))
        {
            if (Resolve(at, match.Groups[1].Value.Trim()) is { } address)
            {
                yield return new SiteAddress(path, "URL", address);
            }
        }
    }

    private static List<SiteAddress> InJson(string path, string text)
    {
        using var document = JsonDocument.Parse(text);
        var found = new List<SiteAddress>();
        Walk(document.RootElement, "$");
        return found;

        void Walk(JsonElement element, string where)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value, where + "." + property.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, $"{where}[{i++}]");
                    }

                    break;
                case JsonValueKind.String when Uri.TryCreate(element.GetString(), UriKind.Absolute, out var address):
                    found.Add(new SiteAddress(path, where, address));
                    break;
            }
        }
    }

    private static IEnumerable<SiteAddress> InText(string path, string text) =>
        from Match match in Regex.Matches(text, @"https?://\S+")
        let address = Uri.TryCreate(match.Value.TrimEnd('.', ',', ';', ')', '"', '\''), UriKind.Absolute, out var found) ? found : null
        where address is not null
        select new SiteAddress(path, "address", address);

    private static Uri? Resolve(Uri at, string value) =>
        value.Length == 0 || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
            ? null
            : Uri.TryCreate(at, value, out var address) ? address : null;

    [GeneratedRegex(@"^URL(?:;[^:\r\n]*)?:(.+)$", RegexOptions.Multiline)]
    private static partial Regex CalendarUrl();
}
